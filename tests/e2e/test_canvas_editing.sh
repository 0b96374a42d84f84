#!/usr/bin/env bash
# A facilitator's gestures on the real canvas: drag a moment into the next phase, drag its
# patient face up two steps, add a pain point with N and type its text, save with Ctrl+S; the
# saved file holds the new phase, order, score and note.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_start_example
jb_wait_layout "len(d['moments']) == 15"
jb_shot "$shots/canvas_0_start.png"

# The last moment of the first phase goes between the two moments of the second phase.
first_phase="$(jb_layout "d['phases'][0]['id']")"
second_phase="$(jb_layout "d['phases'][1]['id']")"
moving="$(jb_layout "[m for m in d['moments'] if m['phase'] == $first_phase][-1]['id']")"
read -r left right <<<"$(jb_layout "' '.join(str(m['id']) for m in d['moments'] if m['phase'] == $second_phase)")"
card="[m for m in d['moments'] if m['id'] == $moving][0]['card']"
read -r x0 y0 <<<"$(jb_layout "'%d %d' % (($card[0] + $card[2]) / 2, ($card[1] + $card[3]) / 2)")"
x1="$(jb_layout "int(sum((m['card'][0] + m['card'][2]) / 2 for m in d['moments'] if m['id'] in ($left, $right)) / 2)")"
echo "moment $moving: ($x0,$y0) -> x $x1, between $left and $right"
jb_drag "$x0" "$y0" "$x1" "$y0"
jb_wait_layout "[m['phase'] for m in d['moments'] if m['id'] == $moving] == [$second_phase]"
jb_shot "$shots/canvas_1_moved.png"

# Its patient face up two steps: from -1 to +1.
face="[m for m in d['moments'] if m['id'] == $moving][0]['patient']"
read -r fx fy <<<"$(jb_layout "'%d %d' % ($face[0], $face[1])")"
step="$(jb_layout "d['score_step_pixels']")"
fy1="$(python3 -c "print(round($fy - 2 * $step))")"
echo "patient face ($fx,$fy) -> y $fy1 (a step is $step px)"
jb_drag "$fx" "$fy" "$fx" "$fy1"
jb_wait_layout "abs($face[1] - $fy1) <= 2"
jb_shot "$shots/canvas_2_score.png"

# A pain point under it: N with the mouse over the card, then type.
read -r cx cy <<<"$(jb_layout "'%d %d' % (($card[0] + $card[2]) / 2, ($card[1] + $card[3]) / 2)")"
xdotool mousemove "$cx" "$cy"
sleep 0.4
notes_before="$(jb_layout "len(d['notes'])")"
jb_key n
jb_wait_layout "d['editor_open'] and len(d['notes']) == $notes_before + 1"
sleep 0.5
xdotool type --delay 80 "Wachttijd poli onbekend"
sleep 0.8
jb_shot "$shots/canvas_3_typing.png"
jb_key Return
jb_wait_layout "not d['editor_open']"
jb_key ctrl+s
jb_wait_saved
jb_shot "$shots/canvas_4_saved.png"

python3 - "$map" "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$moving" "$first_phase" "$second_phase" "$left" "$right" <<'PY'
import json, sys
path, original_path, moving, first, second, left, right = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:])
saved = json.load(open(path))["situations"][0]
original = json.load(open(original_path))["situations"][0]
moments = {m["id"]: m for m in saved["moments"]}
m = moments[moving]
assert m["phase"] == second, f"phase {m['phase']}, expected {second}"
order = [i for i, _ in sorted(((i, x["x"]) for i, x in moments.items() if x["phase"] == second), key=lambda p: p[1])]
assert order == [left, moving, right], f"order in the phase {order}, expected {[left, moving, right]}"
assert [i for i, x in moments.items() if x["phase"] == first] != [], "the first phase lost all its moments"
before = [x for x in original["moments"] if x["id"] == moving][0]["patient"]["score"]
assert m["patient"]["score"] == before + 2, f"patient score {m['patient']['score']}, expected {before + 2}"
notes = [n for n in saved["notes"] if n["moment"] == moving and n["kind"] == "pain_point"]
assert [n["text"] for n in notes] == ["Wachttijd poli onbekend"], f"notes on the moment: {notes}"
print(f"saved: moment {moving} in phase {second}, order {order}, patient score {m['patient']['score']}, note {notes[0]['text']!r}")
PY
echo "PASS"
