//! `gaza-zones link`: the address that opens a scenario file in the web app, for papers,
//! slides and mail. The file travels inside the link byte for byte, so the link opens with the
//! file's own hash and numbers.

use gz_core::scenario::link::fragment_of_file;
use gz_core::scenario::{Scenario, read_file};
use gz_core::{say, tell};

use super::{LinkArgs, exit};

pub fn link(args: &LinkArgs) -> u8 {
    let text = match read_file(&args.file) {
        Ok(text) => text,
        Err(e) => return refuse(&e.lines()),
    };
    let name = gz_core::report::file_name(&args.file);
    // A link to a file the app would refuse helps nobody; say why now, with line and column.
    if let Err(e) = Scenario::from_ron_str(&text, &name) {
        return refuse(&e.lines());
    }
    match fragment_of_file(&text, Some(&name)) {
        Ok(fragment) => {
            tell!("{}#{fragment}", args.site.as_deref().unwrap_or_default());
            exit::OK
        }
        Err(e) => refuse(&[format!("{name}: {e}")]),
    }
}

fn refuse(lines: &[String]) -> u8 {
    for line in lines {
        say!("{line}");
    }
    exit::INVALID
}
