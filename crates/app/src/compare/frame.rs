//! Where the comparison joins the app's frame: the map's choice between zones and
//! differences, and applying what the user asked of the comparison.

use eframe::egui;

use super::super::ZonesApp;
use super::super::actions::Action;
use super::super::panels::compare::{self, CompareAction};
use super::super::theme::Palette;
use super::super::views::difference::{DifferenceInput, difference_map_ui};

impl ZonesApp {
    /// Applies what the user asked of the comparison (called from the frame's apply step).
    pub fn apply_compare_action(&mut self, ctx: &egui::Context, action: CompareAction) {
        match action {
            CompareAction::Command(command) => self.apply(ctx, command),
            CompareAction::AddBundled(index) => self.add_comparison_bundled(index),
            CompareAction::Remove(index) => self.remove_comparison(index),
            CompareAction::Quantity(quantity) => self.set_compare_quantity(quantity),
            CompareAction::ToggleCategory(zone) => {
                let shown = &mut self.comparison.categories_shown[zone.index()];
                *shown = !*shown;
            }
            CompareAction::Difference(with) => self.show_difference_map(with),
            CompareAction::JumpTo(day) => self.set_day(day),
        }
    }

    /// Over the map when there is something to compare: the choice of zones or differences,
    /// and the difference map itself. Returns whether the map was drawn here.
    pub(crate) fn compare_map_ui(
        &mut self,
        ui: &mut egui::Ui,
        palette: &Palette,
        actions: &mut Vec<Action>,
    ) -> bool {
        self.comparison.shown_difference = None;
        if self.comparison.compared.is_empty() {
            return false;
        }
        if !self.view.presenting
            && let Some(action) = compare::map_mode_ui(ui, self)
        {
            actions.push(Action::Compare(action));
        }
        let Some(partner) = self.comparison.difference_partner() else {
            return false;
        };
        let input = DifferenceInput {
            current: self.open.run(),
            current_scenario: self.open.scenario(),
            compared: &partner.run,
            compared_scenario: &partner.scenario,
            compared_label: &partner.label,
            day: self.view.day,
        };
        let shown = difference_map_ui(ui, &mut self.view.map, &input, palette);
        self.comparison.shown_difference = Some(shown);
        true
    }
}
