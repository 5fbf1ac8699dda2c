//! Reading one shard CSV for `merge`, trusting nothing: the file must be a regular file under
//! a size derived from the caps, its header is parsed by key, its columns are found by name,
//! and every row is checked (numbers as this program writes them, in range, runs and days in
//! order and complete) before it is handed on. Rows are streamed: memory does not grow with
//! the file.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use super::header::{self, Header, Job, LAST_DAY, whole_number};
use crate::geo::Grid;
use crate::model::population::STRIP_PEOPLE_END_2025;
use crate::report::{day_columns, number};

/// Most bytes one row of a shard takes, on average, with a wide margin: rows of an ensemble
/// are about 125 to 300 bytes, rows of a sweep less.
const ROW_BYTES_BUDGET: u64 = 512;

/// The largest shard accepted: every run of the largest ensemble (10,000 runs of 3,651 days)
/// at `ROW_BYTES_BUDGET` a row, plus room for the header: about 18.7 GB. Larger files are
/// refused before they are read.
pub const MAX_SHARD_BYTES: u64 =
    crate::scenario::MAX_RUNS * (LAST_DAY + 1) * ROW_BYTES_BUDGET + (1 << 20);

/// The longest line accepted. A valid row is far shorter, but a number can in principle be
/// written with a few hundred digits, so the limit leaves room for that.
pub const MAX_LINE_BYTES: u64 = 16 * 1024;

/// Most comment lines a header may have (this program writes at most a dozen).
pub const MAX_HEADER_LINES: usize = 64;

/// How often the row loop looks at the interrupt flag.
const ROWS_BETWEEN_INTERRUPT_CHECKS: u64 = 4096;

/// What is wrong with a shard: its path as the user gave it, the line, and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {what}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ShardProblem {
    pub file: PathBuf,
    pub line: Option<u64>,
    pub what: String,
}

/// Whether a problem is the user's Ctrl+C rather than the file's.
pub const INTERRUPTED: &str = "interrupted";

fn at(file: &Path, line: Option<u64>, what: impl Into<String>) -> ShardProblem {
    ShardProblem {
        file: file.to_path_buf(),
        line,
        what: what.into(),
    }
}

/// The kind of numbers a column holds.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Cell {
    Run,
    Day,
    Step,
    Value,
    /// A day, or empty for "never".
    MaybeDay,
    Km2,
    People,
    /// Counted since day 0: up to everyone, every day.
    PeopleSoFar,
}

fn cell_kind(column: &str) -> Cell {
    match column {
        "run" => Cell::Run,
        "day" | "peak_red_day" => Cell::Day,
        "step" => Cell::Step,
        "value" => Cell::Value,
        "first_day_blue_holds_half" => Cell::MaybeDay,
        "returned_pop" => Cell::PeopleSoFar,
        c if c.ends_with("_pop") => Cell::People,
        _ => Cell::Km2,
    }
}

/// The columns a job's rows have, in the order the whole job writes them.
#[must_use]
pub fn columns_of(job: &Job) -> Vec<String> {
    match job {
        Job::Ensemble { .. } => day_columns(true),
        Job::Sweep { .. } => super::sweep::columns(),
    }
}

/// One row, its fields in the order of [`columns_of`].
pub struct Row<'a> {
    pub fields: &'a [&'a str],
    /// The run it belongs to (ensembles).
    pub run: u64,
}

/// An open shard, its header read, positioned at its columns line.
pub struct ShardFile {
    pub path: PathBuf,
    pub header: Header,
    header_lines: u64,
    csv: csv::Reader<BufReader<LineLimit<File>>>,
}

impl ShardFile {
    /// Opens `path` after checking that it is a regular file of at most [`MAX_SHARD_BYTES`],
    /// and reads its header.
    ///
    /// # Errors
    /// A [`ShardProblem`] naming the file and what is wrong.
    pub fn open(path: &Path) -> Result<Self, ShardProblem> {
        // Checked before opening: opening a FIFO waits for a writer, a device never ends.
        let meta =
            std::fs::metadata(path).map_err(|e| at(path, None, format!("cannot read: {e}")))?;
        check_regular(path, &meta)?;
        let file = File::open(path).map_err(|e| at(path, None, format!("cannot read: {e}")))?;
        let meta = file
            .metadata()
            .map_err(|e| at(path, None, format!("cannot read: {e}")))?;
        check_regular(path, &meta)?;
        let size = meta.len();
        if size == 0 {
            return Err(at(
                path,
                None,
                "the file is empty; give the CSV the shard's job wrote",
            ));
        }
        let mut reader = BufReader::new(LineLimit::new(file, size));
        let lines = read_header(path, &mut reader)?;
        let header = header::parse(&lines).map_err(|p| at(path, Some(p.line), p.what))?;
        let csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .from_reader(reader);
        Ok(Self {
            path: path.to_path_buf(),
            header,
            header_lines: lines.len() as u64,
            csv,
        })
    }

    /// Checks every row and hands each to `sink`, fields in the job's order. `days_per_run`
    /// is the runs' length when known (from an earlier pass or shard); returns the length
    /// found, `None` when the shard holds no runs.
    ///
    /// # Errors
    /// The first bad row, by line; `sink`'s own problem; [`INTERRUPTED`] once `interrupted`
    /// says so.
    pub fn rows(
        &mut self,
        days_per_run: Option<u64>,
        interrupted: &dyn Fn() -> bool,
        mut sink: impl FnMut(Row<'_>) -> Result<(), ShardProblem>,
    ) -> Result<Option<u64>, ShardProblem> {
        let path = self.path.clone();
        let expected = columns_of(&self.header.job);
        let mut record = csv::StringRecord::new();
        let columns_line = self.header_lines + 1;
        let got = self
            .csv
            .read_record(&mut record)
            .map_err(|e| self.csv_problem(&e, columns_line))?;
        if !got {
            return Err(at(
                &path,
                Some(columns_line),
                "no columns line after the header",
            ));
        }
        let order =
            column_order(&record, &expected).map_err(|w| at(&path, Some(columns_line), w))?;
        let kinds: Vec<Cell> = expected.iter().map(|c| cell_kind(c)).collect();
        let mut bounds = Bounds::new();
        let mut order_check = Order::new(&self.header, days_per_run);
        let mut line = columns_line;
        let mut count = 0_u64;
        loop {
            count += 1;
            if count.is_multiple_of(ROWS_BETWEEN_INTERRUPT_CHECKS) && interrupted() {
                return Err(at(&path, None, INTERRUPTED));
            }
            let got = self
                .csv
                .read_record(&mut record)
                .map_err(|e| self.csv_problem(&e, line + 1))?;
            if !got {
                break;
            }
            line = self.header_lines + record.position().map_or(0, csv::Position::line);
            let fields: Vec<&str> = order
                .iter()
                .map(|&i| record.get(i).unwrap_or_default())
                .collect();
            for ((text, kind), column) in fields.iter().zip(&kinds).zip(&expected) {
                bounds
                    .check(*kind, text)
                    .map_err(|w| at(&path, Some(line), format!("column {column}: {w}")))?;
            }
            let run = order_check
                .next(&fields, &kinds)
                .map_err(|w| at(&path, Some(line), w))?;
            sink(Row {
                fields: &fields,
                run,
            })?;
        }
        // A file cut inside the last number of its last row still has whole rows; only the
        // missing line break shows it.
        if self.csv.get_ref().get_ref().line_bytes != 0 {
            return Err(at(
                &path,
                Some(line),
                "the last line has no line break: the file was cut short (a job that did not finish, or a copy that stopped); run that shard again",
            ));
        }
        order_check.finish().map_err(|w| at(&path, Some(line), w))
    }

    fn csv_problem(&self, e: &csv::Error, line_if_unknown: u64) -> ShardProblem {
        let line = e
            .position()
            .map_or(line_if_unknown, |p| self.header_lines + p.line());
        let what = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!(
                "a row of {len} fields where the columns line has {expected_len}: the row is cut short or has extra cells"
            ),
            csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_owned(),
            csv::ErrorKind::Io(io) => io.to_string(),
            _ => e.to_string(),
        };
        at(&self.path, Some(line), what)
    }
}

fn check_regular(path: &Path, meta: &std::fs::Metadata) -> Result<(), ShardProblem> {
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a pipe, FIFO, socket or device)"
        };
        return Err(at(
            path,
            None,
            format!("is {what}; give the shard CSV files themselves"),
        ));
    }
    if meta.len() > MAX_SHARD_BYTES {
        return Err(at(
            path,
            None,
            format!(
                "is {} bytes, more than the largest shard a job can write ({MAX_SHARD_BYTES} bytes); it is not a shard of gaza-zones",
                meta.len()
            ),
        ));
    }
    Ok(())
}

/// The comment lines at the top, without their line ends.
fn read_header(path: &Path, reader: &mut impl BufRead) -> Result<Vec<String>, ShardProblem> {
    let mut lines = Vec::new();
    loop {
        let next = reader
            .fill_buf()
            .map_err(|e| at(path, Some(lines.len() as u64 + 1), e.to_string()))?;
        if next.first() != Some(&b'#') {
            return Ok(lines);
        }
        if lines.len() == MAX_HEADER_LINES {
            return Err(at(
                path,
                Some(lines.len() as u64 + 1),
                format!("more than {MAX_HEADER_LINES} header lines: not a shard of gaza-zones"),
            ));
        }
        let mut bytes = Vec::new();
        reader
            .read_until(b'\n', &mut bytes)
            .map_err(|e| at(path, Some(lines.len() as u64 + 1), e.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| at(path, Some(lines.len() as u64 + 1), "not UTF-8 text"))?;
        lines.push(text.trim_end_matches(['\n', '\r']).to_owned());
    }
}

/// Where each expected column is in the file; the file must have exactly those columns.
fn column_order(record: &csv::StringRecord, expected: &[String]) -> Result<Vec<usize>, String> {
    let names: Vec<&str> = record.iter().collect();
    for (i, name) in names.iter().enumerate() {
        if !expected.iter().any(|e| e == name) {
            return Err(format!(
                "unexpected column `{name}`: a shard has exactly the columns its job writes"
            ));
        }
        if names[..i].contains(name) {
            return Err(format!("the column `{name}` appears twice"));
        }
    }
    expected
        .iter()
        .map(|e| {
            names
                .iter()
                .position(|n| n == e)
                .ok_or_else(|| format!("the column `{e}` is missing"))
        })
        .collect()
}

/// The ranges numbers may take: non-negative and no larger than the Strip allows.
struct Bounds {
    km2: f64,
    people: f64,
    people_so_far: f64,
    /// Room to write a number back, reused for every cell.
    written: String,
}

impl Bounds {
    fn new() -> Self {
        Self {
            // Twice the Strip's land and people: a wide margin, far below any doctored number.
            km2: 2.0 * Grid::strip().total_area_km2(),
            people: 2.0 * STRIP_PEOPLE_END_2025,
            people_so_far: 2.0 * STRIP_PEOPLE_END_2025 * (LAST_DAY + 1) as f64,
            written: String::new(),
        }
    }

    fn check(&mut self, kind: Cell, text: &str) -> Result<(), String> {
        let limit = match kind {
            Cell::Run | Cell::Step => return whole(text, u64::MAX).map(|_| ()),
            Cell::Day => return whole(text, LAST_DAY).map(|_| ()),
            Cell::MaybeDay if text.is_empty() => return Ok(()),
            Cell::MaybeDay => return whole(text, LAST_DAY).map(|_| ()),
            // Checked against the sweep's own values in `Order`.
            Cell::Value => return Ok(()),
            Cell::Km2 => self.km2,
            Cell::People => self.people,
            Cell::PeopleSoFar => self.people_so_far,
        };
        let value: f64 = text
            .parse()
            .map_err(|_| format!("`{}` is not a number", shown(text)))?;
        if !value.is_finite() {
            return Err(format!("`{}` is not a finite number", shown(text)));
        }
        // Numbers are written in their shortest form; anything else (`+3`, `3.0`, ` 3`) was
        // not written by this program.
        self.written.clear();
        // `report::number`'s format, without a new string for every cell.
        let _ = write!(self.written, "{value}");
        debug_assert_eq!(self.written, number(value));
        if self.written != text {
            return Err(format!(
                "`{}` is not written as gaza-zones writes numbers",
                shown(text)
            ));
        }
        if value.is_sign_negative() || value > limit {
            return Err(format!("{text} is outside 0 to {limit}"));
        }
        Ok(())
    }
}

fn whole(text: &str, max: u64) -> Result<u64, String> {
    let n = whole_number(text).ok_or_else(|| {
        format!(
            "`{}` is not a whole number as gaza-zones writes it (digits only, no sign)",
            shown(text)
        )
    })?;
    if n > max {
        return Err(format!("{n} is past the largest possible ({max})"));
    }
    Ok(n)
}

/// A cell's text for a message: short, and without control characters.
fn shown(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .take(40)
        .collect();
    if text.chars().count() > 40 {
        format!("{clean}…")
    } else {
        clean
    }
}

/// The order of rows: every item of the shard's slice, in order, each run's days from 0 to
/// the horizon.
struct Order {
    job: Job,
    slice: std::ops::Range<u64>,
    /// The item expected next.
    next_item: u64,
    /// Ensembles: the run being read and its last day.
    current: Option<(u64, u64)>,
    days_per_run: Option<u64>,
    /// Sweeps: the value at each step, as written.
    values: Vec<String>,
}

impl Order {
    fn new(header: &Header, days_per_run: Option<u64>) -> Self {
        let values = match header.job {
            Job::Sweep {
                from, to, steps, ..
            } => crate::model::sensitivity::values(from, to, steps)
                .into_iter()
                .map(number)
                .collect(),
            Job::Ensemble { .. } => Vec::new(),
        };
        Self {
            job: header.job.clone(),
            slice: header.slice.clone(),
            next_item: header.slice.start,
            current: None,
            days_per_run,
            values,
        }
    }

    fn slice_text(&self) -> String {
        format!(
            "{} {} to {}",
            self.job.item_word(),
            self.slice.start,
            self.slice.end.saturating_sub(1)
        )
    }

    /// Checks the next row's place; returns its run.
    fn next(&mut self, fields: &[&str], kinds: &[Cell]) -> Result<u64, String> {
        let get = |kind: Cell| {
            kinds
                .iter()
                .position(|&k| k == kind)
                .and_then(|i| fields.get(i))
                .and_then(|t| whole_number(t))
                .unwrap_or_default()
        };
        match self.job {
            Job::Ensemble { .. } => self.next_day(get(Cell::Run), get(Cell::Day)),
            Job::Sweep { runs, steps, .. } => {
                let (step, run) = (get(Cell::Step), get(Cell::Run));
                if step >= steps || run >= runs {
                    return Err(format!(
                        "step {step} run {run} is outside the sweep's {steps} steps of {runs} runs"
                    ));
                }
                let item = step * runs + run;
                if item != self.next_item {
                    return Err(self.misplaced(
                        &format!("step {step} run {run}"),
                        item,
                        &format!(
                            "step {} run {}",
                            self.next_item / runs,
                            self.next_item % runs
                        ),
                    ));
                }
                let value = kinds
                    .iter()
                    .position(|&k| k == Cell::Value)
                    .and_then(|i| fields.get(i))
                    .copied()
                    .unwrap_or_default();
                let expected = self.values.get(step as usize).map_or("", String::as_str);
                if value != expected {
                    return Err(format!(
                        "step {step} has the value `{}` where the sweep's header gives {expected}",
                        shown(value)
                    ));
                }
                self.next_item += 1;
                Ok(run)
            }
        }
    }

    fn misplaced(&self, found: &str, item: u64, expected: &str) -> String {
        if self.slice.contains(&item) {
            format!(
                "{found} where {expected} should come: rows are missing, doubled or out of order"
            )
        } else if self.next_item >= self.slice.end {
            format!(
                "{found} after the last of this shard's {}",
                self.slice_text()
            )
        } else {
            format!("{found} is outside this shard's {}", self.slice_text())
        }
    }

    fn next_day(&mut self, run: u64, day: u64) -> Result<u64, String> {
        if let Some((current, last_day)) = self.current
            && run == current
        {
            if day != last_day + 1 {
                return Err(format!(
                    "run {run} has day {day} where day {} should come: a day is missing, doubled or out of order",
                    last_day + 1
                ));
            }
            if let Some(days) = self.days_per_run
                && day >= days
            {
                return Err(format!(
                    "run {run} goes on to day {day}; its other runs end at day {}",
                    days - 1
                ));
            }
            self.current = Some((run, day));
            return Ok(run);
        }
        self.end_run()?;
        if run != self.next_item {
            let expected = if self.next_item < self.slice.end {
                format!("run {}", self.next_item)
            } else {
                "the end of the file".to_owned()
            };
            return Err(self.misplaced(&format!("run {run}"), run, &expected));
        }
        if day != 0 {
            return Err(format!("run {run} starts at day {day}, not day 0"));
        }
        self.current = Some((run, 0));
        self.next_item += 1;
        Ok(run)
    }

    /// The run just read must have every day.
    fn end_run(&mut self) -> Result<(), String> {
        let Some((run, last_day)) = self.current else {
            return Ok(());
        };
        match self.days_per_run {
            None => self.days_per_run = Some(last_day + 1),
            Some(days) if last_day + 1 != days => {
                return Err(format!(
                    "run {run} stops at day {last_day}; runs of this job end at day {}: the shard is cut short or a day is missing",
                    days - 1
                ));
            }
            Some(_) => {}
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Option<u64>, String> {
        if matches!(self.job, Job::Ensemble { .. }) {
            self.end_run()?;
        }
        if self.next_item < self.slice.end {
            let missing = match self.job {
                Job::Ensemble { .. } => format!("run {}", self.next_item),
                Job::Sweep { runs, .. } => {
                    format!(
                        "step {} run {}",
                        self.next_item / runs,
                        self.next_item % runs
                    )
                }
            };
            return Err(format!(
                "the file ends before {missing}; this shard's {} are not all there: it was cut short, run that shard again",
                self.slice_text()
            ));
        }
        Ok(self.days_per_run)
    }
}

/// Refuses lines longer than [`MAX_LINE_BYTES`] and more bytes than the file had when it was
/// checked, so a file that is replaced or grows while it is read cannot take memory.
struct LineLimit<R> {
    inner: R,
    line_bytes: u64,
    left: u64,
}

impl<R> LineLimit<R> {
    fn new(inner: R, size: u64) -> Self {
        Self {
            inner,
            line_bytes: 0,
            left: size,
        }
    }
}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let room = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..room])?;
        self.left -= n as u64;
        for &b in &buf[..n] {
            if b == b'\n' {
                self.line_bytes = 0;
            } else {
                self.line_bytes += 1;
                if self.line_bytes > MAX_LINE_BYTES {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!(
                            "a line longer than {MAX_LINE_BYTES} bytes: not a shard of gaza-zones"
                        ),
                    ));
                }
            }
        }
        Ok(n)
    }
}
