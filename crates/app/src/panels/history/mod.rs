//! The "Cell history" window: the clicked cell's zone over time as a strip, and each change
//! with the rule that made it, its probability that day, its factors and the drivers behind
//! them. The explanation itself is computed in the core (`model::explain`); this only draws it.

use crate::bidi::HoverBidi as _;
use eframe::egui::{self, Color32, Pos2, Rect, RichText, Stroke, Vec2};
use gz_i18n::{names, tr};

use super::super::theme::Palette;
use gz_core::geo::{CellId, Grid};
use gz_core::model::blockers::{CellBlockers, cell_blockers_in};
use gz_core::model::explain::explain_cell;
use gz_core::model::explain::{CellHistory, ExplainError, ExplainedChange, LineWhy, RuleWhy, Why};
use gz_core::model::{CellDay, Mode, Plan, RunOutput, Zone};
use gz_core::report::explain::num;
use gz_core::report::help::{Block, Help};
use gz_core::scenario::Scenario;
use gz_i18n::explain::{factor_texts, mode_note, reading_texts};
use gz_i18n::help;

mod why;
use why::{line_why_ui, rule_why_ui};

mod blocked;
use blocked::{why_it_stays_ui, why_not_ui};

mod strip;
use strip::strip_ui;

mod milestones;
use milestones::milestones_ui;

/// The explanation of the selected cell, kept until the cell or the run changes: it replays
/// the run, a few milliseconds, so it is not redone every frame.
pub struct ExplainedCell {
    pub cell: CellId,
    pub result: Result<CellHistory, ExplainError>,
    /// The plan and what the rules saw in the cell each day, kept to say why it did not change
    /// on whichever day is shown without replaying the run again.
    plan: Plan<'static>,
    days: Vec<CellDay>,
}

impl ExplainedCell {
    #[must_use]
    pub fn new(cell: CellId, scenario: &Scenario, run: &RunOutput) -> Self {
        let plan = Plan::new(Grid::strip(), &scenario.inputs());
        let result = explain_cell(
            &plan,
            scenario.mode,
            scenario.seed,
            run,
            cell,
            scenario.start_date,
        );
        let days = if cell.index() < Grid::strip().len() {
            plan.trace_cell(scenario.mode, scenario.seed, cell.index())
                .1
        } else {
            Vec::new()
        };
        Self {
            cell,
            result,
            plan,
            days,
        }
    }

    /// Each way out of the cell's zone on `day` and what holds it back; `None` when there is
    /// no day for the rules to explain.
    #[must_use]
    pub fn blockers(&self, day: u32) -> Option<CellBlockers> {
        let mode = self.result.as_ref().map_or(Mode::Expected, |h| h.mode);
        cell_blockers_in(&self.plan, mode, self.cell, day, &self.days).ok()
    }
}

/// What the user asked for in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryAction {
    JumpTo(u32),
    Close,
    /// Open the help on the driver with this key.
    HelpOn(&'static str),
}

/// Width of the window's text, wide enough for a factor's workings on one or two lines.
const WIDTH: f32 = 430.0;

/// Draws the window for `cell`; returns what the user asked for.
#[must_use]
pub fn history_window_ui(
    ctx: &egui::Context,
    cell: CellId,
    explained: &ExplainedCell,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<HistoryAction> {
    let mut open = true;
    let mut action = None;
    // Default place: at the right, over the events list, so that the map stays in view.
    let screen = ctx.content_rect();
    egui::Window::new(crate::bidi::plain(&tr!("history-title")))
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
            // Lines flush with the side the language starts from; rows of several widgets are
            // then placed from that side too (egui lays out a row from the right inside a
            // right-aligned column).
            let reading = if gz_i18n::language().is_right_to_left() {
                egui::Layout::top_down(egui::Align::Max)
            } else {
                egui::Layout::top_down(egui::Align::Min)
            };
            egui::ScrollArea::vertical()
                .max_height(most)
                .min_scrolled_height(most)
                .show(ui, |ui| {
                    ui.with_layout(reading, |ui| match &explained.result {
                        Ok(h) => {
                            action = history_ui(ui, h, explained, run, scenario, day, palette);
                        }
                        Err(e) => {
                            ui.label(crate::bidi::coloured(
                                ui,
                                palette.error,
                                gz_i18n::explain::error(cell, e),
                            ));
                        }
                    })
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
    explained: &ExplainedCell,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<HistoryAction> {
    let mut action = None;
    let d = day as usize;
    ui.label(crate::bidi::heading(
        ui,
        tr!(
            "history-heading",
            governorate = names::governorate(h.governorate),
            cell = h.cell.to_string()
        ),
    ));
    let km2 = format!("{:.2}", h.area_km2);
    let area = if let Some(p) = run.people_in(d, h.cell.index()) {
        tr!(
            "history-area-people",
            km2 = km2,
            people = num(f64::from(p).round())
        )
    } else {
        tr!("history-area", km2 = km2)
    };
    ui.label(crate::bidi::text(ui, area));
    if let Some(homes) = gz_i18n::explain::homes_sentence(h, d) {
        ui.label(crate::bidi::text(ui, homes));
    }
    if let Some(zone) = h.zone_on(d) {
        ui.horizontal_wrapped(|ui| {
            swatch_ui(ui, zone, palette);
            // The date first, the day number after it (the calendar's end has no date).
            let date = names::calendar_date(scenario.start_date, day);
            let now = match (h.mode, date) {
                (Mode::Stochastic, Some(date)) => tr!(
                    "history-zone-on-date",
                    zone = names::zone(zone),
                    date = date,
                    day = day,
                    meaning = names::zone_meaning(zone)
                ),
                (Mode::Stochastic, None) => tr!(
                    "history-zone-on-day",
                    zone = names::zone(zone),
                    day = day,
                    meaning = names::zone_meaning(zone)
                ),
                (Mode::Expected, Some(date)) => tr!(
                    "history-most-likely-on-date",
                    zone = names::zone(zone),
                    date = date,
                    day = day
                ),
                (Mode::Expected, None) => {
                    tr!("history-most-likely", zone = names::zone(zone), day = day)
                }
            };
            ui.label(crate::bidi::text(ui, now));
        });
    }
    if h.held.get(d).copied().unwrap_or(false) {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("history-held"),
        ));
    }
    ui.add_space(6.0);
    if let Some(jump) = strip_ui(ui, h, scenario, day, palette) {
        action = Some(HistoryAction::JumpTo(jump));
    }
    ui.add_space(4.0);
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        mode_note(h.mode),
    ))
    .on_hover_ui(|ui| help_ui(ui, help::explanation(), palette));
    ui.add_space(8.0);
    if let Some(jump) = milestones_ui(ui, h, scenario, day, palette) {
        action = Some(HistoryAction::JumpTo(jump));
    }

    // The zone's key: the messages pick the word that agrees with the cell.
    let start = h.zone_on(0).map_or("", Zone::key);
    if h.changes.is_empty() {
        ui.label(crate::bidi::strong(ui, tr!("history-no-change")));
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("explain-started", zone = start),
        ));
        if let Some(key) = why_not_ui(ui, explained.blockers(day).as_ref(), palette) {
            action = Some(HistoryAction::HelpOn(key));
        }
        return action;
    }
    ui.label(crate::bidi::strong(
        ui,
        tr!("history-changes", count = h.changes.len()),
    ));
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
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("explain-started-before-first-change", zone = start),
        ));
        if let Some(key) = why_not_ui(ui, explained.blockers(day).as_ref(), palette) {
            action = Some(HistoryAction::HelpOn(key));
        }
    } else {
        why_it_stays_ui(ui, explained.blockers(day).as_ref(), palette);
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
    // In Arabic and Hebrew the window's layout is flush right, and so this row is placed from
    // the right: it reads the day first, then from, to and the rule.
    ui.horizontal_wrapped(|ui| {
        clicked = ui
            .selectable_label(
                is_current,
                crate::bidi::strong(
                    ui,
                    tr!(
                        "map-day",
                        day = e.change.day,
                        date = e.date.map(names::date).unwrap_or_default()
                    ),
                ),
            )
            .on_hover_bidi(tr!("history-show-day-tip"))
            .clicked();
        swatch_ui(ui, e.change.from, palette);
        ui.label(crate::bidi::text(ui, names::zone(e.change.from)));
        ui.label(if gz_i18n::language().is_right_to_left() {
            "←"
        } else {
            "→"
        });
        swatch_ui(ui, e.change.to, palette);
        ui.label(crate::bidi::text(ui, names::zone(e.change.to)));
        ui.label(crate::bidi::text(ui, tr!("history-by")));
        rule_name_ui(ui, e.change.rule.key(), help::rule(e.change.rule), palette);
    });
    clicked
}

/// "name: detail" on one wrapping line, the detail in the caption colour.
fn name_and_detail_ui(
    ui: &mut egui::Ui,
    name: &str,
    detail: &str,
    palette: &Palette,
) -> egui::Response {
    let name = format!("{name}: ");
    if crate::bidi::needs_reordering(&name) || crate::bidi::needs_reordering(detail) {
        // One paragraph, so that an Arabic or Hebrew name reads first, from the right, with
        // its detail (a formula, say) after it.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let strong = egui::TextFormat::simple(font.clone(), ui.visuals().strong_text_color());
        let caption = egui::TextFormat::simple(font, palette.caption);
        let job = crate::bidi::wrapped_parts_job(
            ui.ctx(),
            &[(&name, strong), (detail, caption)],
            ui.available_width(),
        );
        return ui.add(egui::Label::new(job));
    }
    let mut job = egui::text::LayoutJob::default();
    let style = ui.style().clone();
    RichText::new(name)
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
    ui.label(crate::bidi::strong(ui, &help.title));
    if let Some(formula) = help.formula() {
        ui.label(RichText::new(formula).monospace());
    }
    ui.label(crate::bidi::text(ui, help.summary()));
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("help-from-model-document"),
    ));
}

/// Renders help blocks in full, for the Help window.
pub fn blocks_ui<'a>(ui: &mut egui::Ui, blocks: impl IntoIterator<Item = &'a Block>, id: egui::Id) {
    for (i, block) in blocks.into_iter().enumerate() {
        match block {
            Block::Paragraph(text) => {
                ui.with_layout(crate::bidi::reading_layout(), |ui| {
                    ui.label(crate::bidi::text(ui, text));
                });
            }
            Block::Code(text) => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(RichText::new(text).monospace());
                });
            }
            Block::Items(items) => {
                ui.with_layout(crate::bidi::reading_layout(), |ui| {
                    for item in items {
                        ui.label(crate::bidi::text(ui, format!("•  {item}")));
                    }
                });
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
                        ui.label(crate::bidi::strong(ui, first));
                        ui.add(egui::Label::new(crate::bidi::strong(ui, rest(header))).wrap());
                        ui.end_row();
                        for row in rows {
                            ui.label(crate::bidi::text(
                                ui,
                                row.first().map_or("", String::as_str),
                            ));
                            ui.add(egui::Label::new(crate::bidi::text(ui, rest(row))).wrap());
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
        .map(|z| format!("{} {:.1}%", names::zone(*z), p[z.index()] * 100.0))
        .collect();
    gz_i18n::explain::list(&named)
}
