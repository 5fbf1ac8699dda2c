//! `gaza-zones animate`: the map every few days as an animated GIF, APNG or WebP, for slides
//! where the app cannot run. One run of the scenario; each frame is drawn, encoded and written
//! before the next, into a temporary file that replaces `--out` only when the last frame is in.

use std::io::{BufWriter, Write};

use super::interrupt;
use super::output::{Loaded, Progress};
use super::{AnimateArgs, ModeArg, exit};
use gz_core::geo::Grid;
use gz_core::model::{Plan, Record};
use gz_core::scenario::{Access, Backup, SaveError, write_streaming};
use gz_figure::animation::{self, AnimationError, AnimationFormat, AnimationSpec, Flow};
use gz_figure::{FigureSize, Format};

pub fn animate(args: &AnimateArgs) -> u8 {
    // Everything that can be refused is refused before the run and the first frame.
    let format = match AnimationFormat::of_path(&args.out) {
        Ok(format) => format,
        Err(e) => {
            gz_core::say!("{e}");
            return exit::USAGE;
        }
    };
    let size = FigureSize {
        width: args.size[0],
        height: args.size[1],
        scale: 1.0,
    };
    if let Err(e) = size.pixels(Format::Png) {
        gz_core::say!("{e}");
        return exit::USAGE;
    }
    let loaded = match Loaded::for_output(&args.file, Some(&args.out), args.force) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let scenario = loaded.scenario;
    let spec = AnimationSpec {
        from_day: args.from,
        to_day: args.to.unwrap_or(scenario.horizon_days),
        step_days: args.step,
        width: size.width,
        height: size.height,
        with_timeline: args.with_timeline,
        format,
        zones: gz_core::style::ZonePalette::new(args.colour_blind),
        gif_palette: animation::GifPalette::default(),
    };
    if let Err(e) = spec.check(scenario.horizon_days) {
        gz_core::say!("{e}");
        return exit::USAGE;
    }
    let seed = args.seed.unwrap_or(scenario.seed);
    let mode = ModeArg::or(args.mode, scenario.mode);
    let run = Plan::new(Grid::strip(), &scenario.inputs()).run(mode, seed, Record::Cells);
    let frames = spec.frame_days().len();
    let progress = Progress::new(frames as u64, "frames");
    let source = loaded.provenance.short_source();
    let written = write_streaming(&args.out, Backup::Skip, Access::Usual, |file| {
        let mut out = BufWriter::new(file);
        let flow = |done: usize, _| {
            progress.advance_to(done as u64);
            if interrupt::requested() {
                Flow::Stop
            } else {
                Flow::Continue
            }
        };
        animation::write(&spec, scenario, run, source, &mut out, flow).map_err(|e| match e {
            AnimationError::Stopped => interrupt::error(),
            AnimationError::Io(e) => e,
            other => std::io::Error::other(other),
        })?;
        out.flush()
    });
    progress.finish();
    match written {
        Ok(()) => {
            let bytes = std::fs::metadata(&args.out).map_or(0, |m| m.len());
            gz_core::say!(
                "wrote {frames} frames to {} ({:.1} MB)",
                args.out.display(),
                bytes as f64 / 1e6
            );
            exit::OK
        }
        // The temporary file is already removed; the old file, if any, is untouched.
        Err(SaveError::Io { source, .. }) if source.kind() == std::io::ErrorKind::Interrupted => {
            interrupt::report(Some(&args.out))
        }
        Err(e) => {
            gz_core::say!("cannot write the animation: {e}");
            exit::OUTPUT
        }
    }
}
