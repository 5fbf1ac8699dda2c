//! Why a change happened: the rule, its probability that day, the factors that multiply to it and the drivers' values behind them.

use gz_i18n::{figure, tr};

use super::{
    LineWhy, Mode, Palette, RichText, RuleWhy, chances, egui, factor_texts, help, help_ui,
    name_and_detail_ui, num, pct, reading_texts,
};

pub(super) fn rule_why_ui(ui: &mut egui::Ui, why: &RuleWhy, mode: Mode, palette: &Palette) {
    let p = why.probability;
    // The source zone by its key: the messages pick the word that agrees with "zone".
    let zone = why.source.key();
    let probability = if p > 0.0 {
        tr!(
            "explain-probability-pace",
            zone = zone,
            probability = figure(p),
            days = figure((1.0 / p).round())
        )
    } else {
        tr!("explain-probability", zone = zone, probability = figure(p))
    };
    ui.label(crate::bidi::strong(ui, probability));
    if let Some(ch) = why.chances {
        let s = why.source.index();
        ui.label(crate::bidi::text(
            ui,
            tr!(
                "explain-applied",
                chance = pct(ch.before[s]),
                zone = zone,
                moved = pct(ch.moved)
            ),
        ));
        ui.label(crate::bidi::text(
            ui,
            tr!(
                "explain-chances",
                before = chances(&ch.before),
                after = chances(&ch.after)
            ),
        ));
    }
    ui.add_space(4.0);
    ui.label(crate::bidi::strong(ui, tr!("explain-factors")));
    left_to_right(ui, |ui| {
        egui::Grid::new(("factors", why.rule))
            .num_columns(2)
            .striped(true)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for f in &factor_texts(why) {
                    ui.label(RichText::new(num(f.value)).strong());
                    let text = name_and_detail_ui(ui, &f.name, &f.how, palette);
                    if let Some(param) = f.param {
                        let info = param.info();
                        text.on_hover_text(format!("{}: {}", info.key, info.why));
                    }
                    ui.end_row();
                }
            });
    });
    let product: Vec<String> = why.factors.iter().map(|f| num(f.value)).collect();
    let raw: f64 = why.factors.iter().map(|f| f.value).product();
    ui.colored_label(
        palette.caption,
        format!("{} = {}", product.join(" × "), num(raw)),
    );
    if let Some(scale) = why.scaled_by {
        ui.label(crate::bidi::coloured(
            ui,
            palette.warning,
            tr!("explain-scaled", zone = zone, scale = figure(scale)),
        ));
    }
    if let Some((rule, q)) = why.alternative {
        let sentence = tr!(
            "explain-alternative",
            zone = zone,
            rule = rule.key(),
            probability = figure(q)
        );
        // The rule's name as everywhere in the window (bold, underlined), its help on hover.
        let body = egui::TextFormat::simple(
            egui::TextStyle::Body.resolve(ui.style()),
            ui.visuals().text_color(),
        );
        let name = egui::TextFormat {
            color: ui.visuals().strong_text_color(),
            underline: egui::Stroke::new(1.0, ui.visuals().strong_text_color()),
            ..body.clone()
        };
        let parts: Vec<(&str, egui::TextFormat)> = match sentence.rsplit_once(rule.key()) {
            Some((before, after)) => {
                vec![(before, body.clone()), (rule.key(), name), (after, body)]
            }
            None => vec![(sentence.as_str(), body)],
        };
        let job = crate::bidi::wrapped_parts_job(ui.ctx(), &parts, ui.available_width());
        ui.add(egui::Label::new(job))
            .on_hover_ui(|ui| help_ui(ui, help::rule(rule), palette));
    }
    ui.add_space(4.0);
    ui.label(crate::bidi::strong(ui, tr!("explain-drivers")));
    left_to_right(ui, |ui| {
        egui::Grid::new(("drivers", why.rule))
            .num_columns(2)
            .striped(true)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for r in &reading_texts(why) {
                    if crate::bidi::needs_reordering(&r.value) {
                        // On one line, as the grid needs, and in reading order.
                        let format = egui::TextFormat::simple(
                            egui::TextStyle::Body.resolve(ui.style()),
                            ui.visuals().strong_text_color(),
                        );
                        ui.add(egui::Label::new(crate::bidi::job(&r.value, &format)).extend());
                    } else {
                        ui.label(RichText::new(&r.value).strong());
                    }
                    let text = name_and_detail_ui(ui, &r.label, &r.unit, palette);
                    if let Some(h) = help::for_key(r.key) {
                        text.on_hover_ui(|ui| help_ui(ui, h, palette));
                    }
                    ui.end_row();
                }
            });
    });
    if mode == Mode::Stochastic {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("explain-luck"),
        ));
    }
}

pub(super) fn line_why_ui(ui: &mut egui::Ui, line: &LineWhy, palette: &Palette) {
    let headline = ui.label(crate::bidi::strong(ui, tr!("explain-line-headline")));
    if let Some(h) = help::for_key("held_share") {
        headline.on_hover_ui(|ui| help_ui(ui, h, palette));
    }
    ui.label(crate::bidi::text(
        ui,
        tr!(
            "explain-line",
            before = figure(line.held_share_before),
            after = figure(line.held_share),
            cells_before = line.held_cells_before,
            cells_after = line.held_cells,
            place = line.place_in_line_order
        ),
    ));
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("explain-line-displaced"),
    ));
}

/// `add` in a column flush left: egui's grids cannot yet be laid out from the right, so the
/// factors' and drivers' tables keep their values on the left in every language.
fn left_to_right(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), add);
}
