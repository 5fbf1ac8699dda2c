//! gaza-zones: the app with no subcommand, the headless command line with one.

use std::process::ExitCode;

use clap::Parser;
use gaza_zones::cli::{Cli, exit};
use gaza_zones::say;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    if let Some(command) = cli.command {
        // The command line's words (figures, explanations) follow --lang; tables, keys and
        // machine-read lines stay English whatever it says.
        if let Some(lang) = cli.lang {
            gaza_zones::i18n::set_language(lang.language());
        }
        return ExitCode::from(gaza_zones::cli::execute(command));
    }
    open_app(&cli)
}

/// clap's messages quote the arguments as given, and a file name from an archive can carry
/// escape sequences: they are printed through `say!` like every other message. Help and the
/// version are the program's own text and keep clap's styling.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let code = u8::try_from(e.exit_code()).unwrap_or(exit::USAGE);
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
    } else {
        say!("{}", e.render());
    }
    ExitCode::from(code)
}

#[cfg(not(feature = "app"))]
fn open_app(_cli: &Cli) -> ExitCode {
    eprintln!(
        "gaza-zones: this build has no desktop app (built without the `app` feature); \
         use `gaza-zones run` or `gaza-zones validate`"
    );
    ExitCode::from(exit::NO_DISPLAY)
}

#[cfg(feature = "app")]
fn open_app(cli: &Cli) -> ExitCode {
    use gaza_zones::app::compare::{Compared, MAX_COMPARED};
    use gaza_zones::app::document::Document;
    use gaza_zones::app::{Opening, ScreenshotRequest};
    use gaza_zones::cli::ThemeArg;
    use gaza_zones::scenario::default_scenario;

    let opened = match &cli.file {
        Some(path) => Document::open(path),
        None => default_scenario().map(Document::unsaved),
    };
    let (doc, opening_error) = match opened {
        Ok(doc) => (doc, None),
        Err(e) => {
            for line in e.lines() {
                say!("{line}");
            }
            // A screenshot of another scenario would pass for this one; and without a file
            // the default scenario itself failed, which leaves nothing to show.
            if cli.screenshot.is_some() || cli.file.is_none() {
                return ExitCode::from(exit::INVALID);
            }
            // The window opens anyway, on the default scenario, and says what went wrong.
            match default_scenario() {
                Ok(scenario) => (Document::unsaved(scenario), Some(e)),
                Err(_) => return ExitCode::from(exit::INVALID),
            }
        }
    };
    if cli.compare.len() > MAX_COMPARED {
        eprintln!("gaza-zones: --compare can be given at most {MAX_COMPARED} times");
        return ExitCode::from(exit::USAGE);
    }
    let mut compared = Vec::new();
    for path in &cli.compare {
        match Compared::from_path(path) {
            Ok(c) => compared.push(c),
            Err(e) => {
                for line in e.lines() {
                    say!("{line}");
                }
                return ExitCode::from(exit::INVALID);
            }
        }
    }
    if let Some(path) = &cli.screenshot {
        // A picture left by an earlier run must not pass for this one.
        let _ = std::fs::remove_file(path);
    }
    let screenshot = cli
        .screenshot
        .clone()
        .map(|path| ScreenshotRequest::new(path, cli.day, cli.size));
    let look = gaza_zones::app::LookOverride {
        dark: cli.theme.map(|t| t != ThemeArg::Light),
        high_contrast: cli.theme.map(|t| t == ThemeArg::HighContrast),
        colour_blind_safe: cli.colour_blind.then_some(true),
        language: cli.lang.map(gaza_zones::cli::LangArg::language),
    };
    let opening = if cli.present {
        Opening::Presentation
    } else if cli.start_page {
        Opening::StartPage
    } else if cli.file.is_none() && cli.screenshot.is_none() {
        Opening::FirstLaunch
    } else {
        Opening::Map
    };
    if let Err(message) = gaza_zones::app::run(
        doc,
        opening_error,
        screenshot,
        opening,
        look,
        compared,
        cli.difference_map,
    ) {
        say!("gaza-zones: {message}");
        return ExitCode::from(exit::NO_DISPLAY);
    }
    if let Some(path) = &cli.screenshot
        && !path.exists()
    {
        say!(
            "gaza-zones: {}: the screenshot was not written",
            path.display()
        );
        return ExitCode::from(exit::OUTPUT);
    }
    ExitCode::SUCCESS
}
