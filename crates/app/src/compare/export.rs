//! The comparison as CSV: every scenario's daily totals in one long table.
//!
//! Long form, one row per scenario and day with a `scenario` column, rather than one wide row
//! per day with prefixed columns: pandas (`df.groupby("scenario")`, `df.pivot`) and R
//! (`ggplot(aes(colour = scenario))`, `tidyr`) take long tables directly; scenarios with
//! different horizons need no empty cells; and the other columns are exactly those of
//! `gaza-zones run`, so a script written for one run reads each scenario's rows unchanged.
//! A `date` column aligns scenarios whose day 0 differs. Each scenario's provenance header
//! (title, file, SHA-256, start date, mode and seed) comes first, naming its `scenario` key.

use gz_i18n::tr;
use std::io::Write;
use std::path::Path;

use gz_core::model::DayRecord;
use gz_core::model::explain::date_of_day;
use gz_core::report::{self, Provenance};
use gz_core::scenario::{SaveError, Scenario, write_export};

use super::super::{Notice, ZonesApp};

/// One scenario's part of the table.
pub struct ExportedRun<'a> {
    /// The value of the `scenario` column: `current`, `compared_1`, `compared_2`.
    pub key: String,
    pub provenance: Provenance,
    pub scenario: &'a Scenario,
    pub days: &'a [DayRecord],
}

impl ExportedRun<'_> {
    fn job(&self) -> String {
        let mode = format!("{:?}", self.scenario.mode).to_lowercase();
        format!(
            "rows with scenario = {}: one {mode} run, seed {}, days 0-{}",
            self.key, self.scenario.seed, self.scenario.horizon_days
        )
    }
}

/// The table's columns: `scenario`, `day`, `date`, then those of `gaza-zones run` after `day`.
#[must_use]
pub fn columns() -> Vec<String> {
    let mut columns = report::day_columns(false);
    columns.insert(0, "scenario".to_owned());
    columns.insert(2, "date".to_owned());
    columns
}

/// Writes the comparison: a line saying what the file holds, each scenario's provenance
/// header, then the long table.
///
/// # Errors
/// When `out` cannot be written.
pub fn write_comparison_csv(out: &mut dyn Write, runs: &[ExportedRun<'_>]) -> std::io::Result<()> {
    let keys: Vec<&str> = runs.iter().map(|r| r.key.as_str()).collect();
    report::write_lines(
        out,
        &[
            format!(
                "# comparison of {} scenarios, one row per scenario and day; scenario = {}",
                runs.len(),
                keys.join(", ")
            ),
            report::CSV_FORMAT_LINE.to_owned(),
        ],
    )?;
    for run in runs {
        // The columns' format is the table's, named once above.
        let mut header = run.provenance.header(&run.job());
        header.retain(|line| line != report::CSV_FORMAT_LINE);
        report::write_lines(out, &header)?;
    }
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(columns()).map_err(report::csv_io)?;
    for run in runs {
        for (day, record) in run.days.iter().enumerate() {
            let mut row = report::day_row(None, day, record);
            row.insert(0, run.key.clone());
            row.insert(2, iso_date(run.scenario.start_date, day));
            csv.write_record(&row).map_err(report::csv_io)?;
        }
    }
    csv.flush()
}

/// `YYYY-MM-DD` of `day`, or empty past the calendar's end.
fn iso_date(start: jiff::civil::Date, day: usize) -> String {
    u32::try_from(day)
        .ok()
        .and_then(|day| date_of_day(start, day))
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// Writes the comparison to `path` atomically: the old file stays whole if anything fails.
///
/// # Errors
/// When the file cannot be written.
pub fn write_comparison_file(path: &Path, runs: &[ExportedRun<'_>]) -> Result<(), SaveError> {
    write_export(path, |bytes| write_comparison_csv(bytes, runs))
}

impl ZonesApp {
    /// The current scenario and each compared one, as the CSV holds them.
    #[must_use]
    pub fn exported_runs(&self) -> Vec<ExportedRun<'_>> {
        let mut runs = vec![ExportedRun {
            key: "current".to_owned(),
            provenance: self.open.doc.provenance(),
            scenario: self.open.doc.scenario(),
            days: &self.open.run().days,
        }];
        for (i, c) in self.comparison.compared.iter().enumerate() {
            runs.push(ExportedRun {
                key: format!("compared_{}", i + 1),
                provenance: c.provenance.clone(),
                scenario: &c.scenario,
                days: &c.run.days,
            });
        }
        runs
    }

    /// Writes the comparison CSV to `path`, as Export does after its dialog.
    pub fn export_comparison_to(&mut self, path: &Path) {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            self.notice = Some(Notice::Error(tr!(
                "notice-csv-name-wanted",
                path = path.display().to_string()
            )));
            return;
        }
        let result = write_comparison_file(path, &self.exported_runs());
        self.notice = Some(match result {
            Ok(()) => Notice::Info(tr!(
                "notice-comparison-exported",
                path = path.display().to_string()
            )),
            Err(e) => Notice::Error(format!(
                "{e}\n{}",
                tr!("notice-nothing-written-try-another-folder")
            )),
        });
    }
}

pub(super) fn export_with_dialog(app: &mut ZonesApp) {
    if app.comparison.compared.is_empty() {
        app.notice = Some(Notice::Info(tr!("notice-nothing-to-compare-export")));
        return;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(path) = rfd::FileDialog::new()
        .add_filter("CSV table", &["csv"])
        .set_title(tr!("dialog-export-comparison"))
        .set_file_name("comparison.csv")
        .save_file()
    {
        app.export_comparison_to(&path);
    }
    #[cfg(target_arch = "wasm32")]
    app.export_as_download(
        &crate::export::ExportSettings {
            what: crate::export::ExportWhat::CompareCsv,
            ..crate::export::ExportSettings::default()
        },
        "comparison.csv",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::scenario::Bundled;

    #[test]
    fn the_table_is_long_with_a_header_block_per_scenario() {
        let load = |name| {
            Bundled::named(name)
                .expect("bundled")
                .load()
                .expect("loads")
        };
        let a = load("stalled_phase_two.ron");
        let mut b = load("full_phase_two.ron");
        b.horizon_days = 10;
        b.start_date = jiff::civil::date(2026, 1, 1);
        let days = [
            super::super::run_with_cells(&a).days,
            super::super::run_with_cells(&b).days,
        ];
        let scenarios = [a, b];
        let exported: Vec<ExportedRun<'_>> = scenarios
            .iter()
            .zip(&days)
            .enumerate()
            .map(|(i, (scenario, days))| ExportedRun {
                key: format!("k{i}"),
                provenance: Provenance::of_scenario(scenario, Some(Path::new("x.ron")), false),
                scenario,
                days,
            })
            .collect();
        let mut out = Vec::new();
        write_comparison_csv(&mut out, &exported).expect("written");
        let text = String::from_utf8(out).expect("utf-8");
        let comments: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(comments.len(), 2 + 2 * 6, "{comments:#?}");
        assert_eq!(comments[1], report::CSV_FORMAT_LINE);
        assert!(comments[3].contains(&scenarios[0].meta.title));
        assert!(comments[9].contains(&scenarios[1].meta.title));
        assert!(comments[13].contains("scenario = k1"));
        assert!(comments[13].contains("days 0-10"));

        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(&header[0], "scenario");
        assert_eq!(&header[1], "day");
        assert_eq!(&header[2], "date");
        assert_eq!(header.len(), columns().len());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(
            rows.len(),
            days[0].len() + 11,
            "each scenario to its own horizon"
        );
        assert_eq!(&rows[0][0], "k0");
        assert_eq!(&rows[0][2], "2025-11-17");
        let first_b = &rows[days[0].len()];
        assert_eq!(&first_b[0], "k1");
        assert_eq!(&first_b[2], "2026-01-01");
        assert_eq!(&rows[days[0].len() + 10][2], "2026-01-11");
        // The numbers read back exactly.
        let red_pop = header.iter().position(|h| h == "red_pop").expect("red_pop");
        let value: f64 = rows[days[0].len() + 5][red_pop].parse().expect("number");
        assert_eq!(value, days[1][5].people[0]);
    }
}
