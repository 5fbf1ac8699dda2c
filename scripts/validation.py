#!/usr/bin/env python3
"""Regenerates the tables of docs/VALIDATION.md from the program's own output.

Usage: python3 scripts/validation.py [held|homes|reported|all] [--bin PATH]

Each table is printed as Markdown with the gaza-zones commands it was computed from. The
observed figures it compares with are quoted from their sources (docs/SOURCES.md) below; every
model figure comes from running the binary (default: target/release/gaza-zones, so run
`cargo build --release` first).
"""

import argparse
import csv
import datetime
import io
import os
import subprocess
import sys

# The reporting categories of CSV format 2 (docs/OUTPUTS.md): they add up to the Strip.
CATEGORIES = ["red", "green", "gray", "held", "blue"]

GOVERNORATES = ["north_gaza", "gaza", "deir_al_balah", "khan_yunis", "rafah"]
NAMES = {
    "north_gaza": "North Gaza",
    "gaza": "Gaza",
    "deir_al_balah": "Deir al-Balah",
    "khan_yunis": "Khan Yunis",
    "rafah": "Rafah",
}

# Share of each governorate inside the IDF's published line of 19 Oct 2025, measured from the
# digitised polygon against the governorate boundaries in an equal-area projection (the
# reference data's SOURCE.md; docs/SOURCES.md). The polygon itself does not ship.
PUBLISHED_HELD = {
    "north_gaza": 0.65,
    "gaza": 0.37,
    "deir_al_balah": 0.20,
    "khan_yunis": 0.54,
    "rafah": 0.88,
    "strip": 0.531,
}

# A model-2 scenario starting after 19 Oct 2025 on the published line, and the same scenario
# as gaza-zones 0.1 shipped it (model 1).
MODEL_2 = "scenarios/stalled_phase_two.ron"
MODEL_1 = "tests/data/v1/bundled_stalled_phase_two.ron"
AS_REPORTED = "scenarios/as_reported_2026.ron"
DEFAULT = "scenarios/where_things_stand.ron"


def run(binary, args):
    """The binary's standard output for `args`, as the header's lines and the CSV's rows."""
    command = [binary] + args
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    header = [line[2:] for line in out.splitlines() if line.startswith("# ")]
    body = "\n".join(line for line in out.splitlines() if not line.startswith("#"))
    return header, list(csv.DictReader(io.StringIO(body)))


def shown(args):
    return "`gaza-zones " + " ".join(args) + "`"


def percent(x):
    return f"{100 * x:.1f} %"


def start_date(header):
    for line in header:
        if line.startswith("start_date: "):
            return datetime.date.fromisoformat(line.split()[1])
    raise SystemExit("no start_date line in the header")


def held_shares(binary, scenario):
    """Day-0 share of each governorate's land (and the Strip's) behind the line."""
    args = ["run", scenario, "--by", "governorate"]
    _, rows = run(binary, args)
    shares, land, held = {}, 0.0, 0.0
    for row in rows:
        if row["day"] != "0":
            break
        area = sum(float(row[f"{z}_km2"]) for z in CATEGORIES)
        shares[row["governorate"]] = float(row["behind_line_km2"]) / area
        land += area
        held += float(row["behind_line_km2"])
    shares["strip"] = held / land
    return args, shares


def table_held(binary):
    args_2, model_2 = held_shares(binary, MODEL_2)
    args_1, model_1 = held_shares(binary, MODEL_1)
    print("| governorate | published map, 19 Oct 2025 | model 2, day 0 | model 2 − map | model 1, day 0 |")
    print("|---|---:|---:|---:|---:|")
    for key in GOVERNORATES + ["strip"]:
        name = NAMES.get(key, "**whole Strip**")
        difference = round(100 * (model_2[key] - PUBLISHED_HELD[key]), 1) + 0.0
        print(
            f"| {name} | {percent(PUBLISHED_HELD[key])} | {percent(model_2[key])} "
            f"| {difference:+.1f} points | {percent(model_1[key])} |"
        )
    print()
    print(f"Computed from {shown(args_2)} and {shown(args_1)}: `behind_line_km2` over the land of the")
    print("governorate's cells on day 0.")


def residents_and_held(binary, scenario):
    args = ["cells", scenario, "--day", "0"]
    _, rows = run(binary, args)
    return args, {
        int(r["cell"]): (r["governorate"], float(r["residents"]), r["held"] == "true") for r in rows
    }


def table_homes(binary):
    args_2, model_2 = residents_and_held(binary, MODEL_2)
    args_1, model_1 = residents_and_held(binary, MODEL_1)

    def share(residents_from, held_from, governorate):
        total = behind = 0.0
        for cell, (g, residents, _) in residents_from.items():
            if governorate in (g, "strip"):
                total += residents
                if held_from[cell][2]:
                    behind += residents
        return behind / total

    print(
        "| governorate | model 1: even spread, behind model 1's line | "
        "even spread, behind the published line | model 2: where homes were, behind the published line |"
    )
    print("|---|---:|---:|---:|")
    for key in GOVERNORATES + ["strip"]:
        name = NAMES.get(key, "**whole Strip**")
        print(
            f"| {name} | {percent(share(model_1, model_1, key))} "
            f"| {percent(share(model_1, model_2, key))} | {percent(share(model_2, model_2, key))} |"
        )
    print()
    print(f"Computed from {shown(args_1)} (model 1) and {shown(args_2)} (model 2): the")
    print("`residents` of cells with `held` true over all residents. The middle column takes model 1's")
    print("residents and model 2's held cells.")


def table_reported(binary):
    args = ["run", AS_REPORTED]
    header, rows = run(binary, args)
    start = start_date(header)

    def on(date):
        day = (date - start).days
        row = rows[day]
        people = sum(float(row[f"{z}_pop"]) for z in CATEGORIES)
        land = sum(float(row[f"{z}_km2"]) for z in CATEGORIES)
        return day, float(row["behind_line_km2"]) / land, float(row["displaced_pop"]) / people, people

    d = datetime.date
    held = [
        (d(2025, 11, 17), "about 53 % (the published line of 19 Oct 2025)"),
        (d(2026, 3, 31), "\"more than half\" (R13); close to two-thirds with the orange-line zone (R12)"),
        (d(2026, 5, 15), "about 60 %, about 64 % with the orange-line zone (R15)"),
        (d(2026, 7, 1), "about 70 % of operational control, mid-2026 (R16)"),
        (d(2026, 8, 28), "about two-thirds inaccessible or severely restricted (R20)"),
    ]
    print("| date | day | reported: land held or restricted | model: `behind_line_km2` ÷ land |")
    print("|---|---:|---|---:|")
    for date, reported in held:
        day, share, _, _ = on(date)
        print(f"| {date:%-d %b %Y} | {day} | {reported} | {percent(share)} |")
    print()
    displacement = [
        (d(2025, 11, 17), "most, many of them several times (seeds 002, 004); no share given"),
        (d(2026, 6, 11), "more than 90 % of about 2 million (R17)"),
    ]
    print("| date | day | reported: people displaced | model: `displaced_pop` ÷ people |")
    print("|---|---:|---|---:|")
    for date, reported in displacement:
        day, _, displaced, people = on(date)
        print(
            f"| {date:%-d %b %Y} | {day} | {reported} "
            f"| {percent(displaced)} of {people / 1e6:.2f} million |"
        )
    print()
    default_args = ["run", DEFAULT]
    default_header, default_rows = run(binary, default_args)
    first = default_rows[0]
    land = sum(float(first[f"{z}_km2"]) for z in CATEGORIES)
    print(
        f"The default scenario ({DEFAULT}) starts on {start_date(default_header):%-d %b %Y} with "
        f"{percent(float(first['behind_line_km2']) / land)} of the Strip held or restricted on day 0."
    )
    print()
    print(f"Computed from {shown(args)} and {shown(default_args)}: the row of each date's day.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", default="all", choices=["held", "homes", "reported", "all"])
    default_bin = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "gaza-zones")
    parser.add_argument("--bin", default=default_bin)
    args = parser.parse_args()
    args.bin = os.path.abspath(args.bin) if os.sep in args.bin else args.bin
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin}: no gaza-zones binary there; run `cargo build --release` or give --bin")
    tables = {"held": table_held, "homes": table_homes, "reported": table_reported}
    for name, table in tables.items():
        if args.table in (name, "all"):
            if args.table == "all":
                print(f"### {name}\n")
            table(args.bin)
            print()


if __name__ == "__main__":
    main()
