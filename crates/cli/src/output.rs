//! What every CSV shares: the provenance header, the columns of a day, writing to a file
//! atomically or to standard output, and the progress bar.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use super::exit;
use gz_core::report::Provenance;
pub use gz_core::report::{
    csv_io, day_columns, day_row, number, write_days, write_lines, write_summary,
};
use gz_core::say;
use gz_core::scenario::{
    Access, Backup, LoadError, SaveError, Scenario, Target, read_file, resolve_target,
    write_streaming,
};

/// A scenario with what the header needs to name it: its file and the file's hash.
pub struct Loaded {
    pub scenario: Scenario,
    pub provenance: Provenance,
}

impl Loaded {
    /// Reads and checks a scenario; prints its problems and returns the exit code on failure.
    pub fn read(path: &Path) -> Result<Self, u8> {
        let report = |e: &LoadError| {
            for line in e.lines() {
                say!("{line}");
            }
            exit::INVALID
        };
        // Read once: the hash describes exactly the bytes that were parsed.
        let text = read_file(path).map_err(|e| report(&e))?;
        let scenario =
            Scenario::from_ron_str(&text, &path.display().to_string()).map_err(|e| report(&e))?;
        Ok(Self {
            provenance: Provenance::of_text(&scenario, path, &text)
                .with_notes(gz_i18n::csv::notes(scenario.model)),
            scenario,
        })
    }

    /// What every command that reads a scenario and writes a table does first: refuses an
    /// output that is the scenario itself, then reads the scenario.
    pub fn for_output(path: &Path, out: Option<&Path>) -> Result<Self, u8> {
        check_output(out, path, "the scenario file")?;
        Self::read(path)
    }

    /// The comment lines that open every CSV; `job` describes the run.
    #[must_use]
    pub fn header(&self, job: &str) -> Vec<String> {
        self.provenance.header(job)
    }
}

/// Refuses an output path that is an input (the scenario, or a shard being merged): a typo must
/// not replace the input with the output.
pub fn check_output(out: Option<&Path>, input: &Path, what: &str) -> Result<(), u8> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    match out {
        Some(out) if same(out, input) => {
            say!(
                "{}: the output is {what} itself; choose another name",
                out.display()
            );
            Err(exit::USAGE)
        }
        _ => Ok(()),
    }
}

/// Refuses to replace a file that is already at `out` unless the user said `--force`: a
/// command run twice, or a name typed by mistake, must not silently destroy earlier results.
/// Folders, pipes and devices are not files to protect; writing to them fails later with its
/// own message.
///
/// # Errors
/// The exit code [`exit::OUTPUT`], after saying which file is in the way and what to do.
pub fn refuse_overwrite(out: Option<&Path>, force: bool) -> Result<(), u8> {
    let Some(path) = out else { return Ok(()) };
    if force {
        return Ok(());
    }
    // A link to a file protects the file it points to.
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {
            say!(
                "{}: already exists; add --force to replace it, or choose another name",
                path.display()
            );
            Err(exit::OUTPUT)
        }
        _ => Ok(()),
    }
}

/// Writes to `out` (atomically) or to standard output, and turns the outcome into an exit code.
/// A job that stops because the user or the cluster interrupted it returns an error of kind
/// `Interrupted`: the file is then not written (the previous one, if any, is untouched).
pub fn write_output(
    out: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> u8 {
    write_output_as(out, "CSV", write)
}

/// [`write_output`] for a file that is not a CSV: `what` names it in messages.
pub fn write_output_as(
    out: Option<&Path>,
    what: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> u8 {
    let Some(path) = out else {
        let stdout = std::io::stdout();
        let mut lock = std::io::BufWriter::new(stdout.lock());
        return match write(&mut lock).and_then(|()| lock.flush()) {
            Ok(()) => exit::OK,
            // A reader that stops early (`| head`) is not an error of ours.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => super::interrupt::report(None),
            Err(e) => {
                say!("standard output: cannot write the {what}: {e}");
                exit::OUTPUT
            }
        };
    };
    if let Ok(Target::ThroughLink { link, target }) = resolve_target(path) {
        say!(
            "{}: is a link; writing its target {} (the link stays)",
            link.display(),
            target.display()
        );
    }
    let result = write_streaming(path, Backup::Skip, Access::Usual, |file| {
        let mut buffered = std::io::BufWriter::new(file);
        write(&mut buffered)?;
        buffered.flush()
    });
    match result {
        Ok(()) => exit::OK,
        // The file's temporary copy is already dropped, and with it removed.
        Err(SaveError::Io { source, .. }) if source.kind() == std::io::ErrorKind::Interrupted => {
            super::interrupt::report(out)
        }
        Err(e) => {
            say!("cannot write the {what}: {e}");
            exit::OUTPUT
        }
    }
}

/// A progress bar on standard error, shown only once a job has taken more than a second.
pub struct Progress {
    bar: indicatif::ProgressBar,
    started: Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    #[must_use]
    pub fn new(total: u64, what: &str) -> Self {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::hidden(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
            "{{bar:40}} {{pos}}/{{len}} {what}, {{eta}} left"
        )) {
            bar.set_style(style);
        }
        Self {
            bar,
            started: Instant::now(),
            shown: std::cell::Cell::new(false),
        }
    }

    pub fn tick(&self) {
        if !self.shown.get() && self.started.elapsed() > Duration::from_secs(1) {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.shown.set(true);
        }
        self.bar.inc(1);
    }

    /// Moves the bar on to `done`, for a job that counts its own progress.
    pub fn advance_to(&self, done: u64) {
        for _ in self.bar.position()..done {
            self.tick();
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
