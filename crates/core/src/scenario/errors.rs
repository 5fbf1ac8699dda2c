//! Load and save errors, and the file access that produces them.

use std::fmt;
use std::io::Read;
use std::path::Path;

use super::{FORMAT_VERSION, MAX_HORIZON_DAYS, MAX_NESTING};

/// One problem found in a scenario, with where it is when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column of the offending text.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what to do.
    pub message: String,
    /// Where in the scenario, e.g. `events[3].day`, for locating it in the text.
    pub path: String,
}

impl Problem {
    #[must_use]
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            position: None,
            message: message.into(),
            path: path.into(),
        }
    }
}

/// Why a scenario could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{name}: cannot read the file: {source}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{name}: the file is {bytes} bytes, over the limit of {limit} bytes for scenario files; is it really a scenario?"
    )]
    TooLarge {
        name: String,
        bytes: u64,
        limit: u64,
    },
    #[error(
        "{name}:{line}:{col}: the file is not UTF-8 text (byte 0x{byte:02X} here); scenario files are RON text, so save it as UTF-8"
    )]
    NotText {
        name: String,
        line: usize,
        col: usize,
        byte: u8,
    },
    #[error(
        "{name}:{line}:{col}: the file ends in the middle of a character, so it is not whole UTF-8 text; was it cut short? Copy or save it again"
    )]
    EndsMidCharacter {
        name: String,
        line: usize,
        col: usize,
    },
    #[error("{name} is not a regular file ({kind}); give a scenario file")]
    NotRegularFile { name: String, kind: &'static str },
    #[error("{name}:{line}:{col}: {message}")]
    Syntax {
        name: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{name}: made with a newer gaza-zones (format version {found}); this is gaza-zones {program}, which reads format version {FORMAT_VERSION}. Update gaza-zones to open it.", program = env!("CARGO_PKG_VERSION"))]
    NewerVersion { name: String, found: u32 },
    #[error("{}", ProblemList { name, problems })]
    Invalid {
        name: String,
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// Every problem as `name:line:col: message`, one per entry.
    #[must_use]
    pub fn lines(&self) -> Vec<String> {
        match self {
            Self::Invalid { name, problems } => {
                let mut lines: Vec<String> = problems
                    .iter()
                    .take(MAX_PROBLEMS_LISTED)
                    .map(|p| one_problem(name, p))
                    .collect();
                lines.extend(more_problems(name, problems.len()));
                lines
            }
            other => vec![other.to_string()],
        }
    }
}

/// Problems listed at most: a hostile file with hundreds of thousands of them would otherwise
/// print tens of megabytes; the first thousand say plenty about what is wrong.
pub const MAX_PROBLEMS_LISTED: usize = 1000;

fn more_problems(name: &str, count: usize) -> Option<String> {
    (count > MAX_PROBLEMS_LISTED).then(|| {
        format!(
            "{name}: and {} more problems, not listed; fix these first, then check again",
            count - MAX_PROBLEMS_LISTED
        )
    })
}

fn one_problem(name: &str, p: &Problem) -> String {
    match p.position {
        Some((line, col)) => format!("{name}:{line}:{col}: {}", p.message),
        None => format!("{name}: {}: {}", p.path, p.message),
    }
}

struct ProblemList<'a> {
    name: &'a str,
    problems: &'a [Problem],
}

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().take(MAX_PROBLEMS_LISTED).enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", one_problem(self.name, p))?;
        }
        if let Some(more) = more_problems(self.name, self.problems.len()) {
            write!(f, "\n{more}")?;
        }
        Ok(())
    }
}

/// Why a scenario could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write the scenario as RON: {0}")]
    Serialise(ron::Error),
    #[error("{path}: cannot save: {source}. The previous file, if any, is unchanged.")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not saved, the scenario has problems: {}", problems.join("; "))]
    Invalid { path: String, problems: Vec<String> },
    #[error("{path}: is a folder, not a file; choose a file name inside it")]
    IsAFolder { path: String },
    #[error("{path}: is {kind}, not a file; nothing was written. Choose a file name")]
    NotAFile { path: String, kind: &'static str },
    #[error(
        "{path}: is a link to {target}, which does not exist; nothing was written. Choose another name, or remove the link"
    )]
    BrokenLink { path: String, target: String },
    #[error("{path}: the folder {folder} does not exist; create it or choose another")]
    NoFolder { path: String, folder: String },
    #[error("{path}: cannot keep the previous version here ({source}); nothing was saved")]
    Backup {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

pub fn read_limited(path: &Path, limit: u64) -> Result<String, LoadError> {
    let name = path.display().to_string();
    let io = |source| LoadError::Io {
        name: name.clone(),
        source,
    };
    let (file, meta) = match open_regular(path) {
        Ok(opened) => opened,
        Err(NotOpened::Io(source)) => return Err(io(source)),
        Err(NotOpened::NotRegular(kind)) => {
            return Err(LoadError::NotRegularFile {
                name,
                kind: kind_of(kind),
            });
        }
    };
    if meta.len() > limit {
        return Err(LoadError::TooLarge {
            name,
            bytes: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    // Read one byte past the limit so that a file growing underneath us is still caught.
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            name,
            bytes: bytes.len() as u64,
            limit,
        });
    }
    String::from_utf8(bytes).map_err(|e| not_text(name, e.as_bytes(), e.utf8_error()))
}

/// Why [`open_regular`] did not open a file.
#[derive(Debug)]
pub enum NotOpened {
    Io(std::io::Error),
    /// A folder, pipe, device or socket, of this type.
    NotRegular(std::fs::FileType),
}

/// Opens a regular file for reading, and nothing else: opening a FIFO waits for a writer,
/// forever if none comes, and a device can stream without end. It looks before opening, opens
/// without waiting in case the path is swapped in between, then checks what was opened.
/// Scenarios, shards and autosaves are all read through it.
pub fn open_regular(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), NotOpened> {
    let meta = std::fs::metadata(path).map_err(NotOpened::Io)?;
    if !meta.is_file() {
        return Err(NotOpened::NotRegular(meta.file_type()));
    }
    let file = open_without_waiting(path).map_err(NotOpened::Io)?;
    let meta = file.metadata().map_err(NotOpened::Io)?;
    if !meta.is_file() {
        return Err(NotOpened::NotRegular(meta.file_type()));
    }
    Ok((file, meta))
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// What a path that is not a regular file is, in a user's words.
fn kind_of(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "not a plain file"
    }
}

/// Where the first byte that is not UTF-8 lies, or that the file stops inside a character.
fn not_text(name: String, bytes: &[u8], e: std::str::Utf8Error) -> LoadError {
    let good = &bytes[..e.valid_up_to()];
    // Everything before the bad byte is valid, so it can be counted as text.
    let good = std::str::from_utf8(good).unwrap_or_default();
    let line = good.matches('\n').count() + 1;
    let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    match e.error_len() {
        None => LoadError::EndsMidCharacter { name, line, col },
        Some(_) => LoadError::NotText {
            name,
            line,
            col,
            byte: bytes.get(e.valid_up_to()).copied().unwrap_or_default(),
        },
    }
}

/// Turns ron's error into `name:line:col: what is wrong (what to do)`.
pub(super) fn syntax_error(name: &str, text: &str, e: &ron::error::SpannedError) -> LoadError {
    use ron::Error as E;
    let message = match &e.code {
        E::ExpectedComma
        | E::InvalidIntegerDigit { .. }
        | E::IntegerOutOfBounds
        | E::ExpectedInteger
            if let Some(hint) = whole_number_hint(text, e) =>
        {
            hint
        }
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown(outer_noun_for_field(outer.as_deref()), found, expected),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown(outer_noun_for_variant(outer.as_deref()), found, expected),
        E::MissingStructField { field, outer } => format!(
            "missing field \"{field}\"{}; add it (see docs/SCENARIO_FORMAT.md)",
            outer
                .as_deref()
                .map(|o| format!(" in {}", describe_type(o)))
                .unwrap_or_default()
        ),
        E::DuplicateStructField { field, .. } => {
            let first = offset_of(text, e.span.start)
                .and_then(|repeat| super::locate::first_copy(text, repeat))
                .map(|(line, col)| format!(" (first at line {line}, column {col})"))
                .unwrap_or_default();
            format!("field \"{field}\" appears twice{first}; keep one")
        }
        // A bad date says itself what is wrong and what to write (see `date`).
        E::Message(message) if message.ends_with(super::date::NOT_A_DATE) => message.clone(),
        E::ExceededRecursionLimit => format!(
            "nested more than {MAX_NESTING} levels deep; scenario files are shallow, so this is not a scenario"
        ),
        E::Eof => {
            "the file ends too early; a bracket or parenthesis is probably not closed".to_owned()
        }
        E::UnclosedBlockComment => "a /* comment */ is not closed".to_owned(),
        E::ExpectedComma => {
            "expected a comma here; separate fields and list items with commas".to_owned()
        }
        other => format!("{other} (check the brackets, commas and quotes near here)"),
    };
    LoadError::Syntax {
        name: name.to_owned(),
        line: e.span.start.line,
        col: e.span.start.col,
        message,
    }
}

/// Fields that hold whole numbers, with what they count and the largest allowed.
const WHOLE_NUMBER_FIELDS: [(&str, &str, u64); 5] = [
    ("horizon_days", " of days", MAX_HORIZON_DAYS as u64),
    ("day", " of days", MAX_HORIZON_DAYS as u64),
    ("over_days", " of days", MAX_HORIZON_DAYS as u64),
    ("seed", "", u64::MAX),
    ("version", "", u32::MAX as u64),
];

/// ron reads `60.0` in a whole-number field as the number 60 followed by a stray `.0`, and
/// asks for a comma; say instead what the field takes.
fn whole_number_hint(text: &str, e: &ron::error::SpannedError) -> Option<String> {
    let offset = offset_of(text, e.span.start)?;
    let (before, after) = text.split_at(offset);
    if matches!(e.code, ron::Error::ExpectedComma)
        && !(after.starts_with(['.', 'e', 'E']) && before.ends_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // Back over the number, the colon and the field's name.
    let number_start = before
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_'))
        .len();
    let name_part = before[..number_start]
        .trim_end()
        .strip_suffix(':')?
        .trim_end();
    let field_start = name_part
        .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_')
        .len();
    let field = &name_part[field_start..];
    let (_, counts, max) = WHOLE_NUMBER_FIELDS.iter().find(|(f, _, _)| *f == field)?;
    let number: &str = text[number_start..]
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_')))
        .next()
        .unwrap_or_default();
    let detail = match e.code {
        ron::Error::ExpectedInteger => ", written as digits without quotes".to_owned(),
        ron::Error::IntegerOutOfBounds if number.starts_with('-') => ", 0 or more".to_owned(),
        ron::Error::IntegerOutOfBounds => format!(" no larger than {max}"),
        _ => match number.split_once('.') {
            Some((whole, _)) if !whole.is_empty() && !whole.starts_with('-') => {
                format!(", without a decimal point or exponent: write {whole}, not {number}")
            }
            _ => ", without a decimal point or exponent".to_owned(),
        },
    };
    Some(format!("{field} takes a whole number{counts}{detail}"))
}

/// Byte offset of ron's 1-based line and column (counted in characters).
fn offset_of(text: &str, at: ron::error::Position) -> Option<usize> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(at.line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line = text.get(line_start..)?;
    let in_line = line
        .char_indices()
        .nth(at.col.checked_sub(1)?)
        .map_or(line.len(), |(i, _)| i);
    Some(line_start + in_line)
}

fn unknown(noun: &str, found: &str, expected: &[&str]) -> String {
    let suggestion = expected
        .iter()
        .map(|c| (strsim::jaro_winkler(found, c), *c))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" (did you mean \"{c}\"?)"));
    match suggestion {
        Some(s) => format!("unknown {noun} \"{found}\"{s}"),
        None => format!(
            "unknown {noun} \"{found}\"; expected one of: {}",
            expected.join(", ")
        ),
    }
}

fn outer_noun_for_field(outer: Option<&str>) -> &'static str {
    match outer {
        Some("DriverValues") => "driver",
        Some("Meta") => "meta field",
        Some("Event") => "event field",
        _ => "field",
    }
}

fn outer_noun_for_variant(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Driver") => "driver",
        Some("Governorate") => "governorate",
        Some("Param") => "parameter",
        Some("Action") => "event kind",
        Some("Area") => "area kind",
        Some("Mode") => "mode",
        Some("Mandate") => "force mandate",
        Some("Governance") => "governance",
        Some("Crossing") => "crossing state",
        _ => "name",
    }
}

fn describe_type(outer: &str) -> String {
    match outer {
        "DriverValues" => "the start block".to_owned(),
        "Scenario" => "the scenario".to_owned(),
        "Meta" => "meta".to_owned(),
        other => other.to_owned(),
    }
}
