//! `gaza-zones page`: one run as a single HTML file that opens offline, for e-mail and
//! intranets where the web app cannot be hosted: the map of every week (colours, patterns,
//! held land, the line) with a slider and Play, the people chart with a cursor, the events of
//! the week shown, the legend and the provenance. No network: no scripts, styles, fonts or
//! images from anywhere else.

mod escape;
mod frames;
mod svg;
mod template;

use std::fmt::Write as _;

use serde::Serialize;

use super::output::{Loaded, write_output_as};
use super::{ModeArg, PageArgs, exit};
use escape::html;
use frames::{Frames, hex};
use gz_core::geo::Grid;
use gz_core::model::{Category, Mode, Plan, Record, RunOutput};
use gz_core::report::{VERSION, single_run_job};
use gz_core::style::{PatternMark, ZonePalette, paper, pattern_of};
use gz_i18n::{names, tr};

const TEMPLATE: &str = include_str!("template.html");
const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// How long Play shows each week.
const FRAME_MS: u32 = 700;

pub fn page(args: &PageArgs) -> u8 {
    let loaded = match Loaded::for_output(&args.file, Some(&args.out), args.force) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let scenario = &loaded.scenario;
    let mode = ModeArg::or(args.mode, scenario.mode);
    let seed = args.seed.unwrap_or(scenario.seed);
    let plan = Plan::new(Grid::strip(), &scenario.inputs());
    let run = plan.run(mode, seed, Record::Cells);
    let page = match render(&loaded, &run, mode, seed) {
        Ok(page) => page,
        Err(e) => {
            gz_core::say!("cannot make the page: {e}");
            return exit::OUTPUT;
        }
    };
    let code = write_output_as(Some(&args.out), "HTML page", |out| {
        out.write_all(page.as_bytes())
    });
    if code == exit::OK {
        gz_core::say!(
            "wrote {} ({} KB)",
            args.out.display(),
            page.len().div_ceil(1024)
        );
    }
    code
}

/// Why a page could not be put together: a bug, which the tests would catch.
#[derive(Debug, thiserror::Error)]
enum PageError {
    #[error(transparent)]
    Template(#[from] template::TemplateError),
    #[error("the page's data: {0}")]
    Data(#[from] serde_json::Error),
}

/// What the script reads, beside the frames.
#[derive(Serialize)]
struct Data<'a> {
    frames: &'a Frames,
    map: &'a svg::MapParts,
    chart: &'a svg::ChartParts,
    words: Words,
    frame_ms: u32,
}

#[derive(Serialize)]
struct Words {
    play: String,
    pause: String,
}

/// The whole page of `run` (recorded with cells), in the current language.
fn render(loaded: &Loaded, run: &RunOutput, mode: Mode, seed: u64) -> Result<String, PageError> {
    let scenario = &loaded.scenario;
    let zones = ZonePalette::Standard;
    let language = gz_i18n::language();
    let frames = frames::frames(scenario, run, zones);
    let (map, map_parts) = svg::map(&tr!("page-map-label"));
    let event_days = frames::events_by_day(scenario, run);
    let (chart, chart_parts) =
        svg::people_chart(&run.days, zones, &event_days, &tr!("figure-people-by-zone"));
    let data = Data {
        frames: &frames,
        map: &map_parts,
        chart: &chart_parts,
        words: Words {
            play: tr!("playback-play"),
            pause: tr!("playback-pause"),
        },
        frame_ms: FRAME_MS,
    };
    let data = escape::json_in_script(&serde_json::to_string(&data)?);
    let provenance = &loaded.provenance;
    let job = format!(
        "{}; weekly frames: {} (days 0 to {})",
        single_run_job(mode, seed),
        frames.days.len(),
        scenario.horizon_days
    );
    let header_lines = html(&loaded.header(&job).join("\n"));
    let mode_word = match mode {
        Mode::Expected => tr!("mode-expected"),
        Mode::Stochastic => tr!("mode-stochastic"),
    };
    let title = html(&provenance.title);
    let first = |list: &[String]| list.first().cloned().unwrap_or_default();
    let style = format!("{}\n{STYLE}", colour_variables());
    let last_frame = frames.days.len().saturating_sub(1).to_string();
    fill_page(&[
        ("lang", language.code()),
        (
            "dir",
            if language.is_right_to_left() {
                "rtl"
            } else {
                "ltr"
            },
        ),
        ("generator", &format!("gaza-zones {VERSION}")),
        ("doc_title", &format!("{title} · gaza-zones")),
        ("style", &style),
        ("title", &title),
        ("not_forecast", &html(&tr!("not-a-forecast"))),
        ("map", &map),
        ("first_date", &html(&first(&frames.dates))),
        ("first_day", &html(&first(&frames.day_labels))),
        ("play", &html(&tr!("playback-play"))),
        ("last_frame", &last_frame),
        ("day_shown", &html(&tr!("playback-day-shown"))),
        ("keys", &html(&tr!("page-keys"))),
        ("legend_title", &html(&tr!("legend-zones"))),
        ("legend", &legend(run, zones)),
        (
            "first_events_heading",
            &html(&first(&frames.events_heading)),
        ),
        ("no_events", &html(&tr!("page-no-events"))),
        ("chart_title", &html(&tr!("figure-people-by-zone"))),
        ("chart_unit", &html(&tr!("figure-axis-people"))),
        ("chart", &chart),
        ("chart_axis", &html(&tr!("figure-axis-day"))),
        (
            "made",
            &html(&tr!(
                "page-made",
                version = VERSION,
                model = names::model(scenario.model),
                mode = mode_word,
                seed = seed.to_string()
            )),
        ),
        (
            "file",
            &html(&tr!(
                "page-file",
                file = provenance.file.clone(),
                sha256 = provenance.sha256.clone()
            )),
        ),
        ("boundaries", &html(&tr!("figure-boundaries"))),
        ("description_title", &html(&tr!("page-description"))),
        ("description", &paragraphs(&scenario.meta.description)),
        ("header_title", &html(&tr!("page-header-lines"))),
        ("header_lines", &header_lines),
        ("data", &data),
        ("script", SCRIPT),
    ])
    .map_err(PageError::from)
}

fn fill_page(values: &[(&str, &str)]) -> Result<String, template::TemplateError> {
    template::fill(TEMPLATE, values)
}

/// The design tokens the page's style uses, as CSS variables.
fn colour_variables() -> String {
    format!(
        ":root {{ --ink: {}; --muted: {}; --sea: {}; --line: {}; --hatch: {}; --marker: {}; --grid: {}; }}",
        hex(paper::INK),
        hex(paper::MUTED),
        hex(paper::SEA),
        hex(paper::LINE),
        hex(paper::HATCH),
        hex(paper::MARKER),
        hex(paper::GRID_COARSE),
    )
}

/// A 22-pixel swatch: a colour with the pattern the map draws over it.
fn swatch(fill: [u8; 3], pattern: Option<PatternMark>, hatched: bool) -> String {
    let mark = match pattern {
        Some(PatternMark::Cross) => r#"<path class="mark" d="M6 6L16 16M6 16L16 6"/>"#,
        Some(PatternMark::Ring) => r#"<circle class="mark" cx="11" cy="11" r="5.5"/>"#,
        None => "",
    };
    let hatch = if hatched {
        r#"<path class="hatch-line" style="stroke-width:1.4" d="M0 11L11 0M0 22L22 0M11 22L22 11"/>"#
    } else {
        ""
    };
    format!(
        r#"<svg viewBox="0 0 22 22" aria-hidden="true"><rect width="22" height="22" fill="{}"/>{hatch}{mark}</svg>"#,
        hex(fill)
    )
}

/// The legend: each reporting category with its Ross–Orion meaning and its totals on the week
/// shown (`total-N`, filled by the script), the withdrawal line, and for an expected-value run
/// what the mixed colours mean.
fn legend(run: &RunOutput, zones: ZonePalette) -> String {
    let mut rows = String::new();
    for (k, &category) in Category::ALL.iter().enumerate() {
        let (picture, text) = if category == Category::Held {
            (
                swatch(paper::HELD_SWATCH, None, true),
                tr!(
                    "figure-legend-held",
                    name = names::category(category),
                    meaning = names::category_short(category)
                ),
            )
        } else {
            let zone = category.zone();
            (
                swatch(zones.zone_rgb(zone), pattern_of(zone), false),
                tr!(
                    "legend-row",
                    name = names::category(category),
                    meaning = names::category_meaning(category)
                ),
            )
        };
        let _ = write!(
            rows,
            r#"<div class="row">{picture}<div class="text">{}<span class="total" id="total-{k}"></span></div></div>"#,
            html(&text)
        );
    }
    let _ = write!(
        rows,
        r#"<div class="row"><svg viewBox="0 0 22 22" aria-hidden="true"><path d="M1 11H21" style="stroke:var(--line);stroke-width:4"/></svg><div class="text">{}</div></div>"#,
        html(&tr!("figure-legend-line"))
    );
    if !run.cell_probabilities.is_empty() {
        let _ = write!(
            rows,
            r#"<p class="note">{}</p>"#,
            html(&tr!("figure-note-mixed"))
        );
    }
    rows
}

/// Untrusted prose as paragraphs, split at blank lines.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", html(p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_filled_completely() {
        let names: Vec<String> = TEMPLATE
            .split("{{")
            .skip(1)
            .filter_map(|s| s.split_once("}}").map(|(n, _)| n.to_owned()))
            .collect();
        let values: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "")).collect();
        let filled = fill_page(&values).expect("fills");
        assert!(!filled.contains("{{"));
        assert!(!SCRIPT.contains("</script") && !STYLE.contains("</style"));
    }
}
