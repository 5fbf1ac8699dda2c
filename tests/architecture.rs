//! The layers of the workspace: the simulation core never depends on a user interface or on
//! drawing, figures never on a window, and the command line and the app are siblings. Cargo
//! already refuses a `use` of a crate that is not a dependency; this test stops anyone adding
//! the dependency itself, directly or through another crate.

use std::process::Command;

/// The names of every crate `package` is built with (normal dependencies, all features).
fn dependencies_of(package: &str) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--all-features",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["--format", "{p}", "-p", package])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    assert!(
        names.len() > 5,
        "cargo tree listed too little for {package}: {names:?}"
    );
    names
}

fn assert_free_of(package: &str, forbidden: &[&str]) {
    let names = dependencies_of(package);
    for name in forbidden {
        assert!(
            !names.iter().any(|n| n == name),
            "{package} depends on {name}, which its layer may not use"
        );
    }
}

#[test]
fn the_core_has_no_user_interface_and_no_drawing() {
    assert_free_of(
        "gz-core",
        &[
            "egui",
            "eframe",
            "egui_plot",
            "winit",
            "rfd",
            "plotters",
            "clap",
            "indicatif",
            "gz-figure",
            "gz-cli",
            "gz-app",
            "gz-assets",
            "geo",
        ],
    );
}

#[test]
fn figures_need_no_window() {
    assert_free_of(
        "gz-figure",
        &[
            "egui",
            "eframe",
            "winit",
            "rfd",
            "clap",
            "gz-cli",
            "gz-app",
            "gz-assets",
            "geo",
        ],
    );
}

#[test]
fn the_command_line_needs_no_window() {
    assert_free_of(
        "gz-cli",
        &[
            "egui",
            "eframe",
            "winit",
            "rfd",
            "gz-app",
            "gz-assets",
            "geo",
        ],
    );
}

#[test]
fn the_app_does_not_reach_into_the_command_line() {
    assert_free_of(
        "gz-app",
        &["gz-cli", "clap", "indicatif", "gz-assets", "geo"],
    );
}

/// Polygon operations (the `geo` crate) belong to the asset builder, which turns the reference
/// data into CSV files once; the program itself reads those files and never needs them.
#[test]
fn only_the_asset_builder_does_polygon_operations() {
    let names = dependencies_of("gz-assets");
    assert!(
        names.iter().any(|n| n == "geo") && names.iter().any(|n| n == "gz-core"),
        "gz-assets is built on gz-core and geo: {names:?}"
    );
    assert_free_of("gaza-zones", &["gz-assets", "geo"]);
}

#[test]
fn the_app_is_where_the_window_is() {
    // Guards the test itself: if `cargo tree` stopped listing names, the checks above would
    // pass vacuously.
    let names = dependencies_of("gz-app");
    assert!(names.iter().any(|n| n == "eframe") && names.iter().any(|n| n == "gz-core"));
}

/// Inside the core, the map knows nothing of the model, scenarios or reports, and the model
/// nothing of scenarios or reports: reports and scenario files are built on the model, never
/// the reverse. Cargo cannot see modules, so this reads the sources.
#[test]
fn the_core_is_layered_map_then_model_then_files_and_reports() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/src");
    let mut found = Vec::new();
    for (layer, forbidden) in [
        ("geo", &["model", "scenario", "report"][..]),
        ("model", &["scenario", "report"][..]),
    ] {
        let files = rust_files(&src.join(layer));
        assert!(files.len() > 3, "too few files under {layer}: {files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source readable");
            let depth = module_depth(file.strip_prefix(&src).expect("under src"));
            for (line, module) in top_level_modules_used(&text, depth) {
                if forbidden.contains(&module.as_str()) {
                    let shown = file
                        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                        .unwrap_or(&file);
                    found.push(format!("{}:{line}: {layer} uses {module}", shown.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "layering broken:\n{}", found.join("\n"));
}

#[test]
fn the_layering_check_sees_every_way_of_naming_a_module() {
    let text = "use crate::report::Provenance;\n\
                // use crate::scenario::Scenario; (a comment)\n\
                use super::super::scenario::Scenario;\n\
                use crate::{geo::Grid, model::{Zone, Rule}};\n\
                let s = \"crate::report\";\n\
                fn f() -> super::sim::Plan { $crate::report::x() }\n";
    // As if in model/explain.rs: two `super`s reach the crate's root.
    let used = top_level_modules_used(text, 2);
    let as_pairs: Vec<(usize, &str)> = used.iter().map(|(l, m)| (*l, m.as_str())).collect();
    assert_eq!(
        as_pairs,
        [
            (1, "report"),
            (3, "scenario"),
            (4, "geo"),
            (4, "model"),
            (6, "report")
        ]
    );
}

fn rust_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .expect("folder readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// How many `super`s lead from a file's module to the crate's root: `model/mod.rs` is 1,
/// `model/sim.rs` 2, `model/rules/table.rs` 3. (A `mod tests` inside a file adds one; such
/// paths are rare enough to be read as the file's own.)
fn module_depth(relative: &std::path::Path) -> usize {
    let parts = relative.components().count();
    if relative.file_stem().is_some_and(|s| s == "mod") {
        parts - 1
    } else {
        parts
    }
}

/// The crate's top-level modules that `text` names, with the line of each: through
/// `crate::x`, `$crate::x`, `crate::{x, y}` or as many `super::` as lead to the root.
/// Comments and string literals are skipped.
fn top_level_modules_used(text: &str, depth: usize) -> Vec<(usize, String)> {
    let code = without_comments_and_strings(text);
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_alphabetic() || c == '_') {
        let word_len = rest[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + word_len];
        let after_word = &rest[start + word_len..];
        let offset = code.len() - rest.len() + start;
        let line = code[..offset].matches('\n').count() + 1;
        let mut path = after_word;
        let at_root = match word {
            "crate" => true,
            "super" => {
                let mut supers = 1;
                while let Some(next) = path.strip_prefix("::super") {
                    supers += 1;
                    path = next;
                }
                supers == depth
            }
            _ => false,
        };
        if at_root && let Some(tail) = path.strip_prefix("::") {
            for module in first_segments(tail) {
                out.push((line, module));
            }
        }
        rest = path;
    }
    out
}

/// `report::x` gives `report`; `{geo::Grid, model::{A, B}}` gives `geo` and `model`.
fn first_segments(tail: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = tail.strip_prefix('{') else {
        return vec![ident(tail)];
    };
    let mut out = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(ident(&current));
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(ident(&current));
    out.retain(|m| !m.is_empty() && m != "self");
    out
}

/// `text` with comments and the contents of string literals blanked, lines kept where they were.
fn without_comments_and_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            '"' => {
                out.push(' ');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
            }
            // A character literal (not a lifetime): `'"'` must not open a string.
            '\'' => {
                let ahead: Vec<char> = chars.clone().take(3).collect();
                let length = match ahead.as_slice() {
                    ['\\', _, '\'', ..] => 3,
                    [_, '\'', ..] => 2,
                    _ => 0,
                };
                for _ in 0..length {
                    chars.next();
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}
