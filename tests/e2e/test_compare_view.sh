#!/usr/bin/env bash
# The Compare view in the real app: the command palette (Ctrl+K) opens it; the desired situation
# then shows its changes (green arrows, the NEW mark), nothing can be added there (N does nothing,
# Ctrl+S has nothing to save), and the same command goes back. The gap shading toggles from the
# View menu's command.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

map="$JB_WORK/kaart.cjm.json"
cp "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
before_hash="$(sha256sum "$map" | cut -d' ' -f1)"
jb_start "$map"
mkdir -p "$PWD/screenshots"

run_command() {
    jb_key ctrl+k
    jb_settle 1
    xdotool type --delay 120 "$1"
    jb_settle 1
    jb_key Return
    jb_settle
}

green='#2E8C3C' # the compare marks' green: arrows, changes, the NEW badge
jb_shot "$JB_WORK/current.png"
green_before="$(jb_count_colour "$JB_WORK/current.png" "$green")"

run_command "compare current"
jb_shot "$JB_WORK/compare.png"
cp "$JB_WORK/compare.png" "$PWD/screenshots/compare_view.png"
green_compare="$(jb_count_colour "$JB_WORK/compare.png" "$green")"
changed="$(jb_diff_pixels "$JB_WORK/current.png" "$JB_WORK/compare.png")"
echo "compare-green pixels: $green_before before, $green_compare in the Compare view; pixels changed: $changed"
[ "$changed" -gt 20000 ] || jb_fail "the Compare view did not open"
[ "$green_compare" -gt $((green_before + 300)) ] || jb_fail "no change arrows or NEW marks in the Compare view"

# Read-only: N (a new pain point elsewhere) changes nothing, so the title gets no unsaved dot.
xdotool mousemove 900 600
jb_key n
jb_settle
title="$(xdotool getwindowname "$JB_WID")"
[[ "$title" != *"●"* ]] || jb_fail "the Compare view let an edit through: $title"

# The gap shading off and on again, from the View menu's command.
run_command "shade patient"
jb_shot "$JB_WORK/no_gaps.png"
gaps="$(jb_diff_pixels "$JB_WORK/compare.png" "$JB_WORK/no_gaps.png")"
echo "pixels changed by turning the gap shading off: $gaps"
[ "$gaps" -gt 2000 ] || jb_fail "the gap shading did not change"
run_command "shade patient"

# Back to the situation: the marks are gone.
run_command "compare current"
jb_shot "$JB_WORK/back.png"
green_back="$(jb_count_colour "$JB_WORK/back.png" "$green")"
echo "compare-green pixels after going back: $green_back"
[ "$green_back" -lt $((green_before + 100)) ] || jb_fail "the Compare marks stayed after leaving the view"

after_hash="$(sha256sum "$map" | cut -d' ' -f1)"
[ "$before_hash" = "$after_hash" ] || jb_fail "the map file changed"
echo "PASS"
