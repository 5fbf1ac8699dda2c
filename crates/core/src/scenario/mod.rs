//! Scenario files: the RON format, loading with errors that point at the text, validation,
//! and saving in a canonical form (so that `save(load(file))` gives back a saved file
//! byte for byte, and a diff between two files shows what changed).

mod atomic;
pub mod date;
mod errors;
pub mod link;
mod locate;
mod validate;

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::model::{DriverValues, Event, Inputs, Mode, ModelVersion, Param, Parameters};

pub use atomic::{
    Access, Backup, Target, backup_path, resolve_target, with_suffix, write_atomically_with,
    write_export, write_private, write_streaming,
};
pub use errors::{LoadError, Problem, SaveError};
pub use errors::{NotOpened, open_regular, read_limited};
pub use validate::{MAX_RADIUS_KM, MAX_STRIKE_INTENSITY, validate};

/// The format version this program writes. Version 2 added `model`; version-1 files are read
/// as version 2 files of model 1, which is what made their numbers.
pub const FORMAT_VERSION: u32 = 2;
/// The date of the published withdrawal-line map: scenarios starting on or after it begin
/// (in model 2 and later) with the cells that map holds.
pub const PUBLISHED_LINE_DATE: Date = jiff::civil::date(2025, 10, 19);
/// Files over this size are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Ten years: far past any plan's timetable, short enough to keep runs quick.
pub const MAX_HORIZON_DAYS: u32 = 3650;
pub const MAX_EVENTS: usize = 2000;
/// Runs in one ensemble.
pub const MAX_RUNS: u64 = 10_000;
/// Characters in one text field (notes may be long; titles should not be).
pub const MAX_TEXT_CHARS: usize = 10_000;
pub const MAX_TITLE_CHARS: usize = 200;
/// RON nesting depth; real scenarios use six levels.
pub const MAX_NESTING: usize = 32;

/// A whole scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub version: u32,
    /// The model version whose data and rules give this file its numbers. Format-1 files have
    /// no such field: they were made with model 1.
    #[serde(default = "model_of_format_1_files")]
    pub model: ModelVersion,
    pub meta: Meta,
    /// Calendar date of day 0, `YYYY-MM-DD` in the file.
    #[serde(with = "date::required")]
    pub start_date: Date,
    pub horizon_days: u32,
    pub seed: u64,
    pub mode: Mode,
    pub start: DriverValues,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Overrides of the rules' parameters; any not named keep their defaults.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parameters: BTreeMap<Param, f64>,
}

/// Who made the scenario, what it is, and what it stands on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub description: String,
    /// When the scenario was written, `YYYY-MM-DD` in the file; `""` there when not given.
    #[serde(default, with = "date::optional")]
    pub created: Option<Date>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            model: ModelVersion::LATEST,
            meta: Meta {
                title: "Untitled scenario".to_owned(),
                ..Meta::default()
            },
            start_date: jiff::civil::date(2025, 11, 17),
            horizon_days: 730,
            seed: 1,
            mode: Mode::Expected,
            start: DriverValues::default(),
            events: Vec::new(),
            parameters: BTreeMap::new(),
        }
    }
}

fn model_of_format_1_files() -> ModelVersion {
    ModelVersion::V1
}

/// Only the version, read first so that a newer file is named as such rather than failing
/// on whatever field it added.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

impl Scenario {
    /// Reads and validates a scenario file.
    ///
    /// # Errors
    /// When the file cannot be read, is too large, is not a valid scenario, or fails a check;
    /// the error names the file, and line and column where it can.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = read_file(path)?;
        Self::from_ron_str(&text, &path.display().to_string())
    }

    /// Parses and validates RON text; `name` is used in messages (usually the file's path).
    ///
    /// # Errors
    /// As [`Scenario::load`].
    pub fn from_ron_str(text: &str, name: &str) -> Result<Self, LoadError> {
        if text.len() as u64 > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                name: name.to_owned(),
                bytes: text.len() as u64,
                limit: MAX_FILE_BYTES,
            });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
        let newer = |version| LoadError::NewerVersion {
            name: name.to_owned(),
            found: version,
        };
        // The version alone is read only when the file does not parse, as a newer file may
        // not: reading it first cost a whole extra parse of every file.
        let mut scenario: Self = match options.from_str(text) {
            Ok(scenario) => scenario,
            Err(e) => {
                return Err(match options.from_str::<VersionOnly>(text) {
                    Ok(VersionOnly { version }) if version > FORMAT_VERSION => newer(version),
                    _ => errors::syntax_error(name, text, &e),
                });
            }
        };
        if scenario.version > FORMAT_VERSION {
            return Err(newer(scenario.version));
        }
        // One shadow parse serves every problem, however many: placing each by parsing
        // again made a file with thousands of problems take minutes.
        let mut locator = locate::Locator::new(text);
        let mut problems = locator.duplicates();
        let mut found = Vec::new();
        if scenario.version >= 2 && !locator.has_top_level_field("model") {
            found.push(Problem::new(
                "version",
                format!(
                    "a version-2 file names the model that makes its numbers: add `model: {},` after the version (or `model: 1,` to keep the numbers of a file written before December 2026)",
                    ModelVersion::LATEST.number()
                ),
            ));
        }
        // The migration from format 1: the same scenario, and model 1 keeps its numbers.
        if scenario.version == 1 {
            scenario.version = FORMAT_VERSION;
        }
        found.extend(validate(&scenario));
        problems.extend(locator.place(found));
        if problems.is_empty() {
            Ok(scenario)
        } else {
            Err(LoadError::Invalid {
                name: name.to_owned(),
                problems,
            })
        }
    }

    /// The canonical text: fixed field order, four-space indent, `\n` line ends on every
    /// platform, non-ASCII text written as it is.
    ///
    /// # Errors
    /// Only if serialisation itself fails, which the types rule out in practice.
    pub fn to_ron_string(&self) -> Result<String, SaveError> {
        let config = ron::ser::PrettyConfig::new()
            .new_line("\n")
            .indentor("    ")
            .escape_strings(false);
        let mut text = ron::ser::to_string_pretty(self, config).map_err(SaveError::Serialise)?;
        text.push('\n');
        Ok(text)
    }

    /// Writes the file atomically: a temporary file beside it, flushed and synced, the old file
    /// kept as `FILE.bak`, then the new one renamed over the target, so that a failure never
    /// leaves a half-written scenario.
    ///
    /// # Errors
    /// When the scenario is not valid, or the folder cannot be written; the old file is then
    /// untouched.
    pub fn save(&self, path: &Path) -> Result<(), SaveError> {
        // Never write a file that loading would refuse.
        let problems = validate(self);
        if !problems.is_empty() {
            return Err(SaveError::Invalid {
                path: path.display().to_string(),
                problems: problems
                    .into_iter()
                    .map(|p| format!("{}: {}", p.path, p.message))
                    .collect(),
            });
        }
        let text = self.to_ron_string()?;
        atomic::write_atomically(path, text.as_bytes())
    }

    /// What the model needs from this scenario.
    #[must_use]
    pub fn inputs(&self) -> Inputs {
        Inputs {
            model: self.model,
            starts_on_published_line: self.start_date >= PUBLISHED_LINE_DATE,
            horizon_days: self.horizon_days,
            start: self.start.clone(),
            events: self.events.clone(),
            params: Parameters::with_overrides(&self.parameters),
        }
    }
}

/// A scenario file's text, read with the size limit (for callers that also need the bytes,
/// e.g. to hash exactly what was parsed).
///
/// # Errors
/// When the file cannot be read, is too large or is not UTF-8.
pub fn read_file(path: &Path) -> Result<String, LoadError> {
    errors::read_limited(path, MAX_FILE_BYTES)
}

/// A scenario shipped with the program.
#[derive(Clone, Copy, Debug)]
pub struct Bundled {
    pub file_name: &'static str,
    pub text: &'static str,
}

/// The bundled scenarios, in menu order; the first is the default. The two 2026 scenarios come
/// first; the six of November 2025 follow as historical baselines, then the example of
/// withdrawals tied to milestones.
pub const BUNDLED: &[Bundled] = &[
    Bundled {
        file_name: "where_things_stand.ron",
        text: include_str!("../../../../scenarios/where_things_stand.ron"),
    },
    Bundled {
        file_name: "as_reported_2026.ron",
        text: include_str!("../../../../scenarios/as_reported_2026.ron"),
    },
    Bundled {
        file_name: "stalled_phase_two.ron",
        text: include_str!("../../../../scenarios/stalled_phase_two.ron"),
    },
    Bundled {
        file_name: "full_phase_two.ron",
        text: include_str!("../../../../scenarios/full_phase_two.ron"),
    },
    Bundled {
        file_name: "aid_surge_without_disarmament.ron",
        text: include_str!("../../../../scenarios/aid_surge_without_disarmament.ron"),
    },
    Bundled {
        file_name: "retrenchment.ron",
        text: include_str!("../../../../scenarios/retrenchment.ron"),
    },
    Bundled {
        file_name: "collapse.ron",
        text: include_str!("../../../../scenarios/collapse.ron"),
    },
    Bundled {
        file_name: "partition.ron",
        text: include_str!("../../../../scenarios/partition.ron"),
    },
    Bundled {
        file_name: "milestones.ron",
        text: include_str!("../../../../scenarios/milestones.ron"),
    },
];

impl Bundled {
    /// The bundled scenario saved as `file_name`, e.g. `"full_phase_two.ron"`.
    #[must_use]
    pub fn named(file_name: &str) -> Option<&'static Bundled> {
        BUNDLED.iter().find(|b| b.file_name == file_name)
    }

    /// # Errors
    /// Only if the bundled file is broken, which the tests rule out.
    pub fn load(&self) -> Result<Scenario, LoadError> {
        Scenario::from_ron_str(self.text, self.file_name)
    }
}

/// The scenario the app opens with: where things stand, from the latest reported state
/// (September 2026) to the end of the UN mandate.
///
/// # Errors
/// Only if the bundled file is broken, which the tests rule out.
pub fn default_scenario() -> Result<Scenario, LoadError> {
    BUNDLED[0].load()
}
