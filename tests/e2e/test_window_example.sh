#!/usr/bin/env bash
# The real app under Xvfb opens on the worked example and shows a journey map: many colours,
# the phase headers' blue, the window title naming the example; the start screen over it closes
# with Escape.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_start
title="$(xdotool getwindowname "$JB_WID")"
echo "window title: $title"
[[ "$title" == *"hartfalen-voorbeeld"* ]] || jb_fail "title does not name the example: $title"

shot="$JB_WORK/example.png"
jb_shot "$shot"
mkdir -p "$PWD/screenshots" && cp "$shot" "$PWD/screenshots/window_example.png"
colours="$(jb_colours "$shot")"
header="$(jb_count_colour "$shot" '#1F5F8B')"
echo "distinct colours: $colours, phase header pixels: $header"
[ "$colours" -gt 200 ] || jb_fail "the screenshot looks blank ($colours colours)"
[ "$header" -gt 2000 ] || jb_fail "no phase headers visible ($header pixels of #1F5F8B)"

# Started without a file, the start screen stands over the example: Escape puts it away and shows
# the map whole (the centre of the screen changes, the phase headers stay).
jb_key Escape
jb_settle
jb_shot "$JB_WORK/example_no_start.png"
cp "$JB_WORK/example_no_start.png" "$PWD/screenshots/window_example_map.png"
start_diff="$(jb_diff_pixels "$shot" "$JB_WORK/example_no_start.png")"
header_after="$(jb_count_colour "$JB_WORK/example_no_start.png" '#1F5F8B')"
echo "pixels changed by closing the start screen: $start_diff, phase header pixels: $header_after"
[ "$start_diff" -gt 20000 ] || jb_fail "Escape did not close the start screen"
[ "$header_after" -ge "$header" ] || jb_fail "phase headers lost after closing the start screen"
shot="$JB_WORK/example_no_start.png"

# Zoom in at the centre with the wheel: the headers grow or move, the picture changes.
xdotool mousemove 960 600 click 4 click 4 click 4
jb_settle
jb_shot "$JB_WORK/zoomed.png"
diff_pixels="$(jb_diff_pixels "$shot" "$JB_WORK/zoomed.png")"
echo "pixels changed by zooming: $diff_pixels"
[ "$diff_pixels" -gt 10000 ] || jb_fail "the wheel did not zoom"
echo "PASS"
