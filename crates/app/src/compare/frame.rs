//! Where the comparison joins the app's frame: the Compare timeline in the timeline panel, the
//! map's choice between zones and differences, and applying what the user asked for.

use eframe::egui;

use super::super::ZonesApp;
use super::super::panels::compare::{self, CompareAction};
use super::super::theme::Palette;
use super::super::views::difference::{DifferenceInput, difference_map_ui};

impl ZonesApp {
    /// Applies what the user asked of the comparison, in one place.
    pub fn apply_compare_action(&mut self, ctx: &egui::Context, action: CompareAction) {
        match action {
            CompareAction::Command(command) => self.apply(ctx, command),
            CompareAction::AddBundled(index) => self.add_comparison_bundled(index),
            CompareAction::Remove(index) => self.remove_comparison(index),
            CompareAction::Quantity(quantity) => self.set_compare_quantity(quantity),
            CompareAction::ToggleZone(zone) => {
                let shown = &mut self.comparison.zones_shown[zone.index()];
                *shown = !*shown;
            }
            CompareAction::Difference(with) => self.show_difference_map(with),
            CompareAction::JumpTo(day) => self.set_day(day),
        }
    }

    /// The timeline panel's content in Compare mode (below the playback row).
    pub(crate) fn compare_timeline_panel_ui(&mut self, ui: &mut egui::Ui, palette: &Palette) {
        let actions = compare::compare_timeline_ui(ui, self, palette);
        let ctx = ui.ctx().clone();
        for action in actions {
            self.apply_compare_action(&ctx, action);
        }
    }

    /// Over the map when there is something to compare: the choice of zones or differences,
    /// and the difference map itself. Returns whether the map was drawn here.
    pub(crate) fn compare_map_ui(&mut self, ui: &mut egui::Ui, palette: &Palette) -> bool {
        self.comparison.shown_difference = None;
        if self.comparison.compared.is_empty() {
            return false;
        }
        let ctx = ui.ctx().clone();
        if !self.presenting
            && let Some(action) = compare::map_mode_ui(ui, self)
        {
            self.apply_compare_action(&ctx, action);
        }
        let Some(partner) = self.comparison.difference_partner() else {
            return false;
        };
        let input = DifferenceInput {
            current: &self.run,
            current_scenario: self.doc.scenario(),
            compared: &partner.run,
            compared_scenario: &partner.scenario,
            compared_label: &partner.label,
            day: self.day,
        };
        let shown = difference_map_ui(ui, &mut self.map, &input, palette);
        self.comparison.shown_difference = Some(shown);
        true
    }
}
