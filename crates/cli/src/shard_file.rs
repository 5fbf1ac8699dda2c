//! Reading one shard CSV for `merge`, trusting nothing: the file must be a regular file under
//! a size derived from the caps, its header is parsed by key, its columns are found by name,
//! and every row is checked (numbers as this program writes them, in range, runs and days in
//! order and complete) before it is handed on. Rows are streamed: memory does not grow with
//! the file.
//!
//! Checking a row is most of `merge`'s work, so it is done once: the first reading hashes every
//! byte it checks and notes whether the rows are exactly the bytes `merge` writes for them, and
//! then [`copy_rows`] copies them unread, refusing if the file is no longer those bytes.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::Xxh3;

use super::header::{self, Header, Job, LAST_DAY, whole_number};
use super::number_form::{plain_value, whole_value};
use gz_core::geo::Grid;
use gz_core::model::population::STRIP_PEOPLE_END_2025;
use gz_core::report::{day_columns, number};
use gz_core::scenario::{NotOpened, open_regular};

/// Most bytes one row of a shard takes, on average, with a wide margin: rows of an ensemble
/// are about 125 to 300 bytes, rows of a sweep less.
const ROW_BYTES_BUDGET: u64 = 512;

/// The largest shard accepted: every run of the largest ensemble (10,000 runs of 3,651 days)
/// at `ROW_BYTES_BUDGET` a row, plus room for the header: about 18.7 GB. Larger files are
/// refused before they are read.
pub const MAX_SHARD_BYTES: u64 =
    gz_core::scenario::MAX_RUNS * (LAST_DAY + 1) * ROW_BYTES_BUDGET + (1 << 20);

/// The longest line accepted. A valid row is far shorter, but a number can in principle be
/// written with a few hundred digits, so the limit leaves room for that.
pub const MAX_LINE_BYTES: u64 = 16 * 1024;

/// Most comment lines a header may have (this program writes at most a dozen).
pub const MAX_HEADER_LINES: usize = 64;

/// How often the row loop looks at the interrupt flag.
const ROWS_BETWEEN_INTERRUPT_CHECKS: u64 = 4096;

/// The piece [`copy_rows`] reads and writes at a time (and looks at the interrupt flag).
const COPY_CHUNK_BYTES: usize = 256 * 1024;

/// What is wrong with a shard: its path as the user gave it, the line, and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {what}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ShardProblem {
    pub file: PathBuf,
    pub line: Option<u64>,
    pub what: String,
}

/// Why [`copy_rows`] stopped: the shard's problem, or the output's.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("{0}")]
    Shard(#[from] ShardProblem),
    #[error("{0}")]
    Out(std::io::Error),
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

/// One checked row.
pub struct Row<'a> {
    record: &'a csv::ByteRecord,
    order: &'a [usize],
    /// The run it belongs to (ensembles).
    pub run: u64,
}

impl<'a> Row<'a> {
    /// Field `i` in the order of [`columns_of`] (checked, so plain ASCII).
    #[must_use]
    pub fn field(&self, i: usize) -> &'a [u8] {
        let (record, order) = (self.record, self.order);
        order
            .get(i)
            .and_then(|&at| record.get(at))
            .unwrap_or_default()
    }

    /// The fields in the order of [`columns_of`].
    pub fn fields(&self) -> impl Iterator<Item = &'a [u8]> + use<'a> {
        let record = self.record;
        self.order
            .iter()
            .map(move |&at| record.get(at).unwrap_or_default())
    }
}

/// What reading a whole shard found: what the second pass needs to copy its rows unread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scan {
    /// The runs' length (ensembles); `None` when the shard holds no runs.
    pub days_per_run: Option<u64>,
    /// The bytes that were read and checked, header included.
    pub fingerprint: Fingerprint,
    /// Where the rows start, when they are byte for byte what `merge` writes for them
    /// (columns in the job's order, nothing quoted, every line ended by `\n`): they can then
    /// be copied as they are. `None` when `merge` must write them anew.
    pub rows_copy_from: Option<u64>,
}

/// A file's length and the XXH3-128 hash of its bytes: a file changed in any byte between two
/// readings is told apart (all but certainly; it guards against accidents, not forgers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub bytes: u64,
    pub xxh3: u128,
}

/// An open shard, its header read, positioned at its columns line.
pub struct ShardFile {
    pub path: PathBuf,
    pub header: Header,
    header_lines: u64,
    /// The header's bytes and line breaks, to tell where the rows start.
    header_bytes: u64,
    header_line_breaks: u64,
    csv: csv::Reader<BufReader<LineLimit<File>>>,
}

impl ShardFile {
    /// Opens `path` after checking that it is a regular file of at most [`MAX_SHARD_BYTES`],
    /// and reads its header.
    ///
    /// # Errors
    /// A [`ShardProblem`] naming the file and what is wrong.
    pub fn open(path: &Path) -> Result<Self, ShardProblem> {
        let (file, meta) = open_shard(path)?;
        let size = meta.len();
        if size == 0 {
            return Err(at(
                path,
                None,
                "the file is empty; give the CSV the shard's job wrote",
            ));
        }
        let mut reader = BufReader::new(LineLimit::new(file, size));
        let read = read_header(path, &mut reader)?;
        let header = header::parse(&read.lines).map_err(|p| at(path, Some(p.line), p.what))?;
        let csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .from_reader(reader);
        Ok(Self {
            path: path.to_path_buf(),
            header,
            header_lines: read.lines.len() as u64,
            header_bytes: read.bytes,
            header_line_breaks: read.line_breaks,
            csv,
        })
    }

    /// Checks every row and hands each to `sink`. `days_per_run` is the runs' length when
    /// known (from an earlier pass or shard).
    ///
    /// # Errors
    /// The first bad row, by line; `sink`'s own problem; [`INTERRUPTED`] once `interrupted`
    /// says so.
    pub fn rows(
        &mut self,
        days_per_run: Option<u64>,
        interrupted: &dyn Fn() -> bool,
        mut sink: impl FnMut(Row<'_>) -> Result<(), ShardProblem>,
    ) -> Result<Scan, ShardProblem> {
        let path = self.path.clone();
        let expected = columns_of(&self.header.job);
        let mut names = csv::StringRecord::new();
        let columns_line = self.header_lines + 1;
        let got = self
            .csv
            .read_record(&mut names)
            .map_err(|e| self.csv_problem(&e, columns_line))?;
        if !got {
            return Err(at(
                &path,
                Some(columns_line),
                "no columns line after the header",
            ));
        }
        let order =
            column_order(&names, &expected).map_err(|w| at(&path, Some(columns_line), w))?;
        let columns_bytes = written_bytes(names.as_byte_record());
        let mut cells = Cells::new(&expected, &order);
        let mut order_check = Order::new(&self.header, days_per_run);
        // Two records, swapped each row: a cell the same as the row before it was just checked.
        let mut record = csv::ByteRecord::new();
        let mut previous = csv::ByteRecord::new();
        let mut line = columns_line;
        let (mut rows_bytes, mut records) = (columns_bytes, 1_u64);
        let mut count = 0_u64;
        loop {
            count += 1;
            if count.is_multiple_of(ROWS_BETWEEN_INTERRUPT_CHECKS) && interrupted() {
                return Err(at(&path, None, INTERRUPTED));
            }
            let got = self
                .csv
                .read_byte_record(&mut record)
                .map_err(|e| self.csv_problem(&e, line + 1))?;
            if !got {
                break;
            }
            line = self.header_lines + record.position().map_or(0, csv::Position::line);
            #[cfg(test)]
            tests::ROWS_CHECKED.with(|n| n.set(n.get() + 1));
            rows_bytes += written_bytes(&record);
            records += 1;
            let before = (records > 2).then_some(&previous);
            let place = cells
                .check(&record, before)
                .map_err(|w| at(&path, Some(line), w))?;
            let run = order_check
                .next(&place)
                .map_err(|w| at(&path, Some(line), w))?;
            sink(Row {
                record: &record,
                order: &order,
                run,
            })?;
            std::mem::swap(&mut record, &mut previous);
        }
        let limit = self.csv.get_ref().get_ref();
        // A file cut inside the last number of its last row still has whole rows; only the
        // missing line break shows it.
        if limit.line_bytes != 0 {
            return Err(at(
                &path,
                Some(line),
                "the last line has no line break: the file was cut short (a job that did not finish, or a copy that stopped); run that shard again",
            ));
        }
        let fingerprint = limit.fingerprint();
        // The rows are what `merge` writes for them when the bytes after the header are just
        // the fields, a comma between each and a `\n` after each record: a quote, a blank line or
        // a `\r` would add bytes or take the place of a `\n`.
        let verbatim = order.iter().enumerate().all(|(i, &at)| i == at)
            && fingerprint.bytes.checked_sub(self.header_bytes) == Some(rows_bytes)
            && limit.line_breaks.checked_sub(self.header_line_breaks) == Some(records);
        Ok(Scan {
            days_per_run: order_check.finish().map_err(|w| at(&path, Some(line), w))?,
            fingerprint,
            rows_copy_from: verbatim.then_some(self.header_bytes + columns_bytes),
        })
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

/// Opens a shard that is a regular file (never a pipe or device, which would block or never
/// end) of at most [`MAX_SHARD_BYTES`].
fn open_shard(path: &Path) -> Result<(File, std::fs::Metadata), ShardProblem> {
    let (file, meta) = open_regular(path).map_err(|e| match e {
        NotOpened::Io(e) => at(path, None, format!("cannot read: {e}")),
        NotOpened::NotRegular(kind) => {
            let what = if kind.is_dir() {
                "a folder"
            } else {
                "not a regular file (a pipe, FIFO, socket or device)"
            };
            at(
                path,
                None,
                format!("is {what}; give the shard CSV files themselves"),
            )
        }
    })?;
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
    Ok((file, meta))
}

/// The comment lines at the top, and the bytes and line breaks they take.
struct HeaderRead {
    /// Without their line ends.
    lines: Vec<String>,
    bytes: u64,
    line_breaks: u64,
}

fn read_header(path: &Path, reader: &mut impl BufRead) -> Result<HeaderRead, ShardProblem> {
    let mut lines = Vec::new();
    let (mut read, mut line_breaks) = (0, 0);
    loop {
        let next = reader
            .fill_buf()
            .map_err(|e| at(path, Some(lines.len() as u64 + 1), e.to_string()))?;
        if next.first() != Some(&b'#') {
            return Ok(HeaderRead {
                lines,
                bytes: read,
                line_breaks,
            });
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
        read += bytes.len() as u64;
        line_breaks += u64::from(bytes.last() == Some(&b'\n'));
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
                .ok_or_else(|| {
                    // Format 1 had neither: name the likely cause.
                    let since_format_2 = e.contains("held_") || e == "behind_line_km2";
                    let hint = if since_format_2 {
                        "; shards written before CSV format 2 lack it: make them again with this version"
                    } else {
                        ""
                    };
                    format!("the column `{e}` is missing{hint}")
                })
        })
        .collect()
}

/// Bytes `merge` writes for a record: its fields, a comma between each, a line break.
fn written_bytes(record: &csv::ByteRecord) -> u64 {
    (record.as_slice().len() + record.len()) as u64
}

/// Where a row belongs: its run, day and step, and its sweep value as written.
struct Place<'a> {
    run: u64,
    day: u64,
    step: u64,
    value: &'a [u8],
}

/// Checks the cells of each row, by the kind of its column.
struct Cells<'a> {
    kinds: Vec<Cell>,
    /// The columns' names, for messages.
    names: &'a [String],
    /// Where each of them is in the file.
    order: &'a [usize],
    /// Where the first run, day, step and value columns are in the file.
    place_at: [Option<usize>; 4],
    bounds: Bounds,
}

impl<'a> Cells<'a> {
    fn new(names: &'a [String], order: &'a [usize]) -> Self {
        let kinds: Vec<Cell> = names.iter().map(|c| cell_kind(c)).collect();
        let at = |kind: Cell| {
            kinds
                .iter()
                .position(|&k| k == kind)
                .and_then(|i| order.get(i).copied())
        };
        Self {
            place_at: [Cell::Run, Cell::Day, Cell::Step, Cell::Value].map(at),
            kinds,
            names,
            order,
            bounds: Bounds::new(),
        }
    }

    /// Checks every cell of `record`; `previous` is the row before it, already checked. Most
    /// cells pass a fast test that is never wrong when it says yes; the others get the whole
    /// check, which gives the reason for a wrong cell.
    fn check<'r>(
        &mut self,
        record: &'r csv::ByteRecord,
        previous: Option<&csv::ByteRecord>,
    ) -> Result<Place<'r>, String> {
        let mut text_checked = false;
        for ((&at, &kind), name) in self.order.iter().zip(&self.kinds).zip(self.names) {
            let bytes = record.get(at).unwrap_or_default();
            let day = |text: &[u8]| whole_value(text).is_some_and(|d| d <= LAST_DAY);
            let passes = match kind {
                Cell::Run | Cell::Step => whole_value(bytes).is_some(),
                Cell::Day => day(bytes),
                Cell::Value => bytes.is_ascii(),
                // The same cell of the row before passed, and the check depends only on the
                // column's kind and the text.
                _ if previous.and_then(|p| p.get(at)) == Some(bytes) => true,
                Cell::MaybeDay => bytes.is_empty() || day(bytes),
                Cell::Km2 | Cell::People | Cell::PeopleSoFar => {
                    plain_value(bytes).is_some_and(|v| v <= self.bounds.limit(kind))
                }
            };
            if passes {
                continue;
            }
            // As before this fast test: a row that is not text is refused as such first.
            if !text_checked {
                let ascii = record.as_slice().is_ascii();
                if !ascii && record.iter().any(|f| std::str::from_utf8(f).is_err()) {
                    return Err("not UTF-8 text".to_owned());
                }
                text_checked = true;
            }
            let text = std::str::from_utf8(bytes).unwrap_or_default();
            self.bounds
                .check(kind, text)
                .map_err(|w| format!("column {name}: {w}"))?;
        }
        let field = |at: Option<usize>| at.and_then(|at| record.get(at)).unwrap_or_default();
        let whole = |at: Option<usize>| whole_value(field(at)).unwrap_or_default();
        Ok(Place {
            run: whole(self.place_at[0]),
            day: whole(self.place_at[1]),
            step: whole(self.place_at[2]),
            value: field(self.place_at[3]),
        })
    }
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

    /// The largest value of a column of numbers (infinite for the others).
    fn limit(&self, kind: Cell) -> f64 {
        match kind {
            Cell::Km2 => self.km2,
            Cell::People => self.people,
            Cell::PeopleSoFar => self.people_so_far,
            _ => f64::INFINITY,
        }
    }

    /// The whole check of a cell, with the reason when it is wrong.
    fn check(&mut self, kind: Cell, text: &str) -> Result<(), String> {
        match kind {
            Cell::Run | Cell::Step => return whole(text, u64::MAX).map(|_| ()),
            Cell::Day => return whole(text, LAST_DAY).map(|_| ()),
            Cell::MaybeDay if text.is_empty() => return Ok(()),
            Cell::MaybeDay => return whole(text, LAST_DAY).map(|_| ()),
            // Checked against the sweep's own values in `Order`.
            Cell::Value => return Ok(()),
            Cell::Km2 | Cell::People | Cell::PeopleSoFar => {}
        }
        let limit = self.limit(kind);
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
            } => gz_core::model::sensitivity::values(from, to, steps)
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
    fn next(&mut self, place: &Place<'_>) -> Result<u64, String> {
        match self.job {
            Job::Ensemble { .. } => self.next_day(place.run, place.day),
            Job::Sweep { runs, steps, .. } => {
                let (step, run) = (place.step, place.run);
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
                let expected = self.values.get(step as usize).map_or("", String::as_str);
                if place.value != expected.as_bytes() {
                    return Err(format!(
                        "step {step} has the value `{}` where the sweep's header gives {expected}",
                        shown(&String::from_utf8_lossy(place.value))
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
/// checked, so a file that is replaced or grows while it is read cannot take memory. Hashes
/// and counts what it passes on.
struct LineLimit<R> {
    inner: R,
    line_bytes: u64,
    left: u64,
    read: u64,
    line_breaks: u64,
    hash: Xxh3,
}

impl<R> LineLimit<R> {
    fn new(inner: R, size: u64) -> Self {
        Self {
            inner,
            line_bytes: 0,
            left: size,
            read: 0,
            line_breaks: 0,
            hash: Xxh3::new(),
        }
    }

    fn fingerprint(&self) -> Fingerprint {
        Fingerprint {
            bytes: self.read,
            xxh3: self.hash.digest128(),
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
        self.read += n as u64;
        let got = &buf[..n];
        self.hash.update(got);
        let mut line_start = 0;
        let too_long = |line_bytes: u64| {
            (line_bytes > MAX_LINE_BYTES).then(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("a line longer than {MAX_LINE_BYTES} bytes: not a shard of gaza-zones"),
                )
            })
        };
        for line_end in memchr::memchr_iter(b'\n', got) {
            if let Some(e) = too_long(self.line_bytes + (line_end - line_start) as u64) {
                return Err(e);
            }
            self.line_bytes = 0;
            self.line_breaks += 1;
            line_start = line_end + 1;
        }
        self.line_bytes += (n - line_start) as u64;
        if let Some(e) = too_long(self.line_bytes) {
            return Err(e);
        }
        Ok(n)
    }
}

/// Copies the rows of a shard that [`ShardFile::rows`] checked, as they are, to `out`: the file
/// must still be the bytes that were checked (`scan`'s fingerprint), or nothing it copied may be
/// kept.
///
/// # Errors
/// The file cannot be read or is no longer what was checked (then `out` has a part of it and
/// must be thrown away), or [`INTERRUPTED`] once `interrupted` says so: a [`ShardProblem`];
/// `out`'s own problem as it is.
pub fn copy_rows(
    path: &Path,
    scan: &Scan,
    out: &mut dyn Write,
    interrupted: &dyn Fn() -> bool,
) -> Result<(), CopyError> {
    let Some(rows_from) = scan.rows_copy_from else {
        return Err(at(path, None, "its rows cannot be copied as they are").into());
    };
    let changed = || {
        at(
            path,
            None,
            "the file changed while it was being merged; merge again",
        )
    };
    let cannot_read = |e: std::io::Error| at(path, None, format!("cannot read: {e}"));
    // Opened as in `ShardFile::open`: a FIFO put in its place since would block.
    let (mut file, meta) = open_shard(path)?;
    if meta.len() != scan.fingerprint.bytes {
        return Err(changed().into());
    }
    let mut hash = Xxh3::new();
    let mut chunk = vec![0_u8; COPY_CHUNK_BYTES];
    let mut done = 0_u64;
    while done < scan.fingerprint.bytes {
        if interrupted() {
            return Err(at(path, None, INTERRUPTED).into());
        }
        let want = usize::try_from(scan.fingerprint.bytes - done)
            .unwrap_or(usize::MAX)
            .min(chunk.len());
        let n = match file.read(&mut chunk[..want]) {
            Ok(0) => return Err(changed().into()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(cannot_read(e).into()),
        };
        let got = &chunk[..n];
        hash.update(got);
        let skip = usize::try_from(rows_from.saturating_sub(done))
            .unwrap_or(usize::MAX)
            .min(n);
        out.write_all(&got[skip..]).map_err(CopyError::Out)?;
        done += n as u64;
    }
    if hash.digest128() != scan.fingerprint.xxh3 {
        return Err(changed().into());
    }
    Ok(())
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use gz_core::report::VERSION;

    thread_local! {
        /// Rows checked on this thread: `merge` must check each row once.
        pub static ROWS_CHECKED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }

    /// Shard `k` of 2 of a 2-run ensemble of 2 days, every number 0 but one.
    #[must_use]
    pub fn shard_text(k: u64) -> String {
        let run = k - 1;
        let columns = columns_of(&Job::Ensemble { runs: 2 }).join(",");
        let zeros = ",0".repeat(columns.split(',').count() - 3);
        format!(
            "# gaza-zones {VERSION}: a what-if model, not a forecast\n# scenario: T\n\
             # file: t.ron sha256:{}\n# start_date: 2025-11-17 (day 0)\n\
             # mode: Stochastic; seed: 1; runs: 2\n# shard: {k}/2 (runs {run} to {run})\n\
             {columns}\n{run},0,171.38668618274102{zeros}\n{run},1,171.5{zeros}\n",
            "ab".repeat(32)
        )
    }

    fn scan(path: &Path) -> Scan {
        let mut file = ShardFile::open(path).expect("opens");
        file.rows(None, &|| false, |_| Ok(())).expect("valid")
    }

    #[test]
    fn rows_are_copied_as_checked_and_a_file_changed_since_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.csv");
        let text = shard_text(1);
        std::fs::write(&path, &text).expect("written");
        let scan = scan(&path);
        let rows_from = text.find("\n0,0,").expect("rows") + 1;
        assert_eq!(scan.rows_copy_from, Some(rows_from as u64));
        let mut out = Vec::new();
        copy_rows(&path, &scan, &mut out, &|| false).expect("copied");
        assert_eq!(out, &text.as_bytes()[rows_from..]);
        // One digit changed, the length the same: refused.
        std::fs::write(&path, text.replacen("171.5", "171.6", 1)).expect("changed");
        let e = copy_rows(&path, &scan, &mut Vec::new(), &|| false).expect_err("changed");
        assert!(
            e.to_string().contains("changed while it was being merged"),
            "{e}"
        );
        // Grown by a row: refused too.
        std::fs::write(&path, text.clone() + "0,2,0\n").expect("grown");
        assert!(copy_rows(&path, &scan, &mut Vec::new(), &|| false).is_err());
    }

    #[test]
    fn rows_not_written_as_merge_writes_them_are_not_copied() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.csv");
        let text = shard_text(1);
        let columns_line = text.lines().nth(6).expect("columns").to_owned();
        let swapped = columns_line.replacen("run,day", "day,run", 1);
        let mut swapped_rows = vec![];
        for line in text.lines() {
            if line.starts_with("0,") {
                let (run, rest) = line.split_at(1);
                let (day, rest) = rest[1..].split_once(',').expect("day");
                swapped_rows.push(format!("{day},{run},{rest}"));
            }
        }
        let header: String = text.lines().take(6).map(|l| format!("{l}\n")).collect();
        for (what, variant) in [
            ("CRLF", text.replace('\n', "\r\n")),
            ("a quoted cell", text.replacen("\n0,1,", "\n0,\"1\",", 1)),
            ("a blank line", text.replacen("\n0,1,", "\n\n0,1,", 1)),
            (
                "columns in another order",
                format!("{header}{swapped}\n{}\n", swapped_rows.join("\n")),
            ),
        ] {
            std::fs::write(&path, &variant).expect("written");
            assert_eq!(scan(&path).rows_copy_from, None, "{what}");
        }
    }
}
