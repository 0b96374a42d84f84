#!/usr/bin/env bash
# The in-place editor wraps a note's text where the note will wrap it (issue #16): double-click a
# pain point, type a long text; the box shows it on as many lines as the map will (not one
# scrolling line), and after Enter the note has grown to show them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
mkdir -p "$PWD/screenshots"

map="$JB_WORK/kaart.cjm.json"
cp "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
export JB_E2E_DUMP_LAYOUT="$JB_WORK/layout.json"
jb_start "$map"
jb_wait_layout "len(d['notes']) > 0"
note_id="$(jb_layout "d['notes'][0]['id']")"
# Zoom in on the first note so it is large enough to aim at.
read -r nx ny <<<"$(jb_layout "'%d %d' % ((d['notes'][0]['box'][0]+d['notes'][0]['box'][2])/2, (d['notes'][0]['box'][1]+d['notes'][0]['box'][3])/2)")"
xdotool mousemove "$nx" "$ny" click 4 click 4
jb_settle
note_box() { jb_layout "[n['box'] for n in d['notes'] if n['id'] == $note_id][0]"; }
height_before="$(jb_layout "(lambda b: b[3]-b[1])($(note_box))")"
read -r nx ny <<<"$(jb_layout "(lambda b: '%d %d' % ((b[0]+b[2])/2, (b[1]+b[3])/2))($(note_box))")"
jb_open_editor_at "$nx" "$ny"
jb_key ctrl+a
xdotool type --delay 40 "Niemand legt uit wanneer hij de hartfalenverpleegkundige moet bellen bij gewichtstoename of kortademigheid"
jb_wait_layout "d['editor_lines'] >= 4"
jb_settle
jb_shot "$JB_WORK/editing.png"
cp "$JB_WORK/editing.png" "$PWD/screenshots/note_editor_wraps.png"
lines="$(jb_layout "d['editor_lines']")"
map_lines="$(jb_layout "d['editor_map_lines']")"
echo "editor lines: $lines, the note's lines on the map: $map_lines"
[ "$lines" -ge 4 ] || jb_fail "the editor shows $lines lines: the text did not wrap"
[ "$lines" = "$map_lines" ] || jb_fail "the editor shows $lines lines, the map $map_lines"

jb_key Return
jb_wait_layout "not d['editor_open']"
jb_settle
height_after="$(jb_layout "(lambda b: b[3]-b[1])($(note_box))")"
echo "note height on screen: $height_before before, $height_after after"
python3 -c "import sys; sys.exit(0 if $height_after > $height_before * 1.2 else 1)" || jb_fail "the note did not grow with its text"
jb_shot "$JB_WORK/grown.png"
cp "$JB_WORK/grown.png" "$PWD/screenshots/note_grown.png"
jb_key ctrl+s
jb_wait_saved
python3 - "$map" "$note_id" <<'PY' || jb_fail "the typed text was not saved"
import json, sys
notes = json.load(open(sys.argv[1]))['situations'][0]['notes']
text = [n['text'] for n in notes if n['id'] == int(sys.argv[2])][0]
print("saved:", text)
assert text.startswith("Niemand legt uit") and text.endswith("kortademigheid"), text
assert "\r" not in text, "soft breaks leaked into the text"
PY
echo "PASS"
