//! Load and save errors, and the file access that produces them.

use std::fmt;
use std::io::Read;
use std::path::Path;

use super::{FORMAT_VERSION, MAX_NESTING};

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
    #[error("{name}: the file is not UTF-8 text; scenario files are RON text")]
    NotText { name: String },
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
                problems.iter().map(|p| one_problem(name, p)).collect()
            }
            other => vec![other.to_string()],
        }
    }
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
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", one_problem(self.name, p))?;
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

pub(super) fn read_limited(path: &Path, limit: u64) -> Result<String, LoadError> {
    let name = path.display().to_string();
    let io = |source| LoadError::Io {
        name: name.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    if let Ok(meta) = file.metadata()
        && meta.len() > limit
    {
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
    String::from_utf8(bytes).map_err(|_| LoadError::NotText { name })
}

/// Turns ron's error into `name:line:col: what is wrong (what to do)`.
pub(super) fn syntax_error(name: &str, e: &ron::error::SpannedError) -> LoadError {
    use ron::Error as E;
    let message = match &e.code {
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
            format!("field \"{field}\" appears twice; keep one")
        }
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
