//! `--screenshot`: draw the app, save a PNG of the window, and close.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};

use eframe::egui;

/// A screenshot to take once the window has settled.
pub struct ScreenshotRequest {
    pub path: PathBuf,
    pub day: u32,
    pub size: [f32; 2],
    frames_drawn: u32,
    receiver: Option<mpsc::Receiver<Arc<egui::ColorImage>>>,
    pub result: Option<Result<(), String>>,
}

/// Frames to draw before the picture: panels and plots settle their sizes in the first few.
const SETTLE_FRAMES: u32 = 4;

impl ScreenshotRequest {
    #[must_use]
    pub fn new(path: PathBuf, day: u32, size: [f32; 2]) -> Self {
        Self {
            path,
            day,
            size,
            frames_drawn: 0,
            receiver: None,
            result: None,
        }
    }

    /// Called once per frame: waits, asks for the picture, saves it, then closes the window.
    pub fn step(&mut self, ctx: &egui::Context) {
        self.frames_drawn += 1;
        ctx.request_repaint();
        if self.frames_drawn == SETTLE_FRAMES {
            let (sender, receiver) = mpsc::channel();
            ctx.request_screenshot(move |image| {
                // The receiver lives as long as the window; a failed send only means it closed.
                let _ = sender.send(image);
            });
            self.receiver = Some(receiver);
        }
        let Some(image) = self.receiver.as_ref().and_then(|r| r.try_recv().ok()) else {
            return;
        };
        let result = save_png(&self.path, &image);
        if let Err(e) = &result {
            gz_core::say!("gaza-zones: {e}");
        }
        self.result = Some(result);
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(eframe::egui::Color32::to_srgba_unmultiplied)
        .collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
        .ok_or_else(|| "the screenshot has an unexpected size".to_owned())?;
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| format!("{}: cannot save the screenshot: {e}", path.display()))
}
