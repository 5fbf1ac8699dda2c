#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ that need a pointer or keys (a cell's history,
# an ensemble's spread, the Sensitivity window) by driving the app under Xvfb with xdotool.
# Positions are in the 1600×1000 window the app is given. Needs xvfb-run, xdotool and
# ImageMagick's import. The hover card (hover-cell.png) does not appear under xdotool's
# synthetic pointer, with this build or the one before it, so that one is taken by hand.
# Usage: scripts/pointer-shots.sh [BINARY] [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/gaza-zones}")
out=$(realpath -m "${2:-docs/screenshots}")
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# drive NAME SCRIPT ARGS...: opens the app on ARGS in a 1600×1000 window, runs SCRIPT (xdotool
# steps; $win is the window), then saves the window as NAME.png.
drive() {
    local name=$1 steps=$2
    shift 2
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" bash -c '
        unset WAYLAND_DISPLAY WAYLAND_SOCKET
        export WINIT_X11_SCALE_FACTOR=1
        out=$1 steps=$2 bin=$3
        shift 3
        "$bin" "$@" & app=$!
        win=""
        for _ in $(seq 50); do
            win=$(xdotool search --pid "$app" 2>/dev/null | tail -1 || true)
            [ -n "$win" ] && break
            sleep 0.2
        done
        # Without a window, import would wait for someone to click one: stop instead.
        if [ -z "$win" ]; then
            echo "the app opened no window for $out" >&2
            kill "$app" 2>/dev/null
            exit 1
        fi
        xdotool windowmove "$win" 0 0 windowsize "$win" 1600 1000
        sleep 2
        eval "$steps"
        import -window "$win" "$out"
        kill "$app" 2>/dev/null
        wait "$app" 2>/dev/null || true
    ' _ "$out/$name.png" "$steps" "$bin" "$@"
}

full=scenarios/full_phase_two.ron
# Day 600 (a click on the timeline), then a click on a cell in Khan Yunis: its history.
drive cell-history "xdotool mousemove --window \$win 1214 864 click 1; sleep 0.5;
    xdotool mousemove --window \$win 708 458 click 1; sleep 1;
    xdotool mousemove --window \$win 1599 999; sleep 0.5" "$full"
# A 200-run ensemble, the last day, the timeline's Spread view.
drive ensemble-spread "xdotool mousemove --window \$win 160 462 click 1; sleep 8;
    xdotool mousemove --window \$win 305 691 click 1; sleep 0.5;
    xdotool mousemove --window \$win 1185 691 click 1; sleep 0.5;
    xdotool mousemove --window \$win 138 532 click 1; sleep 0.5;
    xdotool mousemove --window \$win 1599 999; sleep 0.5" "$full"
# Analysis → Sensitivity (Ctrl+T; the window is given the keyboard first, as there is no
# window manager), 100 runs per point, both analyses computed.
drive sensitivity "xdotool windowfocus --sync \$win; sleep 0.3; xdotool key ctrl+t; sleep 1;
    xdotool mousemove --window \$win 574 140 click --repeat 2 1; sleep 0.3;
    xdotool key ctrl+a; xdotool type 100; xdotool key Tab; sleep 0.5;
    xdotool mousemove --window \$win 116 216 click 1; sleep 0.3;
    xdotool mousemove --window \$win 732 304 click 1; sleep 25;
    xdotool mousemove --window \$win 1599 999; sleep 0.5" "$full"
# Help → About gaza-zones and its data, on the default scenario.
drive about "xdotool mousemove --window \$win 369 12 click 1; sleep 0.7;
    xdotool mousemove --window \$win 460 101 click 1; sleep 1;
    xdotool mousemove --window \$win 1599 999; sleep 0.5"
