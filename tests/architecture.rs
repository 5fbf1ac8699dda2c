//! The simulation core never depends on the user interface.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_modules_do_not_use_egui_or_eframe() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for part in ["geo", "model", "scenario", "figure", "cli", "report"] {
        rust_files(&src.join(part), &mut files);
    }
    files.push(src.join("report.rs"));
    assert!(files.len() > 10);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for ui in ["egui", "eframe", "rfd", "crate::app"] {
            assert!(!text.contains(ui), "{} mentions {ui}", file.display());
        }
    }
}
