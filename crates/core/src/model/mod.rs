//! The simulation: drivers, events, rules, the engine and what it outputs. No user interface.

pub mod blockers;
pub mod category;
pub mod drivers;
pub mod ensemble;
pub mod events;
pub mod explain;
pub mod homes;
pub mod incidents;
pub mod milestones;
pub mod no_effect;
pub mod output;
pub mod parallel;
pub mod params;
pub mod picture;
pub mod population;
pub mod rng;
pub mod rules;
pub mod sensitivity;
pub mod sim;
pub mod timeline;
pub mod version;
pub mod zone;

pub use category::{Category, Reported};
pub use drivers::{CategoricalDriver, Crossing, Driver, DriverValues, Governance, Mandate};
pub use events::{Action, Area, Event};
pub use milestones::{Condition, Indicator, Repeat, Threshold, Trigger};
pub use output::{CellChange, DayRecord, Indicators, RunOutput};
pub use params::{Param, Parameters};
pub use rules::Rule;
pub use sim::{CellDay, CellState, Inputs, Mode, Plan, Record};
pub use version::ModelVersion;
pub use zone::Zone;
