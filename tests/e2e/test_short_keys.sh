#!/usr/bin/env bash
# Short key presses are never lost (issue #12): keys tapped shorter than a frame, as a presenter
# clicker or a fast typist sends them (press and release inside one frame), all take effect.
# Editing: Ctrl+A, Delete, Ctrl+Z, Ctrl+Y tapped in one go leave a map (then saved) with no
# moment in its current situation. Presenting: three quick PageDown pulses move three steps,
# one PageUp pulse one back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_start_example
jb_wait_layout "not d['presenting'] and len(d['phases']) == 7"
# The mouse over the canvas, away from every card.
xdotool mousemove 900 1000
jb_settle 0.5

# Every tap: press and release with no pause between them. 40 ms between the taps: GLFW on X11
# takes a release followed within 20 ms by a press of the same key for the keyboard's own
# auto-repeat (no hand or clicker is that fast), and a frame here takes longer than 40 ms.
xdotool key --delay 40 ctrl+a Delete ctrl+z ctrl+y
jb_settle 1
jb_save
jb_shot "$JB_WORK/after.png"
cp "$JB_WORK/after.png" "$PWD/screenshots/short_keys_after.png"
counts="$(python3 -c "
import json; d = json.load(open('$map'))
s = d['situations'][0]
print(len(s['moments']), len(s['notes']), len(d['situations'][1]['moments']))")"
echo "current moments, current notes, desired moments after the taps: $counts"
read -r moments notes desired <<<"$counts"
[ "$moments" -eq 0 ] || jb_fail "Ctrl+A, Delete, Ctrl+Z, Ctrl+Y tapped quickly left $moments moments (a tap was lost)"
[ "$notes" -eq 0 ] || jb_fail "$notes notes were left"
[ "$desired" -gt 0 ] || jb_fail "the desired situation lost its moments"

# A presenter clicker: PageDown pulses far shorter than a frame.
xdotool key --delay 40 ctrl+z
jb_wait_layout "len(d['moments']) > 0"
jb_key F5
jb_wait_layout "d['presenting'] and d['step'] == 0"
xdotool key --delay 40 Next Next Next
jb_wait_layout "d['step'] == 3"
xdotool key --delay 40 Prior
jb_wait_layout "d['step'] == 2"
sleep 1
[ "$(jb_layout "d['step']")" = "2" ] || jb_fail "the clicker's pulses moved to step $(jb_layout "d['step']") instead of 2"
jb_shot "$JB_WORK/present.png"
cp "$JB_WORK/present.png" "$PWD/screenshots/short_keys_present.png"
jb_stop
echo "PASS"
