//! The per-cell rows and the two CSV files made from them. Numbers are written with a fixed
//! number of decimals so that the same inputs give the same bytes.

use gz_core::geo::Governorate;
use gz_core::geo::grid::Grid;

use crate::municipalities::Municipality;
use crate::overlay::Overlay;
use crate::spread::Spread;

/// Header of `assets/derived/cells.csv`.
pub const CELLS_HEADER: [&str; 7] = [
    "cell",
    "col",
    "row",
    "governorate",
    "municipality",
    "area_km2",
    "held_2025_10_19",
];

/// Header of `assets/derived/unosat/cells_homes.csv`.
pub const HOMES_HEADER: [&str; 4] = ["cell", "housing_units", "residents_2017", "damage_sites"];

/// Everything the builder says about one cell.
#[derive(Clone, Debug)]
pub struct CellRow {
    pub col: i64,
    pub row: i64,
    pub governorate: Governorate,
    /// The municipality with the largest share of the cell's land; empty if none overlaps.
    pub municipality: String,
    pub area_km2: f64,
    /// Share of the cell's land inside the IDF line of 19 Oct 2025, 0..1.
    pub held_share: f64,
    pub housing_units: f64,
    pub residents_2017: f64,
    pub damage_sites: f64,
}

/// One row per cell of `grid`, in index order.
#[must_use]
pub fn rows(
    grid: &Grid,
    municipalities: &[Municipality],
    overlay: &Overlay,
    spread: &Spread,
) -> Vec<CellRow> {
    let mut largest: Vec<Option<(usize, f64)>> = vec![None; grid.len()];
    for piece in &overlay.pieces {
        let best = &mut largest[piece.cell];
        if best.is_none_or(|(_, area)| piece.area_km2 > area) {
            *best = Some((piece.municipality, piece.area_km2));
        }
    }
    grid.cells
        .iter()
        .enumerate()
        .map(|(c, cell)| CellRow {
            col: cell.square.0,
            row: cell.square.1,
            governorate: cell.governorate,
            municipality: largest[c]
                .map_or_else(String::new, |(m, _)| municipalities[m].name.clone()),
            area_km2: cell.area_km2,
            held_share: overlay.held_share[c],
            housing_units: overlay.housing_by_cell[c],
            residents_2017: spread.residents_by_cell[c],
            damage_sites: spread.damage_by_cell[c],
        })
        .collect()
}

/// The text of `cells.csv`.
#[must_use]
pub fn cells_csv(rows: &[CellRow]) -> String {
    write_csv(
        &CELLS_HEADER,
        rows.iter().enumerate().map(|(c, row)| {
            vec![
                c.to_string(),
                row.col.to_string(),
                row.row.to_string(),
                row.governorate.key().to_owned(),
                row.municipality.clone(),
                fixed(row.area_km2, 4),
                fixed(row.held_share, 4),
            ]
        }),
    )
}

/// The text of `unosat/cells_homes.csv`.
#[must_use]
pub fn homes_csv(rows: &[CellRow]) -> String {
    write_csv(
        &HOMES_HEADER,
        rows.iter().enumerate().map(|(c, row)| {
            vec![
                c.to_string(),
                fixed(row.housing_units, 2),
                fixed(row.residents_2017, 1),
                fixed(row.damage_sites, 2),
            ]
        }),
    )
}

/// `value` with `decimals` digits after the point; never "-0.00".
fn fixed(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text[1..].to_owned()
    } else {
        text
    }
}

/// CSV with LF line ends; a field is quoted only if it holds a comma, a quote or a line break.
fn write_csv(header: &[&str], records: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push('\n');
    for record in records {
        let fields: Vec<String> = record.iter().map(|f| quoted(f)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn quoted(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals_never_show_a_negative_zero() {
        assert_eq!(fixed(-0.00001, 4), "0.0000");
        assert_eq!(fixed(0.12345, 2), "0.12");
        assert_eq!(fixed(-1.5, 1), "-1.5");
    }

    #[test]
    fn only_fields_that_need_it_are_quoted() {
        assert_eq!(quoted("Khuza'a"), "Khuza'a");
        assert_eq!(quoted("a, b"), "\"a, b\"");
        assert_eq!(quoted("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
