#!/usr/bin/env bash
# The projector window (issue #16) on a wide virtual screen: Xvfb has one monitor, so the window
# is placed by hand with --projector-window on the right half of a 3840x1080 screen. It shows
# only the map in the projector palette; an edit made in the main window shows in it (OCR of the
# projector's half of the screen, and its own layout dump); it follows F5 and the steps; it costs
# no frames while nothing happens; the timer shows on it; View > Projector window (here from the command palette) and
# the desktop's close both close only that window, and the main window goes on working. (The
# QR code on the projector and a single monitor: test_projector_window_setup.sh.)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JB_SCREEN="3840x1080x24"
jb_in_xvfb
jb_need tesseract

jb_example
export JB_FRAME_LOG="$JB_WORK/frames.log"
source "$(dirname "$0")/projector_lib.sh"

jb_start "$map" --projector-window 1920,0,1920,1080
jb_wait_layout "len(d['phases']) == 7"
jb_wait_projector "len(d['phases']) == 7 and not d['presenting']"
[ -n "$(projector_window)" ] || jb_fail "no projector window"
read -r px py pw ph < <(xdotool getwindowgeometry --shell "$(projector_window)" | awk -F= '/^(X|Y|WIDTH|HEIGHT)=/{printf "%s ", $2} END {print ""}')
echo "projector window at $px,$py size ${pw}x$ph"
[ "$px $py $pw $ph" = "1920 0 1920 1080" ] || jb_fail "the projector window is not where --projector-window put it"
jb_settle
jb_shot "$JB_WORK/both.png"
cp "$JB_WORK/both.png" "$PWD/screenshots/projector_window_follow.png"
projector_half "$JB_WORK/both.png" "$JB_WORK/projector.png"
menu_colour="$(convert "$JB_WORK/both.png" -format '%[hex:p{400,10}]' info:)"
header="$(jb_count_colour "$JB_WORK/projector.png" '#123E5C')"
menu="$(jb_count_colour "$JB_WORK/projector.png" "#$menu_colour")"
echo "projector window: $header pixels of the projector's phase header colour, $menu of the menu bar's (#$menu_colour)"
[ "$header" -gt 2000 ] || jb_fail "the projector window does not show the map in the projector palette"
[ "$menu" -lt 500 ] || jb_fail "the projector window shows more than the map"

# Follow mode: the facilitator zooms in on the third moment; the projector shows the same part.
card="$(jb_layout "' '.join(str(int(v)) for v in [(d['moments'][2]['card'][0] + d['moments'][2]['card'][2]) / 2, d['moments'][2]['card'][3] + 30])")"
read -r cx cy <<<"$card"
xdotool mousemove "$cx" "$cy"; sleep 0.3
for _ in 1 2 3 4 5 6; do xdotool click 4; sleep 0.25; done
jb_settle
jb_wait_projector "d['zoom'] > 0.6"
echo "zoom: main $(jb_layout "round(d['zoom'], 3)"), projector $(jb_projector "round(d['zoom'], 3)")"

# An edit in the main window (N: a pain point under the moment nearest the mouse) shows in the
# projector window in the same frame.
notes="$(jb_projector "len(d['notes'])")"
card="$(jb_layout "' '.join(str(int(v)) for v in [(d['moments'][2]['card'][0] + d['moments'][2]['card'][2]) / 2, d['moments'][2]['card'][3] + 30])")"
read -r cx cy <<<"$card"
xdotool mousemove "$cx" "$cy"; jb_settle 0.5
jb_key n
jb_wait_layout "d['editor_open']"
xdotool type --delay 120 "Tolk ontbreekt"; jb_settle 0.5
jb_key Return
jb_wait_layout "not d['editor_open']"
jb_wait_projector "len(d['notes']) == $notes + 1"
jb_settle
jb_shot "$JB_WORK/edited.png"
cp "$JB_WORK/edited.png" "$PWD/screenshots/projector_window_edit.png"
projector_half "$JB_WORK/edited.png" "$JB_WORK/edited_projector.png"
tesseract "$JB_WORK/edited_projector.png" - -l nld 2>/dev/null >"$JB_WORK/ocr.txt" || true
grep -qi "ontbreekt" "$JB_WORK/ocr.txt" || { cat "$JB_WORK/ocr.txt"; jb_fail "the note typed in the main window cannot be read on the projector"; }
echo "the note typed in the main window is read on the projector (OCR)"

# Nothing happens: neither window draws.
xdotool mousemove 900 1060; jb_settle 2
frames_before="$(wc -l <"$JB_FRAME_LOG")"
sleep 5
frames="$(( $(wc -l <"$JB_FRAME_LOG") - frames_before ))"
echo "frames drawn in 5 idle seconds with the projector window open: $frames"
[ "$frames" -le 2 ] || jb_fail "the app keeps drawing while nothing happens ($frames frames)"

# The timer (from the command palette) stands in the projector's top-right corner too.
convert "$JB_WORK/edited.png" -crop 420x200+3420+0 +repage "$JB_WORK/corner_before.png"
jb_key ctrl+k; jb_settle 0.6
xdotool type --delay 80 "timer 5"; jb_settle 0.6
jb_key Return
jb_wait_layout "d['facilitate']['timer'] != ''"
jb_settle
jb_shot "$JB_WORK/timer.png"
cp "$JB_WORK/timer.png" "$PWD/screenshots/projector_window_timer.png"
convert "$JB_WORK/timer.png" -crop 420x200+3420+0 +repage "$JB_WORK/corner_timer.png"
changed="$(jb_diff_pixels "$JB_WORK/corner_before.png" "$JB_WORK/corner_timer.png")"
echo "the projector's timer corner: $changed pixels changed"
[ "$changed" -gt 500 ] || jb_fail "the timer does not show on the projector"
jb_key ctrl+k; jb_settle 0.6
xdotool type --delay 80 "stop timer"; jb_settle 0.6
jb_key Return
jb_wait_layout "d['facilitate']['timer'] == ''"

# Presenting on the laptop: the projector follows, step by step; the laptop's window stays a window.
jb_key F5
jb_wait_projector "d['presenting'] and d['step'] == 0"
jb_key Right
jb_wait_projector "d['step'] == 1"
jb_key Right
jb_wait_projector "d['step'] == 2"
sleep 0.8 # the glide (300 ms) ends
jb_wait_layout "d['presenting'] and d['step'] == 2"
main_width="$(xdotool getwindowgeometry --shell "$JB_WID" | sed -n 's/^WIDTH=//p')"
[ "$main_width" -le 1920 ] || jb_fail "presenting made the laptop's window cover the projector (width $main_width)"
jb_projector "d['phases'][1]['header'][0] >= 0 and d['phases'][1]['header'][2] <= 1920 and d['phases'][1]['column'][3] - d['phases'][1]['header'][1] >= 0.9 * 1080" \
    | grep -q True || jb_fail "the projector does not show the second phase: $(jb_projector "d['phases'][1]")"
jb_shot "$JB_WORK/presenting.png"
cp "$JB_WORK/presenting.png" "$PWD/screenshots/projector_window_present.png"
projector_half "$JB_WORK/presenting.png" "$JB_WORK/presenting_projector.png"
phase_name="$(python3 -c "import json; d=json.load(open('$map')); print(d['situations'][0]['phases'][1]['name'])")"
tesseract "$JB_WORK/presenting_projector.png" - -l nld 2>/dev/null >"$JB_WORK/ocr_present.txt" || true
grep -qi "$phase_name" "$JB_WORK/ocr_present.txt" || { cat "$JB_WORK/ocr_present.txt"; jb_fail "the projector does not show phase '$phase_name'"; }
echo "presenting step 2: the projector shows phase '$phase_name'"
jb_key Escape
jb_wait_projector "not d['presenting']"
jb_wait_layout "not d['presenting']"

# View > Projector window (from the command palette) closes it; the map and the main window stay.
jb_key ctrl+k; jb_settle
xdotool type --delay 120 "projector"; jb_settle 0.5
jb_key Return
wait_until '[ -z "$(projector_window)" ]'
jb_settle
kill -0 "$JB_PID" || jb_fail "the app ended with the projector window"
jb_shot "$JB_WORK/closed.png"
projector_half "$JB_WORK/closed.png" "$JB_WORK/closed_projector.png"
after="$(jb_count_colour "$JB_WORK/closed_projector.png" '#123E5C')"
echo "projector colour pixels on the right half after closing: $after"
[ "$after" -lt 200 ] || jb_fail "the projector window did not close"

# Open it again the same way, then close it as the desktop's close button does.
jb_key ctrl+k; jb_settle
xdotool type --delay 120 "projector"; jb_settle 0.5
jb_key Return
wait_until '[ -n "$(projector_window)" ]'
jb_wait_projector "len(d['phases']) == 7"
python3 "$JB_SRC/tests/e2e/wm_close.py" "$(projector_window)"
wait_until '[ -z "$(projector_window)" ]'
kill -0 "$JB_PID" || jb_fail "the app ended when the projector window was closed"

# The main window goes on working: another note, then undo of both, and the first one is back.
xdotool mousemove "$cx" "$cy"; jb_settle 0.5
main_notes="$(jb_layout "len(d['notes'])")"
[ "$main_notes" = "$((notes + 1))" ] || jb_fail "the map changed when the projector window closed"
jb_key o
jb_wait_layout "d['editor_open']"
xdotool type --delay 120 "Uitleg thuis"; jb_settle 0.5
jb_key Return
jb_wait_layout "not d['editor_open'] and len(d['notes']) == $main_notes + 1"
jb_key ctrl+z
jb_wait_layout "len(d['notes']) == $main_notes"
jb_shot "$JB_WORK/after.png"
cp "$JB_WORK/after.png" "$PWD/screenshots/projector_window_closed.png"
echo "PASS"
