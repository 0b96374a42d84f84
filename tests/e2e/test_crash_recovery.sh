#!/usr/bin/env bash
# Pulling the plug: the app edits a copy of the example (a moment pasted from the clipboard,
# the edit the UI offers without canvas gestures), autosaves it (JB_AUTOSAVE_SECONDS=2), is
# killed with SIGKILL, starts again, shows the recovery dialog, restores with Enter and saves
# with Ctrl+S: the map file then holds the edit. A second start finds nothing left to recover.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
python3 -c "import tkinter" 2>/dev/null || { echo "missing python3-tk: run third_party/setup.sh test"; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"
export JB_AUTOSAVE_SECONDS=2
recovery="$JB_WORK/state/journeyboard/recovery"

map="$JB_WORK/workshop.cjm.json"
cp "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
count() { "$JB_BIN" check "$1" | sed -n "s/.* \([0-9]*\) moments.*/\1/p"; }
moments_before="$(count "$map")"
python3 "$here/make_clipboard.py" "$map" 10 "$JB_WORK/clip.json" >/dev/null
original="$(md5sum <"$map")"

# Session 1: edit, wait for the autosave, pull the plug.
jb_start "$map"
jb_shot "$JB_WORK/normal_start.png"
xdotool mousemove 700 600
python3 "$here/clipboard.py" set "$JB_WORK/clip.json" 60 &
# On a busy machine the clipboard owner takes a while to start: wait until it serves the map.
for _ in $(seq 1 50); do
    python3 "$here/clipboard.py" get 2>/dev/null | grep -q journeyboard_clipboard && break
    sleep 0.2
done
title=""
for attempt in 1 2; do
    jb_key ctrl+v
    for _ in $(seq 1 25); do
        title="$(xdotool getwindowname "$JB_WID")"
        [[ "$title" == *"●"* ]] && break 2
        sleep 0.2
    done
    jb_key Return # a message about the clipboard, if any
done
[[ "$title" == *"●"* ]] || jb_fail "the paste did not change the map: $title"
for _ in $(seq 1 50); do
    ls "$recovery"/*.cjm.json >/dev/null 2>&1 && break
    sleep 0.2
done
ls "$recovery"/*.cjm.json >/dev/null 2>&1 || jb_fail "no autosave in $recovery after 10 s"
sleep 0.5 # let the worker finish its write and prune (the kill may land anywhere; this is the plug)
ls -l "$recovery"
kill -9 "$JB_PID"
wait "$JB_PID" 2>/dev/null || true
JB_PID=""
[ "$(md5sum <"$map")" = "$original" ] || jb_fail "the map file changed without a save"
ls "$recovery"/*.lock >/dev/null || jb_fail "the crash left no lock file"
autosaved="$(ls "$recovery"/*.cjm.json | tail -n 1)"
[ "$(count "$autosaved")" -eq $((moments_before + 1)) ] || jb_fail "the autosave does not hold the pasted moment"

# Session 2: the recovery dialog appears over the map; Enter restores the newest version.
jb_start "$map"
jb_shot_changed "$JB_WORK/normal_start.png" recovery_dialog 50000 "the recovery dialog"
jb_title_unchanged "the map is unsaved before anything was restored"
jb_key Return
jb_settle
jb_shot "$JB_WORK/restored.png"
cp "$JB_WORK/restored.png" "$PWD/screenshots/recovery_restored.png"
title="$(xdotool getwindowname "$JB_WID")"
echo "title after restoring: $title"
[[ "$title" == *"workshop.cjm.json"*"●"* ]] || jb_fail "the restored work is not shown as the unsaved workshop map: $title"
[ "$(md5sum <"$map")" = "$original" ] || jb_fail "restoring wrote the map file by itself"

jb_key ctrl+s
jb_settle 2
title="$(xdotool getwindowname "$JB_WID")"
[[ "$title" != *"●"* ]] || jb_fail "Ctrl+S did not save: $title"
moments_after="$(count "$map")"
echo "moments: $moments_before before, $moments_after after restoring and saving"
[ "$moments_after" -eq $((moments_before + 1)) ] || jb_fail "the restored map does not have the edit"

# Quit cleanly: the recovery folder is empty, and the next start shows no dialog.
jb_key ctrl+q
for _ in $(seq 1 50); do kill -0 "$JB_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$JB_PID" 2>/dev/null && jb_fail "Ctrl+Q did not close the saved map"
JB_PID=""
left="$(ls "$recovery" | wc -l)"
[ "$left" -eq 0 ] || jb_fail "a clean close left $left files in the recovery folder: $(ls "$recovery")"
echo "PASS"
