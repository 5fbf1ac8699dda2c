#!/usr/bin/env bash
# Crash test of the real app under Xvfb: add an event with the keyboard, kill -9 the process,
# and check that the unsaved work is in the autosave file. Run inside xvfb-run.
set -eu
unset WAYLAND_DISPLAY WAYLAND_SOCKET
export WINIT_X11_SCALE_FACTOR=1
home=$(mktemp -d)
export HOME=$home XDG_DATA_HOME=$home/data
./target/release/gaza-zones scenarios/stalled_phase_two.ron & app=$!
sleep 3
win=$(xdotool search --pid "$app" | tail -1)
xdotool windowfocus "$win" 2>/dev/null || true
xdotool mousemove --window "$win" 700 300
sleep 0.3
xdotool key --window "$win" ctrl+e
sleep 0.5
xdotool type --window "$win" "Killed mid-edit"
xdotool key --window "$win" Return
sleep 1
kill -9 "$app"
wait "$app" 2>/dev/null || true
saved=$(find "$home" -name autosave.ron | head -1)
if [ -z "$saved" ] || ! grep -q "Killed mid-edit" "$saved"; then
    echo "no autosave with the unsaved event after kill -9 (looked in $home)"
    exit 1
fi
echo "after kill -9 the unsaved event is in $saved"
