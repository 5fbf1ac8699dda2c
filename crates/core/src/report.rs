//! What every exported table shares, in the app and on the command line: the provenance
//! header that names the program, scenario and file, and the columns of a day.
//!
//! One module so that a CSV exported from the app and one written by `gaza-zones run` have
//! the same header and the same columns, and a reader can tell which scenario made them.

pub mod dates;
pub mod explain;
pub mod help;
pub mod milestones;
pub mod safe_text;
pub mod sensitivity;

use std::io::Write;
use std::path::Path;

use sha2::{Digest, Sha256};

use safe_text::csv_comment;

use crate::model::ensemble::Summary;
use crate::model::output::FLOWS;
use crate::model::{Category, DayRecord, Reported};
use crate::scenario::Scenario;

/// Which scenario, in which file, with which bytes, made a table or figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub title: String,
    /// The file's name (never its folders: a table shared with others must not tell them
    /// where its author keeps files, nor their user name), or a description such as
    /// "unsaved". With the hash it names the file exactly.
    pub file: String,
    /// SHA-256 of the scenario text, lowercase hex.
    pub sha256: String,
    pub start_date: jiff::civil::Date,
    /// The model version the numbers come from (the file's, not necessarily the newest).
    pub model: crate::model::ModelVersion,
    /// Prose for a reader in another language than English, written as `# note:` lines after
    /// the first: the lines a program reads stay English in every language.
    pub notes: Vec<String>,
}

impl Provenance {
    /// For a scenario read from `file` whose text was exactly `text`.
    #[must_use]
    pub fn of_text(scenario: &Scenario, file: &Path, text: &str) -> Self {
        Self {
            title: one_line(&scenario.meta.title),
            file: file_name(file),
            sha256: sha256_hex(text.as_bytes()),
            start_date: scenario.start_date,
            model: scenario.model,
            notes: Vec::new(),
        }
    }

    /// For a scenario held in memory (the app's, perhaps edited since it was saved). The hash
    /// is of the text the app would save, which for a file the app saved and has not changed
    /// since is the file's own hash, the one `gaza-zones run` reports.
    #[must_use]
    pub fn of_scenario(scenario: &Scenario, file: Option<&Path>, unsaved_edits: bool) -> Self {
        let text = scenario.to_ron_string().unwrap_or_default();
        let file = match (file, unsaved_edits) {
            (Some(path), false) => file_name(path),
            (Some(path), true) => format!("{} (with unsaved edits)", file_name(path)),
            (None, _) => "(not saved to a file)".to_owned(),
        };
        Self {
            title: one_line(&scenario.meta.title),
            file,
            sha256: sha256_hex(text.as_bytes()),
            start_date: scenario.start_date,
            model: scenario.model,
            notes: Vec::new(),
        }
    }

    /// The same, with the hash of the file's own bytes (for a document read from, or saved
    /// to, that file and not edited since): hand-written files keep their comments and layout,
    /// so their hash is not the hash of the text the app would write.
    #[must_use]
    pub fn with_file_digest(mut self, sha256: &[u8; 32]) -> Self {
        self.sha256 = hex(sha256);
        self
    }

    /// "file sha256:0123456789ab": the short source line under a figure.
    #[must_use]
    pub fn short_source(&self) -> String {
        format!(
            "{} sha256:{}",
            self.file,
            self.sha256.get(..12).unwrap_or_default()
        )
    }

    /// The same with `notes` for the reader (see [`Provenance::notes`]).
    #[must_use]
    pub fn with_notes(mut self, notes: Vec<String>) -> Self {
        self.notes = notes;
        self
    }

    /// The comment lines that open every CSV: program, scenario, file and hash, start date,
    /// then `job`, what was computed (mode, seed, runs, sweep, day shown), and the columns'
    /// format ([`CSV_FORMAT_LINE`]); any notes for the reader after the first line.
    #[must_use]
    pub fn header(&self, job: &str) -> Vec<String> {
        let notes = self
            .notes
            .iter()
            .map(|n| format!("# note: {}", csv_comment(n)));
        std::iter::once(format!(
            "# gaza-zones {VERSION}: a what-if model, not a forecast"
        ))
        .chain(notes)
        .chain([
            format!("# scenario: {}", csv_comment(&self.title)),
            format!("# file: {} sha256:{}", csv_comment(&self.file), self.sha256),
            format!("# start_date: {} (day 0)", self.start_date),
            format!("# model: {}", self.model.describe()),
            format!("# {}", csv_comment(job)),
            CSV_FORMAT_LINE.to_owned(),
        ])
        .collect()
    }
}

/// The job line of an ensemble's header; shards of one ensemble, and the app's export of the
/// same ensemble, share it.
#[must_use]
pub fn ensemble_job(seed: u64, runs: u64) -> String {
    format!("mode: Stochastic; seed: {seed}; runs: {runs}")
}

/// The job line of one run; the app's export of a run and `gaza-zones run` share it.
#[must_use]
pub fn single_run_job(mode: crate::model::Mode, seed: u64) -> String {
    format!("mode: {mode:?}; seed: {seed}; runs: 1")
}

/// The version of the CSV columns, which changes when a column's meaning does. Format 1 had
/// no such line; format 2 reports the held gray land apart (`held_km2`, `held_pop`, and
/// `final_held_*` in sweeps), its `gray_*` is gray land outside the line, and the land behind
/// the line, havens included, is `behind_line_km2` (format 1's `held_km2`).
pub const CSV_FORMAT: u32 = 2;

/// The header line naming [`CSV_FORMAT`], with how to get format 1's gray back.
pub const CSV_FORMAT_LINE: &str =
    "# csv format: 2; held gray land is its own category: format 1's gray_* = gray_* + held_*";

/// The program's version, as figures and tables quote it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// The last part of a path, as provenance and the app's messages show it. A file name is not
/// checked like a scenario's text, so control characters in it are written as visible escapes:
/// a figure's SVG must stay well-formed XML and its PNG metadata must not carry terminal
/// commands.
#[must_use]
pub fn file_name(path: &Path) -> String {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    safe_text::for_terminal(&name).replace('\n', "\\u{a}")
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lowercase hex, as SHA-256 digests are written everywhere the program shows one.
#[must_use]
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

pub fn write_lines(out: &mut dyn Write, lines: &[String]) -> std::io::Result<()> {
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Keeps the I/O error's kind (a closed pipe stays a closed pipe).
#[must_use]
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
    columns.extend(category_columns(""));
    columns.extend(["behind_line_km2", "displaced_pop", "returned_pop"].map(String::from));
    columns.extend(
        FLOWS
            .iter()
            .map(|(a, b)| format!("{}_to_{}_km2", a.key(), b.key())),
    );
    columns
}

/// The land then the people of each reporting category, as `{prefix}{category}_km2` and
/// `{prefix}{category}_pop`: the columns of a day, of a governorate and (with `final_`) of a
/// sweep.
#[must_use]
pub fn category_columns(prefix: &str) -> Vec<String> {
    let names = |unit: &'static str| {
        Category::ALL
            .iter()
            .map(move |c| format!("{prefix}{}_{unit}", c.key()))
    };
    names("km2").chain(names("pop")).collect()
}

/// The values of [`category_columns`].
#[must_use]
pub fn category_values(r: &Reported) -> Vec<String> {
    r.area_km2
        .iter()
        .chain(&r.people)
        .map(|&v| number(v))
        .collect()
}

#[must_use]
pub fn day_row(run: Option<u64>, day: usize, r: &DayRecord) -> Vec<String> {
    let mut row = Vec::with_capacity(28);
    if let Some(run) = run {
        row.push(run.to_string());
    }
    row.push(day.to_string());
    row.extend(category_values(&r.reported()));
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

/// One run's days as CSV after `header`: the table `gaza-zones run` writes.
pub fn write_days(
    out: &mut dyn Write,
    header: &[String],
    days: &[DayRecord],
) -> std::io::Result<()> {
    write_lines(out, header)?;
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(day_columns(false)).map_err(csv_io)?;
    for (day, record) in days.iter().enumerate() {
        csv.write_record(day_row(None, day, record))
            .map_err(csv_io)?;
    }
    csv.flush()
}

/// An ensemble's quantiles per day (after any header the caller wrote).
pub fn write_summary(out: &mut dyn Write, summary: &Summary) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    let mut header = vec!["day".to_owned()];
    for quantity in ["km2", "pop"] {
        for c in Category::ALL {
            for q in ["p10", "p50", "p90"] {
                header.push(format!("{}_{quantity}_{q}", c.key()));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unedited_scenario_in_the_app_has_the_hash_the_command_line_reports() {
        let scenario = crate::scenario::default_scenario().expect("bundled");
        let text = scenario.to_ron_string().expect("serialises");
        let path = Path::new("scenarios/x.ron");
        let from_file = Provenance::of_text(&scenario, path, &text);
        let in_app = Provenance::of_scenario(&scenario, Some(path), false);
        assert_eq!(from_file, in_app);
        let edited = Provenance::of_scenario(&scenario, Some(path), true);
        assert!(edited.header("job")[2].contains("unsaved edits"));
    }

    #[test]
    fn the_header_says_what_the_model_is_not() {
        let scenario = crate::scenario::default_scenario().expect("bundled");
        let header = Provenance::of_scenario(&scenario, None, false).header("day 3\nshown");
        assert!(header[0].contains("not a forecast"));
        assert!(header[4].starts_with("# model: "), "{}", header[4]);
        assert_eq!(header[5], "# day 3 shown");
        assert!(header.iter().all(|l| l.starts_with("# ")));
    }

    /// Notes for a reader come after the first line as `# note:` lines, made safe like any
    /// other text, and leave every line a program reads as it was.
    #[test]
    fn notes_follow_the_first_line_and_change_nothing_else() {
        let scenario = crate::scenario::default_scenario().expect("bundled");
        let plain = Provenance::of_scenario(&scenario, None, false).header("job");
        let noted = Provenance::of_scenario(&scenario, None, false)
            .with_notes(vec![
                "نموذج «ماذا لو»".to_owned(),
                "=1+1\nsecond".to_owned(),
            ])
            .header("job");
        assert_eq!(noted[1], "# note: نموذج «ماذا لو»");
        assert!(noted[2].starts_with("# note: ") && !noted[2].contains('\n'));
        let without: Vec<_> = noted
            .into_iter()
            .filter(|l| !l.starts_with("# note:"))
            .collect();
        assert_eq!(without, plain);
    }

    #[test]
    fn the_header_names_the_csv_format_and_the_columns_report_held_land_apart() {
        let scenario = crate::scenario::default_scenario().expect("bundled");
        let header = Provenance::of_scenario(&scenario, None, false).header("job");
        assert_eq!(header.last().map(String::as_str), Some(CSV_FORMAT_LINE));
        assert!(CSV_FORMAT_LINE.starts_with(&format!("# csv format: {CSV_FORMAT};")));
        let columns = day_columns(true);
        let at = |name: &str| columns.iter().position(|c| c == name);
        assert_eq!(columns[..2], ["run", "day"]);
        assert_eq!(
            columns[2..12],
            [
                "red_km2",
                "green_km2",
                "gray_km2",
                "held_km2",
                "blue_km2",
                "red_pop",
                "green_pop",
                "gray_pop",
                "held_pop",
                "blue_pop"
            ]
        );
        assert_eq!(at("behind_line_km2"), Some(12));
        assert_eq!(
            columns.len(),
            day_row(Some(0), 0, &DayRecord::default()).len()
        );
    }
}
