#!/usr/bin/env bash
# Presentation mode is for one talk (the real app under Xvfb): after an ordinary session,
# start presenting and quit with Ctrl+Q while in full screen; what is saved for the next start
# must still be the ordinary window at the ordinary zoom, and the next start an ordinary
# window. Run inside xvfb-run.
set -eu
unset WAYLAND_DISPLAY WAYLAND_SOCKET
export WINIT_X11_SCALE_FACTOR=1
home=$(mktemp -d)
export HOME=$home XDG_DATA_HOME=$home/data
store="$XDG_DATA_HOME/gaza-zones/app.ron"

# Runs the app with "$@", lets it draw, prints its window's size, and quits it with Ctrl+Q.
session() {
    ./target/release/gaza-zones "$@" & app=$!
    sleep 4
    win=$(xdotool search --pid "$app" | tail -1)
    xdotool getwindowgeometry "$win" | sed -n 's/.*Geometry: //p'
    xdotool windowfocus "$win" 2>/dev/null || true
    xdotool key --window "$win" ctrl+q
    for _ in $(seq 1 150); do
        kill -0 "$app" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$app"
    echo "the app did not quit on Ctrl+Q" >&2
    exit 1
}

# The window's full-screen flag and egui's zoom as saved: the store is RON whose entries are
# RON strings, so the fields are looked for through the escaping.
saved() {
    tr -d ' \\' < "$store" | grep -o 'fullscreen:[a-z]*\|zoom_factor:[0-9.]*' | sort -u | tr '\n' ' '
}

session scenarios/full_phase_two.ron >/dev/null
ordinary=$(saved)
case "$ordinary" in
    *fullscreen:false*zoom_factor:1.0*) ;;
    *) echo "an ordinary session saved '$ordinary'; expected fullscreen:false and zoom_factor:1.0"; exit 1 ;;
esac
session --present scenarios/full_phase_two.ron >/dev/null
after=$(saved)
if [ "$after" != "$ordinary" ]; then
    echo "quitting in presentation mode saved '$after' for the next start, not '$ordinary'"
    exit 1
fi
geometry=$(session scenarios/full_phase_two.ron)
if [ "$geometry" = "1920x1080" ]; then
    echo "the next ordinary start opened full screen ($geometry)"
    exit 1
fi
echo "after quitting in presentation mode the store still holds '$after', and the next start is an ordinary $geometry window"
