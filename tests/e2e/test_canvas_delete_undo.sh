#!/usr/bin/env bash
# Ctrl+A, Delete, Ctrl+S empties the shown situation in the saved file; Ctrl+Z, Ctrl+S gives
# back exactly the counts the map started with.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_example
original="$("$JB_BIN" check "$map")"
echo "start: $original"
# What is left when the current situation is emptied: the desired situation's counts.
expected_empty="$(python3 - "$map" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
des = d["situations"][1]
pain = sum(1 for n in des["notes"] if n["kind"] == "pain_point")
print(f"{len(des['moments'])} moments, {pain} pain points, {len(des['notes']) - pain} opportunities")
PY
)"

jb_start "$map"
jb_wait_layout "len(d['moments']) == 15"
xdotool mousemove 960 600
sleep 0.3
jb_key ctrl+a
sleep 0.5
jb_key Delete
jb_wait_layout "len(d['moments']) == 0 and len(d['notes']) == 0"
jb_shot "$shots/canvas_deleted.png"
jb_key ctrl+s
jb_wait_saved
emptied="$("$JB_BIN" check "$map")"
echo "after Ctrl+A, Delete, Ctrl+S: $emptied"
[[ "$emptied" == *"$expected_empty"* ]] || jb_fail "expected '$expected_empty' in '$emptied'"

jb_key ctrl+z
jb_wait_layout "len(d['moments']) == 15"
jb_key ctrl+s
jb_wait_saved
restored="$("$JB_BIN" check "$map")"
echo "after Ctrl+Z, Ctrl+S: $restored"
[ "$restored" = "$original" ] || jb_fail "counts after undo differ: '$restored' vs '$original'"
jb_shot "$shots/canvas_undone.png"
echo "PASS"
