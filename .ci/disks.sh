#!/usr/bin/env bash
# Sets up two small file systems for the failing-disk tests (tests/saving.rs): one full, one
# read-only, each holding a scenario. Needs root; prints the variables to export, or nothing.
set -u
base=${1:-/tmp/gaza-zones-disks}
full=$base/full
ro=$base/readonly
mkdir -p "$full" "$ro" || exit 0
umount "$full" "$ro" 2>/dev/null
mount -t tmpfs -o size=64k tmpfs "$full" 2>/dev/null || exit 0
mount -t tmpfs -o size=64k tmpfs "$ro" 2>/dev/null || { umount "$full"; exit 0; }
cp scenarios/stalled_phase_two.ron "$full/plan.ron"
cp scenarios/stalled_phase_two.ron "$ro/plan.ron"
dd if=/dev/zero of="$full/fill" bs=1k count=1024 2>/dev/null
mount -o remount,ro "$ro" || exit 0
echo "export GAZA_ZONES_FULL_DIR=$full GAZA_ZONES_READONLY_DIR=$ro"
