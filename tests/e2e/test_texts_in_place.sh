#!/usr/bin/env bash
# The description and the two experience texts are typed on the map (issue #12, item 5):
# double-click a moment's description cell, type, Enter; the same under the patient's face.
# The saved map has both texts; each was one undo step.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_start_example
jb_wait_layout "len(d['phases']) == 7"
# Zoom in on the fourth moment so its cells are large enough to aim at.
read -r cx cy <<<"$(jb_layout "'%d %d' % ((d['moments'][3]['card'][0]+d['moments'][3]['card'][2])/2, (d['moments'][3]['card'][1]+d['moments'][3]['card'][3])/2)")"
xdotool mousemove "$cx" "$cy" click 4 click 4 click 4
jb_settle

# A point in the moment's column, in the lane of `kind`, `fraction` of the way down the lane.
cell() {
    jb_layout "(lambda m, r: '%d %d' % ((m['card'][0]+m['card'][2])/2, r['row'][1] + (r['row'][3]-r['row'][1]) * $2))(d['moments'][3], [l for l in d['lanes'] if l['kind'] == '$1'][0])"
}
type_in_place() {
    local x y
    read -r x y <<<"$(cell "$1" "$2")"
    jb_open_editor_at "$x" "$y"
    xdotool type --delay 60 "$3"
    jb_key Return
    jb_wait_layout "not d['editor_open']"
}
type_in_place description 0.5 " Met de partner."
type_in_place patient_experience 0.85 " Bang."
jb_shot "$JB_WORK/typed.png"
cp "$JB_WORK/typed.png" "$PWD/screenshots/texts_in_place.png"
jb_key ctrl+s
jb_wait_saved
python3 - "$map" <<'PY' || jb_fail "the texts typed on the map were not saved"
import json, sys
m = json.load(open(sys.argv[1]))['situations'][0]['moments'][3]
print("description:", m['description'])
print("patient:", m['patient']['text'])
assert m['description'].endswith(" Met de partner."), m['description']
assert m['patient']['text'].endswith(" Bang."), m['patient']
PY
echo "PASS"
