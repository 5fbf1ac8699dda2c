//! The "Cell history" window: the clicked cell's zone over time as a strip, and each change
//! with the rule that made it, its probability that day, its factors and the drivers behind
//! them. The explanation itself is computed in the core (`model::explain`); this only draws it.

use eframe::egui::{self, Color32, Pos2, Rect, RichText, Stroke, Vec2};

use super::super::theme::Palette;
use gz_core::geo::Grid;
use gz_core::model::explain::explain_cell;
use gz_core::model::explain::{CellHistory, ExplainError, ExplainedChange, LineWhy, RuleWhy, Why};
use gz_core::model::help::{self, Block, Help};
use gz_core::model::{Mode, Plan, RunOutput, Zone};
use gz_core::report::dates::{calendar_date, date_text};
use gz_core::report::explain::{factor_texts, mode_note, num, reading_texts};
use gz_core::scenario::Scenario;

/// The explanation of the selected cell, kept until the cell or the run changes: it replays
/// the run, a few milliseconds, so it is not redone every frame.
pub struct ExplainedCell {
    pub cell: usize,
    /// Which run it explains (the app counts its re-runs) and the dates it used.
    pub run_generation: u64,
    pub start_date: String,
    pub result: Result<CellHistory, ExplainError>,
}

impl ExplainedCell {
    #[must_use]
    pub fn new(cell: usize, run_generation: u64, scenario: &Scenario, run: &RunOutput) -> Self {
        let plan = Plan::new(Grid::strip(), &scenario.inputs());
        Self {
            cell,
            run_generation,
            start_date: scenario.start_date.clone(),
            result: explain_cell(
                &plan,
                scenario.mode,
                scenario.seed,
                run,
                cell,
                &scenario.start_date,
            ),
        }
    }

    #[must_use]
    pub fn is_for(&self, cell: usize, run_generation: u64, scenario: &Scenario) -> bool {
        self.cell == cell
            && self.run_generation == run_generation
            && self.start_date == scenario.start_date
    }
}

/// What the user asked for in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryAction {
    JumpTo(u32),
    Close,
}

/// Width of the window's text, wide enough for a factor's workings on one or two lines.
const WIDTH: f32 = 430.0;

/// Draws the window for `cell`; returns what the user asked for.
pub fn history_window_ui(
    ctx: &egui::Context,
    cell: usize,
    history: &Result<CellHistory, ExplainError>,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<HistoryAction> {
    let mut open = true;
    let mut action = None;
    // Default place: at the right, over the events list, so that the map stays in view.
    let screen = ctx.content_rect();
    egui::Window::new("Cell history")
        .id(egui::Id::unique("cell_history"))
        .open(&mut open)
        .pivot(egui::Align2::RIGHT_TOP)
        .default_pos(Pos2::new(screen.right() - 12.0, screen.top() + 40.0))
        .default_width(WIDTH)
        // Its height follows the content (the scroll area caps it), so it is never half empty.
        .resizable([true, false])
        .show(ctx, |ui| {
            ui.set_max_width(WIDTH);
            // The window fits its content, scrolling only when it would leave the screen.
            let most = (screen.height() - 140.0).max(300.0);
            egui::ScrollArea::vertical()
                .max_height(most)
                .min_scrolled_height(most)
                .show(ui, |ui| match history {
                    Ok(h) => action = history_ui(ui, h, run, scenario, day, palette),
                    Err(e) => {
                        ui.colored_label(palette.error, format!("Cell {cell}: {e}"));
                    }
                });
        });
    if !open {
        action = Some(HistoryAction::Close);
    }
    action
}

fn history_ui(
    ui: &mut egui::Ui,
    h: &CellHistory,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<HistoryAction> {
    let mut action = None;
    let d = day as usize;
    ui.label(
        RichText::new(format!("{} · cell {}", h.governorate.name(), h.cell))
            .heading()
            .strong(),
    );
    let people = run.people_in(d, h.cell).map_or_else(String::new, |p| {
        format!(" · {} people here now", num(f64::from(p).round()))
    });
    ui.label(format!("{:.2} km²{people}", h.area_km2));
    if let Some(zone) = h.zone_on(d) {
        ui.horizontal_wrapped(|ui| {
            swatch_ui(ui, zone, palette);
            let now = match h.mode {
                Mode::Stochastic => format!("{} on day {day}: {}", zone.key(), zone.meaning()),
                Mode::Expected => format!("most likely {} on day {day}", zone.key()),
            };
            ui.label(now);
        });
    }
    if h.held.get(d).copied().unwrap_or(false) {
        ui.colored_label(
            palette.caption,
            "Behind the withdrawal line on this day: held by Israeli forces.",
        );
    }
    ui.add_space(6.0);
    if let Some(jump) = strip_ui(ui, h, scenario, day, palette) {
        action = Some(HistoryAction::JumpTo(jump));
    }
    ui.add_space(4.0);
    ui.colored_label(palette.caption, mode_note(h.mode))
        .on_hover_ui(|ui| help_ui(ui, help::explanation(), palette));
    ui.add_space(8.0);

    let start = h.zone_on(0).map_or("", Zone::key);
    let starting_zone = format!(
        "On day 0 land behind the withdrawal line starts gray and all other land red \
         (docs/MODEL.md, section 4): this cell started {start}."
    );
    if h.changes.is_empty() {
        ui.label("No change in this run: the cell kept its zone from day 0.");
        ui.colored_label(palette.caption, starting_zone);
        return action;
    }
    ui.label(RichText::new(format!("Changes ({})", h.changes.len())).strong());
    // The change that explains the colour on the day shown is opened; the others are one line,
    // and clicking one shows its day (and so opens it).
    let current = h.changes.iter().rposition(|e| e.change.day <= day);
    for (i, e) in h.changes.iter().enumerate() {
        let is_current = Some(i) == current;
        egui::Frame::group(ui.style())
            .fill(if is_current {
                ui.visuals().faint_bg_color
            } else {
                Color32::TRANSPARENT
            })
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                if change_header_ui(ui, e, is_current, palette) {
                    action = Some(HistoryAction::JumpTo(e.change.day));
                }
                if is_current {
                    ui.add_space(4.0);
                    match &e.why {
                        Why::Rule(why) => rule_why_ui(ui, why, h.mode, palette),
                        Why::LineAdvance(line) => line_why_ui(ui, line, palette),
                    }
                }
            });
    }
    if current.is_none() {
        ui.colored_label(
            palette.caption,
            format!(
                "{starting_zone} The day shown is before its first change: click a change to \
                 see why it happened."
            ),
        );
    }
    action
}

/// One line per change: the day (click to show it), from → to, and the rule (hover for its
/// help). Returns whether the day was clicked.
fn change_header_ui(
    ui: &mut egui::Ui,
    e: &ExplainedChange,
    is_current: bool,
    palette: &Palette,
) -> bool {
    let mut clicked = false;
    ui.horizontal_wrapped(|ui| {
        clicked = ui
            .selectable_label(
                is_current,
                RichText::new(format!(
                    "Day {} · {}",
                    e.change.day,
                    e.date.map(date_text).unwrap_or_default()
                ))
                .strong(),
            )
            .on_hover_text("Show this day on the map and the timeline")
            .clicked();
        swatch_ui(ui, e.change.from, palette);
        ui.label(format!("{} →", e.change.from.key()));
        swatch_ui(ui, e.change.to, palette);
        ui.label(e.change.to.key());
        ui.label("by");
        rule_name_ui(ui, e.change.rule.key(), help::rule(e.change.rule), palette);
    });
    clicked
}

fn rule_why_ui(ui: &mut egui::Ui, why: &RuleWhy, mode: Mode, palette: &Palette) {
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

fn line_why_ui(ui: &mut egui::Ui, line: &LineWhy, palette: &Palette) {
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

/// The cell's zone over the run, one column per day, with the day shown and the changes
/// marked; click or drag to show a day.
fn strip_ui(
    ui: &mut egui::Ui,
    h: &CellHistory,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<u32> {
    let days = h.zones.len().max(1);
    let width = ui.available_width().min(WIDTH);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, 46.0), egui::Sense::click_and_drag());
    let strip = Rect::from_min_size(rect.min + Vec2::new(0.0, 8.0), Vec2::new(width, 26.0));
    let painter = ui.painter_at(rect.expand(2.0));
    let x_of = |d: f32| strip.left() + strip.width() * d / days as f32;
    // One column per pixel (a run has up to 3,650 days); each column stacks the day's chances.
    let columns = strip.width().ceil().max(1.0) as usize;
    for col in 0..columns {
        let d = (col * days / columns).min(days - 1);
        let p = h.zones[d];
        let x0 = strip.left() + col as f32;
        let mut y = strip.bottom();
        for zone in Zone::ALL {
            let height = strip.height() * p[zone.index()] as f32;
            if height <= 0.0 {
                continue;
            }
            let r = Rect::from_min_max(Pos2::new(x0, y - height), Pos2::new(x0 + 1.0, y));
            painter.rect_filled(r, 0.0, palette.zone_colour(zone));
            y -= height;
        }
        if h.held.get(d).copied().unwrap_or(false) {
            let r = Rect::from_min_max(
                Pos2::new(x0, strip.bottom() + 2.0),
                Pos2::new(x0 + 1.0, strip.bottom() + 6.0),
            );
            painter.rect_filled(r, 0.0, palette.line);
        }
    }
    painter.rect_stroke(
        strip,
        2.0,
        Stroke::new(1.0, palette.caption),
        egui::StrokeKind::Outside,
    );
    for e in &h.changes {
        let x = x_of(e.change.day as f32 + 0.5);
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, strip.top())],
            Stroke::new(2.0, palette.event_marker),
        );
    }
    let x = x_of(day as f32 + 0.5);
    painter.line_segment(
        [
            Pos2::new(x, strip.top() - 3.0),
            Pos2::new(x, strip.bottom() + 3.0),
        ],
        Stroke::new(3.0, palette.cursor),
    );
    let first = calendar_date(&scenario.start_date, 0).unwrap_or_default();
    let last_day = (days - 1) as u32;
    let last = calendar_date(&scenario.start_date, last_day).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.colored_label(palette.caption, first);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.colored_label(palette.caption, last);
        });
    });
    let day_at = |pos: Pos2| {
        let f = ((pos.x - strip.left()) / strip.width()).clamp(0.0, 1.0);
        ((f * days as f32) as u32).min(last_day)
    };
    let response = response.on_hover_ui_at_pointer(|ui| {
        if let Some(pos) = ui.ctx().pointer_hover_pos() {
            let d = day_at(pos);
            let date = calendar_date(&scenario.start_date, d).unwrap_or_default();
            let what = h.zones.get(d as usize).map(chances).unwrap_or_default();
            ui.label(format!("Day {d} · {date}: {what}"));
            ui.colored_label(palette.caption, "Click to show this day");
        }
    });
    if response.clicked() || response.dragged() {
        return response.interact_pointer_pos().map(day_at);
    }
    None
}

/// "name: detail" on one wrapping line, the detail in the caption colour.
fn name_and_detail_ui(
    ui: &mut egui::Ui,
    name: &str,
    detail: &str,
    palette: &Palette,
) -> egui::Response {
    let mut job = egui::text::LayoutJob::default();
    let style = ui.style().clone();
    RichText::new(format!("{name}: "))
        .color(ui.visuals().strong_text_color())
        .append_to(
            &mut job,
            &style,
            egui::FontSelection::Default,
            egui::Align::Min,
        );
    RichText::new(detail).color(palette.caption).append_to(
        &mut job,
        &style,
        egui::FontSelection::Default,
        egui::Align::Min,
    );
    ui.add(egui::Label::new(job).wrap())
}

/// A rule's name, bold, with its help from docs/MODEL.md on hover.
fn rule_name_ui(ui: &mut egui::Ui, key: &str, help: &Help, palette: &Palette) {
    ui.label(RichText::new(key).strong().underline())
        .on_hover_ui(|ui| help_ui(ui, help, palette));
}

/// Help text in a tooltip: its title, formula and the gist.
pub fn help_ui(ui: &mut egui::Ui, help: &Help, palette: &Palette) {
    ui.set_max_width(480.0);
    ui.label(RichText::new(&help.title).strong());
    if let Some(formula) = help.formula() {
        ui.label(RichText::new(formula).monospace());
    }
    ui.label(help.summary());
    ui.colored_label(palette.caption, "From docs/MODEL.md; F1 for all the help.");
}

/// Renders help blocks in full, for the Help window.
pub fn blocks_ui(ui: &mut egui::Ui, blocks: &[Block], id: egui::Id) {
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Paragraph(text) => {
                ui.label(text);
            }
            Block::Code(text) => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(RichText::new(text).monospace());
                });
            }
            Block::Items(items) => {
                for item in items {
                    ui.label(format!("•  {item}"));
                }
            }
            Block::Table { header, rows } => {
                // The first column, then the others on one wrapping line, so that a wide table
                // does not widen the window.
                let rest = |cells: &[String]| {
                    let filled: Vec<&str> = cells
                        .iter()
                        .skip(1)
                        .map(String::as_str)
                        .filter(|c| !c.is_empty())
                        .collect();
                    filled.join("; ")
                };
                egui::Grid::new(id.with(i))
                    .num_columns(2)
                    .striped(true)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        let first = header.first().map_or("", String::as_str);
                        ui.label(RichText::new(first).strong());
                        ui.add(egui::Label::new(RichText::new(rest(header)).strong()).wrap());
                        ui.end_row();
                        for row in rows {
                            ui.label(row.first().map_or("", String::as_str));
                            ui.add(egui::Label::new(rest(row)).wrap());
                            ui.end_row();
                        }
                    });
            }
        }
        ui.add_space(4.0);
    }
}

fn swatch_ui(ui: &mut egui::Ui, zone: Zone, palette: &Palette) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(14.0), egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, 2.0, palette.zone_colour(zone));
}

fn pct(x: f64) -> String {
    let percent = x * 100.0;
    if percent != 0.0 && percent.abs() < 1.0 {
        format!("{}%", num(percent))
    } else {
        format!("{percent:.0}%")
    }
}

/// "red 50.2%, gray 49.8%": the zones with a chance worth naming, to a tenth of a percent so
/// that a day's small move shows.
fn chances(p: &[f64; 4]) -> String {
    let named: Vec<String> = Zone::ALL
        .iter()
        .filter(|z| p[z.index()] >= 0.0005)
        .map(|z| format!("{} {:.1}%", z.key(), p[z.index()] * 100.0))
        .collect();
    named.join(", ")
}
