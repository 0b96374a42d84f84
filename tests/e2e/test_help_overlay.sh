#!/usr/bin/env bash
# F1 shows every shortcut over the whole window in big type; Escape brings the map back; F1 again
# shows it, and F1 closes it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_start
jb_shot "$JB_WORK/map.png"
jb_key F1
jb_settle
jb_shot_changed "$JB_WORK/map.png" help_overlay 200000 "the F1 overlay"
# Big type: the title and the keys are near-black text, far more of it than the status bar has.
ink="$(convert "$JB_WORK/help_overlay.png" -colorspace gray -threshold 30% -negate -format '%[fx:round(mean*w*h)]' info:)"
ink_map="$(convert "$JB_WORK/map.png" -colorspace gray -threshold 30% -negate -format '%[fx:round(mean*w*h)]' info:)"
echo "dark text pixels: overlay $ink, map $ink_map"
[ "$ink" -gt 40000 ] || jb_fail "the overlay's text is not big enough to read from the back"

jb_key Escape
jb_settle
jb_shot "$JB_WORK/closed.png"
left="$(jb_diff_pixels "$JB_WORK/map.png" "$JB_WORK/closed.png")"
echo "pixels different from the map after Escape: $left"
[ "$left" -lt 5000 ] || jb_fail "Escape did not close the overlay"

jb_key F1
jb_settle
jb_shot "$JB_WORK/help2.png"
[ "$(jb_diff_pixels "$JB_WORK/map.png" "$JB_WORK/help2.png")" -gt 200000 ] || jb_fail "F1 did not show the overlay again"
jb_key F1
jb_settle
jb_shot "$JB_WORK/closed2.png"
[ "$(jb_diff_pixels "$JB_WORK/map.png" "$JB_WORK/closed2.png")" -lt 5000 ] || jb_fail "F1 did not close the overlay"
echo "PASS"
