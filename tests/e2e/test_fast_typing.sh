#!/usr/bin/env bash
# Fast typing lands in the field it was typed into. Step 1's scope is typed faster than the
# frames come (xdotool, 10 ms a character), the intended outcome is clicked at once and typed
# too; the saved map has each text whole in its own field. Without it, keys waiting for a frame
# went into whichever field was clicked next.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

jb_example blank-format.cjm.json
jb_start "$map"
jb_wait_layout "len(d['phases']) == 7"
jb_wait_drawn

# Step 1 from the command palette; its fields stand at fixed places on a 1920x1080 window.
jb_key ctrl+k
jb_settle 0.8
xdotool type --delay 60 "Step 1"
jb_settle 0.8
jb_key Return
jb_settle 1.5
jb_shot "$JB_WORK/step1.png"

scope="From the first symptoms at the GP to the stable phase, with the start of remote monitoring."
outcome="The patient stays stable at home longer, with fewer admissions."
xdotool mousemove 888 320 click 1
jb_settle 1
xdotool type --delay 10 "$scope"
xdotool mousemove 888 435 click 1
xdotool type --delay 10 "$outcome"
jb_settle 3
xdotool mousemove 888 720 click 1 # the dialog's empty space: the field is done
jb_settle 1
jb_shot "$JB_WORK/typed.png"
cp "$JB_WORK/typed.png" "$PWD/screenshots/fast_typing.png"
jb_save
got_scope="$(python3 -c "import json; print(json.load(open('$map'))['scope'])")"
got_outcome="$(python3 -c "import json; print(json.load(open('$map'))['intended_outcome'])")"
echo "scope:   $got_scope"
echo "outcome: $got_outcome"
[ "$got_scope" = "$scope" ] || jb_fail "the scope was saved as \"$got_scope\""
[ "$got_outcome" = "$outcome" ] || jb_fail "the intended outcome was saved as \"$got_outcome\""
jb_stop
echo "PASS"
