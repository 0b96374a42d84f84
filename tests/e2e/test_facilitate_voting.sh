#!/usr/bin/env bash
# A dot-voting round by mouse: V starts it, clicks on notes give dots (a click more and Ctrl+Z
# takes it back), a right-click removes one, Enter ends the round and shows the results; Ctrl+S
# saves, and `journeyboard check` counts the votes in the saved map.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
# Keys held a little longer than jb_key's: on a busy machine a frame can take longer than its
# 0.15 s, and ImGui 1.86 loses a key pressed and released between two frames.
jb_key() { xdotool keydown "$1"; sleep 0.4; xdotool keyup "$1"; sleep 0.2; }

jb_start_example
jb_wait_layout "len(d['notes']) >= 9"

# A click as the app sees it: button down and up a frame apart, then a frame to draw.
jb_click_at() {
    xdotool mousemove "$1" "$2"; sleep 0.3
    xdotool mousedown "${3:-1}"; sleep 0.15
    xdotool mouseup "${3:-1}"; sleep 0.45
}
centre() { jb_layout "'%d %d' % ((d['notes'][$1]['box'][0] + d['notes'][$1]['box'][2]) / 2, (d['notes'][$1]['box'][1] + d['notes'][$1]['box'][3]) / 2)"; }
note_id() { jb_layout "d['notes'][$1]['id']"; }

xdotool mousemove 960 540; sleep 0.3
jb_key v
jb_wait_layout "d['voting']['open']"
jb_shot "$shots/voting_0_started.png"

a="$(note_id 0)"; b="$(note_id 3)"
read -r ax ay <<<"$(centre 0)"
read -r bx by <<<"$(centre 3)"
echo "note $a at ($ax,$ay), note $b at ($bx,$by)"
for _ in 1 2 3 4; do jb_click_at "$ax" "$ay"; done
jb_wait_layout "d['voting']['dots'] == 4"
jb_key ctrl+z # the fourth dot was a misclick
jb_wait_layout "d['voting']['dots'] == 3"
for _ in 1 2; do jb_click_at "$bx" "$by"; done
jb_wait_layout "d['voting']['dots'] == 5"
jb_click_at "$bx" "$by" 3 # right-click: one back
jb_wait_layout "d['voting']['dots'] == 4"
xdotool mousemove 960 300; sleep 0.5
jb_shot "$shots/voting_1_dots.png"

jb_key Return
jb_wait_layout "not d['voting']['open'] and d['voting']['results']"
sleep 0.5
jb_shot "$shots/voting_2_results.png"
jb_key ctrl+s
jb_wait_saved

check="$("$JB_BIN" check "$map")"
echo "$check"
[[ "$check" == "ok: 2 situations, 7 phases, 31 moments, 9 pain points, 6 opportunities, 1 persona, 4 votes" ]] ||
    jb_fail "check did not count the votes: $check"

python3 - "$map" "$a" "$b" <<'PY'
import json, sys
path, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
doc = json.load(open(path))
rounds = doc["voting_rounds"]
assert len(rounds) == 1 and not rounds[0]["open"], rounds
assert rounds[0]["name"] in ("Voting round 1", "Stemronde 1"), rounds[0]["name"]
assert rounds[0]["dots_per_person"] == 3 and rounds[0]["kinds"] == ["pain_point", "opportunity"], rounds[0]
dots = {n["id"]: sum(v["dots"] for v in n.get("votes", [])) for s in doc["situations"] for n in s["notes"]}
assert dots[a] == 3 and dots[b] == 1, (dots[a], dots[b])
assert sum(dots.values()) == 4, dots
voters = {v["voter"] for s in doc["situations"] for n in s["notes"] for v in n.get("votes", [])}
assert voters == {"facilitator"}, voters
PY

# The dots are drawn on the notes: the dot colour (#1F3A8B) is on screen during the round.
blue="$(jb_count_colour "$shots/voting_1_dots.png" "#1F3A8B")"
echo "dot pixels: $blue"
[ "$blue" -gt 200 ] || jb_fail "no dots drawn on the notes"
echo "PASS"
