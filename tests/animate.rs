//! Moving maps for slides: `gaza-zones animate` writes a GIF, APNG or WebP with a frame every
//! `--step` days and the last day last, each frame the size asked for, that a standard decoder
//! reads; an existing file is kept without --force, and a name it cannot write is refused
//! before anything is computed.

use std::io::BufReader;
use std::path::Path;

mod support;
use support::gaza_zones;
use support::scenario_file as scenario;

/// A short animation of the stalled baseline from day 0 to 400 (with `--step 100`: days 0,
/// 100, 200, 300 and 400).
fn animate_every(out: &Path, step: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "animate", "--from", "0", "--to", "400", "--step", step, "--size", "960x540", "--out",
    ];
    let out = out.to_str().expect("utf-8").to_owned();
    let file = scenario("stalled_phase_two.ron");
    args.push(&out);
    args.extend_from_slice(extra);
    args.push(&file);
    gaza_zones(&args)
}

fn animate(out: &Path, extra: &[&str]) -> std::process::Output {
    animate_every(out, "100", extra)
}

/// The frames of a GIF, each as the full RGBA canvas a viewer shows.
fn gif_frames(path: &Path) -> ((u32, u32), Vec<Vec<u8>>) {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let file = std::fs::File::open(path).expect("written");
    let mut decoder = options.read_info(BufReader::new(file)).expect("a GIF");
    let (w, h) = (u32::from(decoder.width()), u32::from(decoder.height()));
    let mut canvas = vec![0_u8; (w * h * 4) as usize];
    let mut frames = Vec::new();
    while let Some(frame) = decoder.read_next_frame().expect("a frame") {
        // Composes the frame's rectangle over the canvas, transparent pixels kept.
        for y in 0..u32::from(frame.height) {
            for x in 0..u32::from(frame.width) {
                let from = ((y * u32::from(frame.width) + x) * 4) as usize;
                let px = &frame.buffer[from..from + 4];
                if px[3] == 0 {
                    continue;
                }
                let to =
                    (((y + u32::from(frame.top)) * w + x + u32::from(frame.left)) * 4) as usize;
                canvas[to..to + 4].copy_from_slice(px);
            }
        }
        frames.push(canvas.clone());
    }
    ((w, h), frames)
}

#[test]
fn a_gif_has_a_frame_every_step_and_the_last_day_and_the_frames_move() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.gif");
    let o = animate(&out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("wrote 5 frames to"), "{stderr}");
    let ((w, h), frames) = gif_frames(&out);
    assert_eq!((w, h), (960, 540));
    assert_eq!(frames.len(), 5, "days 0, 100, 200, 300 and 400");
    assert_ne!(
        frames[0], frames[4],
        "the map moves from the first day to the last"
    );
}

#[test]
fn an_apng_has_the_frames_and_size_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The last day is a frame even off the step: 0, 150, 300 and 400.
    let out = dir.path().join("map.apng");
    let o = animate_every(&out, "150", &["--with-timeline"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let decoder = png::Decoder::new(BufReader::new(std::fs::File::open(&out).expect("written")));
    let mut reader = decoder.read_info().expect("a PNG");
    let info = reader.info();
    assert_eq!((info.width, info.height), (960, 540));
    let actl = info.animation_control.expect("an animated PNG");
    assert_eq!(actl.num_frames, 4);
    assert_eq!(actl.num_plays, 0, "loops for ever");
    // The first frame (the full picture) and the last one's rectangle differ from it.
    let mut first = vec![0; reader.output_buffer_size().expect("size")];
    reader.next_frame(&mut first).expect("first frame");
    let mut frame = vec![0; first.len()];
    let mut last = None;
    for _ in 1..4 {
        let written = reader.next_frame(&mut frame).expect("a frame");
        let control = reader.info().frame_control.expect("frame control");
        last = Some((control, frame[..written.buffer_size()].to_vec()));
    }
    let (control, pixels) = last.expect("a last frame");
    assert!(control.width > 0 && control.height > 0);
    assert_eq!(
        u32::from(control.delay_num) * 1000 / u32::from(control.delay_den.max(1)),
        3000
    );
    let row = (control.width * 3) as usize;
    let same_place: Vec<u8> = (0..control.height as usize)
        .flat_map(|y| {
            let start = (y + control.y_offset as usize) * 960 * 3 + control.x_offset as usize * 3;
            first[start..start + row].to_vec()
        })
        .collect();
    assert_ne!(pixels, same_place, "the last frame differs from the first");
}

#[test]
fn a_webp_has_the_frames_and_size_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.webp");
    let o = animate(&out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = std::fs::File::open(&out).expect("written");
    let mut decoder = image_webp::WebPDecoder::new(BufReader::new(file)).expect("a WebP");
    assert!(decoder.is_animated());
    assert_eq!(decoder.dimensions(), (960, 540));
    assert_eq!(decoder.num_frames(), 5);
    let size = decoder.output_buffer_size().expect("size");
    let mut frames = Vec::new();
    for _ in 0..5 {
        let mut buf = vec![0; size];
        decoder.read_frame(&mut buf).expect("a frame");
        frames.push(buf);
    }
    assert_ne!(
        frames[0], frames[4],
        "the map moves from the first day to the last"
    );
    assert_eq!(
        frames[0].len(),
        960 * 540 * 3,
        "no alpha: every pixel drawn"
    );
}

#[test]
fn an_existing_file_is_kept_without_force_and_replaced_with_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.gif");
    std::fs::write(&out, b"my earlier animation").expect("writes");
    let o = animate(&out, &[]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
    assert_eq!(std::fs::read(&out).expect("kept"), b"my earlier animation");
    let o = animate(&out, &["--force"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::read(&out).expect("written").starts_with(b"GIF89a"));
}

#[test]
fn a_bad_extension_size_or_day_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.mp4");
    let o = animate(&out, &[]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(".gif") && stderr.contains(".apng") && stderr.contains(".webp"),
        "{stderr}"
    );
    let gif = dir.path().join("map.gif");
    for extra in [
        &["--size", "400x300"][..],
        &["--to", "9999"],
        &["--from", "300", "--to", "200"],
    ] {
        let o = animate(&gif, extra);
        assert_eq!(
            o.status.code(),
            Some(2),
            "{extra:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("reads").collect();
    assert!(
        left.is_empty(),
        "nothing written, no temporary file left: {left:?}"
    );
}
