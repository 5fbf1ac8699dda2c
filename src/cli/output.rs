//! What every CSV shares: the provenance header, the columns of a day, writing to a file
//! atomically or to standard output, and the progress bar.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::exit;
use crate::model::ensemble::Summary;
use crate::model::output::FLOWS;
use crate::model::{DayRecord, Zone};
use crate::scenario::{LoadError, Scenario, read_file};

/// A scenario with what the header needs to name it: its file and the file's hash.
pub struct Loaded {
    pub scenario: Scenario,
    pub file: PathBuf,
    pub sha256: String,
}

impl Loaded {
    /// Reads and checks a scenario; prints its problems and returns the exit code on failure.
    pub fn read(path: &Path) -> Result<Self, u8> {
        let report = |e: &LoadError| {
            for line in e.lines() {
                eprintln!("{line}");
            }
            exit::INVALID
        };
        // Read once: the hash describes exactly the bytes that were parsed.
        let text = read_file(path).map_err(|e| report(&e))?;
        let scenario =
            Scenario::from_ron_str(&text, &path.display().to_string()).map_err(|e| report(&e))?;
        Ok(Self {
            scenario,
            file: path.to_path_buf(),
            sha256: Sha256::digest(text.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        })
    }

    /// The comment lines that open every CSV: program, scenario, file and hash, start date.
    /// `job` describes the run (mode, seed, runs, sweep); shards add their own line.
    #[must_use]
    pub fn header(&self, job: &str) -> Vec<String> {
        vec![
            format!(
                "# gaza-zones {}: a what-if model, not a forecast",
                env!("CARGO_PKG_VERSION")
            ),
            format!(
                "# scenario: {}",
                self.scenario.meta.title.replace(['\n', '\r'], " ")
            ),
            format!("# file: {} sha256:{}", self.file.display(), self.sha256),
            format!("# start_date: {} (day 0)", self.scenario.start_date),
            format!("# {job}"),
        ]
    }
}

/// Refuses an output path that is the input scenario: a typo must not replace a scenario
/// with a CSV.
pub fn check_output(out: Option<&Path>, input: &Path) -> Result<(), u8> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    match out {
        Some(out) if same(out, input) => {
            eprintln!(
                "{}: --out is the scenario file itself; choose another name",
                out.display()
            );
            Err(exit::USAGE)
        }
        _ => Ok(()),
    }
}

/// Writes to `out` (atomically) or to standard output, and turns the outcome into an exit code.
pub fn write_output(
    out: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> u8 {
    let result = match out {
        Some(path) => write_to_file(path, write),
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            write(&mut lock).and_then(|()| lock.flush())
        }
    };
    match result {
        Ok(()) => exit::OK,
        // A reader that stops early (`| head`) is not an error of ours.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            let target =
                out.map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
            eprintln!("{target}: cannot write the CSV: {e}");
            exit::OUTPUT
        }
    }
}

fn write_to_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    {
        let mut buffered = std::io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered)?;
        buffered.flush()?;
    }
    crate::scenario::keep_permissions(path, temp.as_file())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

pub fn write_lines(out: &mut dyn Write, lines: &[String]) -> std::io::Result<()> {
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Keeps the I/O error's kind (a closed pipe stays a closed pipe).
pub fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// Numbers are written in full (the shortest text that reads back as the same number), so
/// that shards merged and summarised later give exactly the numbers of a whole run.
#[must_use]
pub fn number(v: f64) -> String {
    format!("{v}")
}

#[must_use]
pub fn day_columns(with_run: bool) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    if with_run {
        columns.push("run".into());
    }
    columns.push("day".into());
    columns.extend(Zone::ALL.iter().map(|z| format!("{}_km2", z.key())));
    columns.extend(Zone::ALL.iter().map(|z| format!("{}_pop", z.key())));
    columns.extend(["held_km2", "displaced_pop", "returned_pop"].map(String::from));
    columns.extend(
        FLOWS
            .iter()
            .map(|(a, b)| format!("{}_to_{}_km2", a.key(), b.key())),
    );
    columns
}

#[must_use]
pub fn day_row(run: Option<u64>, day: usize, r: &DayRecord) -> Vec<String> {
    let mut row = Vec::with_capacity(26);
    if let Some(run) = run {
        row.push(run.to_string());
    }
    row.push(day.to_string());
    row.extend(r.area_km2.iter().map(|&v| number(v)));
    row.extend(r.people.iter().map(|&v| number(v)));
    row.push(number(r.held_km2));
    row.push(number(r.people_displaced));
    row.push(number(r.people_returned));
    row.extend(
        FLOWS
            .iter()
            .map(|(a, b)| number(r.flows_km2[a.index()][b.index()])),
    );
    row
}

pub fn write_summary(out: &mut dyn Write, summary: &Summary) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    let mut header = vec!["day".to_owned()];
    for quantity in ["km2", "pop"] {
        for z in Zone::ALL {
            for q in ["p10", "p50", "p90"] {
                header.push(format!("{}_{quantity}_{q}", z.key()));
            }
        }
    }
    csv.write_record(&header).map_err(csv_io)?;
    for (day, (area, people)) in summary.area_km2.iter().zip(&summary.people).enumerate() {
        let mut row = vec![day.to_string()];
        for b in area.iter().chain(people) {
            row.extend([b.p10, b.p50, b.p90].map(number));
        }
        csv.write_record(&row).map_err(csv_io)?;
    }
    csv.flush()
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

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
