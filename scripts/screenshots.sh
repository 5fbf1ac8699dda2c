#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ that the app can draw from its command line, with
# the given binary, into the given folder (default: docs/screenshots). Needs Xvfb (xvfb-run).
# Usage: scripts/screenshots.sh [BINARY] [FOLDER]
# The four that need a pointer (hover-cell, cell-history, ensemble-spread, sensitivity) are
# taken by hand; see docs/screenshots/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/gaza-zones}
out=${2:-docs/screenshots}
mkdir -p "$out"
unset WAYLAND_DISPLAY WAYLAND_SOCKET
export WINIT_X11_SCALE_FACTOR=1

shot() { # NAME SIZE ARGS...
    local name=$1 size=$2
    shift 2
    xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
        "$bin" --screenshot "$out/$name.png" --size "$size" "$@"
}

# The default scenario (where things stand, 2026) and the line as published on 19 Oct 2025
# (day 0 of "2026 as reported"), at presenter and laptop sizes.
shot default-1920x1080 1920x1080
shot default-1366x768 1366x768
shot default-1280x720 1280x720
# Laptop sizes: one tabbed side panel, a shorter timeline, the legend and captions beside the
# Strip (day 14 shows an event's caption; day 400 of Full Phase II a crowded timeline).
shot laptop-caption-1280x720 1280x720 --day 14
shot laptop-caption-1366x768 1366x768 --day 14
shot laptop-full-phase-two-day-400-1280x720 1280x720 --day 400 scenarios/full_phase_two.ron
shot laptop-full-phase-two-day-400-1366x768 1366x768 --day 400 scenarios/full_phase_two.ron
shot published-line-1920x1080 1920x1080 --day 0 scenarios/as_reported_2026.ron
shot published-line-1366x768 1366x768 --day 0 scenarios/as_reported_2026.ron
shot as-reported-day-300 1920x1080 --day 300 scenarios/as_reported_2026.ron
shot start-stalled 1280x800 scenarios/stalled_phase_two.ron
shot middle-full-phase-two 1280x800 --day 400 scenarios/full_phase_two.ron
shot end-full-phase-two 1280x800 --day 812 scenarios/full_phase_two.ron
shot collapse-day-600 1280x800 --day 600 scenarios/collapse.ron
# Model 3: havens declared on red ground with no force to secure them stay contested.
shot contested-havens-1920x1080 1920x1080 --day 300 scenarios/aid_surge_without_disarmament.ron
shot contested-havens-1366x768 1366x768 --day 300 scenarios/aid_surge_without_disarmament.ron
for theme in dark light high-contrast; do
    shot "theme-$theme" 1280x800 --theme "$theme" --day 400 scenarios/full_phase_two.ron
    shot "theme-$theme-colour-blind" 1280x800 --theme "$theme" --colour-blind --day 400 \
        scenarios/full_phase_two.ron
done
shot present-1920x1080 1920x1080 --present --day 400 scenarios/full_phase_two.ron
shot present-1280x720 1280x720 --present --day 400 scenarios/full_phase_two.ron
shot compare-overlay 1600x1000 --day 400 --compare scenarios/stalled_phase_two.ron \
    scenarios/full_phase_two.ron
shot difference-map 1600x1000 --day 400 --compare scenarios/stalled_phase_two.ron \
    --difference-map scenarios/full_phase_two.ron
# The interface in Arabic and Hebrew (and English with a title mixing the three), the
# difference map's legend in Hebrew, and exported map figures in both languages.
shot lang-ar-main-1920x1080 1920x1080 --lang ar --day 400 scenarios/full_phase_two.ron
shot lang-he-main-1366x768 1366x768 --lang he --day 400 scenarios/full_phase_two.ron
shot lang-ar-present-1920x1080 1920x1080 --lang ar --present --day 400 scenarios/full_phase_two.ron
shot lang-he-present-1920x1080 1920x1080 --lang he --present --day 400 scenarios/full_phase_two.ron
shot lang-en-mixed-title-1920x1080 1920x1080 --lang en tests/data/rtl/mixed_title.ron
shot lang-he-difference-map-1600x1000 1600x1000 --lang he --day 400 \
    --compare scenarios/stalled_phase_two.ron --difference-map scenarios/full_phase_two.ron
for lang in en ar he; do
    "$bin" --lang "$lang" figure scenarios/full_phase_two.ron --day 500 \
        --out "$out/figure-$lang-map-day500.png" --force
done
# A chart with its event titles and fitted axis, and the difference map as a figure.
"$bin" figure scenarios/full_phase_two.ron --kind people \
    --out "$out/figure-en-people-events.png" --force
"$bin" figure scenarios/full_phase_two.ron --kind difference \
    --compare scenarios/stalled_phase_two.ron --day 500 \
    --out "$out/figure-en-difference-day500.png" --force
