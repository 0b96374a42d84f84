#!/usr/bin/env bash
# Presentation mode on the worked example (issue #16): F5 from an editing view, stepping with
# Right through every phase (each filling the screen height right of the lane names, as the
# layout dump shows), no menu bar, the room can read every moment title and pain point (OCR of
# the screenshots at half size), an edit while presenting, and Escape restoring the editing view
# exactly. Then `--present FILE` opens straight into it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
jb_need tesseract

jb_start_example
jb_wait_layout "not d['presenting'] and len(d['phases']) == 7"

# An editing view of our own: zoomed in at a spot and panned.
xdotool mousemove 700 500 click 4 click 4; jb_settle
xdotool mousemove 900 600 mousedown 3; sleep 0.3; xdotool mousemove 700 450; sleep 0.3; xdotool mouseup 3; jb_settle
editing="$(jb_layout "(round(d['zoom'], 4), d['phases'][0]['header'])")"
echo "editing view: $editing"
jb_shot "$JB_WORK/editing.png"
menu_colour="$(convert "$JB_WORK/editing.png" -format '%[hex:p{400,10}]' info:)"
echo "menu bar colour: #$menu_colour"

jb_key F5
jb_wait_layout "d['presenting'] and d['step'] == 0 and d['steps'] == 8"
jb_settle
jb_shot "$JB_WORK/present_0.png"
cp "$JB_WORK/present_0.png" "$PWD/screenshots/present_step_0.png"
top="$(jb_count_colour "$JB_WORK/present_0.png" "#$menu_colour")"
echo "pixels of the menu bar's colour while presenting: $top"
[ "$top" -lt 500 ] || jb_fail "the menu bar (or another panel) shows while presenting"
jb_layout "all(p['header'][0] >= 0 and p['header'][2] <= 1920 for p in d['phases'])" | grep -q True || jb_fail "the overview does not show every phase"

# Every phase in turn fills the screen height, its left edge right after the lane names.
halves=()
for phase in 0 1 2 3 4 5 6; do
    jb_key Right
    jb_wait_layout "d['step'] == $((phase + 1))"
    sleep 0.6 # the transition (300 ms) ends
    jb_wait_layout "abs(d['phases'][$phase]['header'][0] - d['lanes'][0]['row'][2] * 0 - 300 * d['zoom']) < 2"
    jb_layout "(d['phases'][$phase]['column'][3] - d['phases'][$phase]['header'][1]) >= 0.9 * 1080 and d['zoom'] * 34.5 >= 32" \
        | grep -q True || jb_fail "phase $phase does not fill the screen height at legible size: $(jb_layout "(d['zoom'], d['phases'][$phase])")"
    jb_shot "$JB_WORK/present_$((phase + 1)).png"
    cp "$JB_WORK/present_$((phase + 1)).png" "$PWD/screenshots/present_step_$((phase + 1)).png"
    convert "$JB_WORK/present_$((phase + 1)).png" -resize 50% "$JB_WORK/half_$phase.png"
    halves+=("$JB_WORK/half_$phase.png")
done
echo "phase steps: zoom $(jb_layout "d['zoom']")"
# Seen from twice as far: every moment title and pain point read by OCR.
python3 "$JB_SRC/tests/e2e/ocr_check.py" "$map" 0 both "${halves[@]}" || jb_fail "the room cannot read every title and pain point"

# Left, Home, End and a digit step as asked.
jb_key Left; jb_wait_layout "d['step'] == 6"
jb_key Home; jb_wait_layout "d['step'] == 0"
jb_key 3; jb_wait_layout "d['step'] == 3"
jb_key End; jb_wait_layout "d['step'] == 7"

# The map stays live: N adds a pain point under the moment nearest the mouse, one undo step.
notes_before="$(jb_layout "len(d['notes'])")"
card="$(jb_layout "' '.join(str(int(v)) for v in [(d['moments'][-1]['card'][0] + d['moments'][-1]['card'][2]) / 2, d['moments'][-1]['card'][3] + 40])")"
read -r cx cy <<<"$card"
xdotool mousemove "$cx" "$cy"; jb_settle 0.5
jb_key n
jb_wait_layout "len(d['notes']) == $notes_before + 1"
jb_wait_layout "d['editor_open']"
xdotool type --delay 120 "Wachtkamer vol"; jb_settle 0.5
jb_key Return
jb_wait_layout "not d['editor_open']"
jb_shot "$JB_WORK/edited.png"
cp "$JB_WORK/edited.png" "$PWD/screenshots/present_edited.png"
xdotool mousemove "$cx" 1070; jb_settle 0.5
jb_key Escape
jb_wait_layout "not d['presenting']"
jb_settle
restored="$(jb_layout "(round(d['zoom'], 4), d['phases'][0]['header'])")"
echo "restored view: $restored"
[ "$restored" = "$editing" ] || jb_fail "Escape did not restore the editing view: $restored, was $editing"
[ "$(jb_layout "len(d['notes'])")" = "$((notes_before + 1))" ] || jb_fail "the note added while presenting is gone"
jb_shot "$JB_WORK/after.png"
[ "$(jb_count_colour "$JB_WORK/after.png" "#$menu_colour")" -gt 5000 ] || jb_fail "the menu bar did not come back"
jb_stop

# Straight into presentation from the command line.
rm -f "$JB_E2E_DUMP_LAYOUT"
jb_start "$map" --present
jb_wait_layout "d['presenting'] and d['step'] == 0"
jb_key Right
jb_wait_layout "d['step'] == 1"
echo "PASS"
