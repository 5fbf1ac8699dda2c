//! Why a change happened: the rule, its probability that day, the factors that multiply to it and the drivers' values behind them.

use super::{
    LineWhy, Mode, Palette, RichText, RuleWhy, chances, egui, factor_texts, help, help_ui,
    name_and_detail_ui, num, pct, reading_texts, rule_name_ui,
};

pub(super) fn rule_why_ui(ui: &mut egui::Ui, why: &RuleWhy, mode: Mode, palette: &Palette) {
    let p = why.probability;
    let pace = if p > 0.0 {
        format!(
            " (at this rate, about once in {} days)",
            num((1.0 / p).round())
        )
    } else {
        String::new()
    };
    ui.label(
        RichText::new(format!(
            "Probability that day, out of {}: {}{pace}",
            why.source.key(),
            num(p)
        ))
        .strong(),
    );
    if let Some(ch) = why.chances {
        let s = why.source.index();
        ui.label(format!(
            "Applied to the {} chance of {}: it moved {} of probability that day.",
            pct(ch.before[s]),
            why.source.key(),
            pct(ch.moved)
        ));
        ui.label(format!(
            "Chances before: {}. After: {}.",
            chances(&ch.before),
            chances(&ch.after)
        ));
    }
    ui.add_space(4.0);
    ui.label(RichText::new("Factors (multiplied together)").strong());
    egui::Grid::new(("factors", why.rule))
        .num_columns(2)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for f in &factor_texts(why) {
                ui.label(RichText::new(num(f.value)).strong());
                let text = name_and_detail_ui(ui, f.name, &f.how, palette);
                if let Some(param) = f.param {
                    let info = param.info();
                    text.on_hover_text(format!("{}: {}", info.key, info.why));
                }
                ui.end_row();
            }
        });
    let product: Vec<String> = why.factors.iter().map(|f| num(f.value)).collect();
    let raw: f64 = why.factors.iter().map(|f| f.value).product();
    ui.colored_label(
        palette.caption,
        format!("{} = {}", product.join(" × "), num(raw)),
    );
    if let Some(scale) = why.scaled_by {
        ui.colored_label(
            palette.warning,
            format!(
                "The two ways out of {} added up to more than 1 that day: both were scaled by {}.",
                why.source.key(),
                num(scale)
            ),
        );
    }
    if let Some((rule, q)) = why.alternative {
        ui.horizontal_wrapped(|ui| {
            ui.label("The other way out of");
            ui.label(why.source.key());
            ui.label("that day:");
            rule_name_ui(ui, rule.key(), help::rule(rule), palette);
            ui.label(format!("{} a day", num(q)));
        });
    }
    ui.add_space(4.0);
    ui.label(RichText::new("Drivers that day").strong());
    egui::Grid::new(("drivers", why.rule))
        .num_columns(2)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for r in &reading_texts(why) {
                ui.label(RichText::new(&r.value).strong());
                let text = name_and_detail_ui(ui, r.label, &r.unit, palette);
                if let Some(h) = help::for_key(r.key) {
                    text.on_hover_ui(|ui| help_ui(ui, h, palette));
                }
                ui.end_row();
            }
        });
    if mode == Mode::Stochastic {
        ui.colored_label(
            palette.caption,
            "The rule fired that day by the luck of the draw; the factors say what made it likely.",
        );
    }
}

pub(super) fn line_why_ui(ui: &mut egui::Ui, line: &LineWhy, palette: &Palette) {
    let headline = ui.label(
        RichText::new("Not a probability: the withdrawal line advanced over the cell.").strong(),
    );
    if let Some(h) = help::for_key("held_share") {
        headline.on_hover_ui(|ui| help_ui(ui, h, palette));
    }
    ui.label(format!(
        "The share held behind the line went from {} to {} ({} → {} cells held). This cell is \
         number {} in the order in which the line takes cells, from the eastern border inward.",
        num(line.held_share_before),
        num(line.held_share),
        line.held_cells_before,
        line.held_cells,
        line.place_in_line_order
    ));
    ui.colored_label(
        palette.caption,
        "Everyone at home here was displaced that day, and the cell turned gray at once.",
    );
}
