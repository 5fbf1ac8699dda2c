//! What the window shows right now and forgets on quitting: the day, playback, the map's view
//! and presentation mode.

use eframe::egui;

use super::event_order::Happened;
use super::panels::start::tour::PartRects;
use super::views::map::MapView;

/// How much larger everything is drawn in presentation mode, on a screen wide enough for it.
const PRESENTATION_ZOOM: f32 = 1.5;
/// The width, in points, presentation mode keeps at least: on a 1280-pixel projector a full
/// 1.5× zoom would leave the map a postage stamp, so the zoom shrinks to keep this much room.
const PRESENTATION_MIN_WIDTH_PT: f32 = 1100.0;

/// The runtime view state.
pub struct ViewState {
    pub(crate) day: u32,
    pub(crate) playing: bool,
    /// Fraction of a day carried over between frames while playing.
    play_carry: f64,
    pub(crate) map: MapView,
    pub(crate) presenting: bool,
    /// The zoom presentation mode added, taken off again when it ends.
    pub(crate) presentation_zoom: f32,
    /// Enter presentation mode on the first frame (it needs the window).
    pub(crate) present_on_start: bool,
    /// Where the window's parts were drawn last frame, for the guided tour.
    pub(crate) parts: PartRects,
    /// Which of the two side panels shows in a window too small for both.
    pub(crate) side_tab: SideTab,
    /// The event Page Down or Page Up stepped to last, shown in full in the map's caption.
    pub(crate) event_focus: Option<Happened>,
}

/// The side panels' contents, one at a time in a small window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SideTab {
    /// The scenario's metadata, the summary, uncertainty and the drivers.
    #[default]
    Scenario,
    /// The list of events and the event form.
    Events,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            day: 0,
            playing: false,
            play_carry: 0.0,
            map: MapView::default(),
            presenting: false,
            presentation_zoom: PRESENTATION_ZOOM,
            present_on_start: false,
            parts: PartRects::default(),
            side_tab: SideTab::default(),
            event_focus: None,
        }
    }
}

impl ViewState {
    /// Play or pause; playing from the last day starts again from day 0.
    pub fn play_pause(&mut self, last_day: u32) {
        if !self.playing && self.day >= last_day {
            self.day = 0;
        }
        self.playing = !self.playing;
        self.play_carry = 0.0;
    }

    /// Moves the day on while playing, by the time the last frame took.
    pub fn advance(&mut self, ctx: &egui::Context, days_per_second: f32, last_day: u32) {
        if !self.playing {
            return;
        }
        let dt = ctx.input(|i| i.stable_dt).min(0.1);
        self.play_carry += f64::from(dt) * f64::from(days_per_second);
        let whole = self.play_carry.floor();
        self.play_carry -= whole;
        self.day = (self.day + whole as u32).min(last_day);
        if self.day >= last_day {
            self.playing = false;
        }
        // Playing is the one time the app animates on its own. While the window is minimised
        // only `logic` runs, and it runs as often as asked: ask once a frame's time, not at
        // once, so that playback keeps its pace there too.
        if ctx.input(|i| i.viewport().minimized == Some(true)) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f32(dt.max(1.0 / 60.0)));
        } else {
            ctx.request_repaint();
        }
    }

    pub fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
        if self.presenting == on {
            return;
        }
        self.presenting = on;
        // Large type for the back of the room: up to half as big again, on top of any user
        // zoom, as far as the screen's width allows.
        let zoom = ctx.zoom_factor();
        if on {
            let width_unzoomed_pt = ctx.content_rect().width() * zoom;
            self.presentation_zoom =
                (width_unzoomed_pt / PRESENTATION_MIN_WIDTH_PT).clamp(1.0, PRESENTATION_ZOOM);
        }
        ctx.set_zoom_factor(if on {
            zoom * self.presentation_zoom
        } else {
            zoom / self.presentation_zoom
        });
        #[cfg(not(target_arch = "wasm32"))]
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        // eframe's web runner has no viewport commands; the page asks the browser itself
        // (allowed in answer to the key press or click that got here).
        #[cfg(target_arch = "wasm32")]
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if on {
                if let Some(page) = document.document_element() {
                    let _ = page.request_fullscreen();
                }
            } else if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
        }
    }
}
