#!/usr/bin/env bash
# Open and Save As through the desktop's file window (zenity) while the app keeps drawing, the
# recent-files list in the settings file, and the in-app prompt when zenity cannot be found.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
command -v zenity >/dev/null || { echo "missing zenity: run third_party/setup.sh test"; exit 1; }

blank="$JB_WORK/leeg.cjm.json"
cp "$JB_SRC/assets/maps/leeg-format.cjm.json" "$blank"
saved="$JB_WORK/opgeslagen.cjm.json"

# Waits (up to 15 s, the machine may be busy) until the app's title contains $1; prints it.
wait_title() {
    local title=""
    for _ in $(seq 1 75); do
        title="$(xdotool getwindowname "$JB_WID" 2>/dev/null || true)"
        [[ "$title" == *"$1"* ]] && break
        sleep 0.2
    done
    echo "$title"
}
# Waits until a visible window named $1 exists; prints its id (empty when none came).
wait_window() {
    local wid=""
    for _ in $(seq 1 75); do
        wid="$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1 || true)"
        [ -n "$wid" ] && break
        sleep 0.2
    done
    echo "$wid"
}

# jb_start makes the in-app prompt the default for other tests; this one wants the desktop window.
JB_FILE_DIALOG=desktop jb_start

# Ctrl+O: zenity's window appears; the app says so and keeps running.
jb_key ctrl+o
zenity_wid="$(wait_window 'Open a map')"
[ -n "$zenity_wid" ] || jb_fail "no desktop file window appeared for Ctrl+O"
kill -0 "$JB_PID" || jb_fail "the app stopped while the file window was open"
xdotool windowfocus "$zenity_wid"
sleep 1
xdotool type --delay 40 "$blank"
sleep 0.5
xdotool key Return
title="$(wait_title leeg.cjm.json)"
echo "title after Open: $title"
[[ "$title" == *"leeg.cjm.json"* ]] || jb_fail "the chosen map was not opened: $title"

# Ctrl+Shift+S: the save window; type a new path.
xdotool windowfocus "$JB_WID" 2>/dev/null || true
jb_key ctrl+shift+s
zenity_wid="$(wait_window 'Save the map as')"
[ -n "$zenity_wid" ] || jb_fail "no desktop file window appeared for Ctrl+Shift+S"
xdotool windowfocus "$zenity_wid"
sleep 1
xdotool key ctrl+a
xdotool type --delay 40 "$saved"
sleep 0.5
xdotool key Return
title="$(wait_title opgeslagen.cjm.json)"
echo "title after Save As: $title"
[ -f "$saved" ] || jb_fail "Save As through the file window wrote nothing"
"$JB_BIN" check "$saved" | grep -q '^ok: ' || jb_fail "the saved map does not pass check"
[[ "$title" == *"opgeslagen.cjm.json"* ]] || jb_fail "the title does not name the saved map: $title"

# Both maps are on the recent list, newest first.
settings="$JB_WORK/home/.config/journeyboard/settings.json"
[ -f "$settings" ] || jb_fail "no settings file with the recent maps"
python3 - "$settings" "$saved" "$blank" <<'PY' || jb_fail "the recent list is wrong: $(cat "$settings")"
import json, sys
recent = json.load(open(sys.argv[1]))["recent_files"]
assert recent[:2] == [sys.argv[2], sys.argv[3]], recent
PY
kill "$JB_PID"; wait "$JB_PID" 2>/dev/null || true; JB_PID=""

# Without zenity on the app's PATH: the in-app prompt asks for the path instead.
mkdir -p "$JB_WORK/no-zenity"
JB_APP_PATH="$JB_WORK/no-zenity" JB_FILE_DIALOG=desktop jb_start
jb_shot "$JB_WORK/before_prompt.png"
jb_key ctrl+o
jb_settle
jb_shot "$JB_WORK/prompt.png"
mkdir -p "$PWD/screenshots" && cp "$JB_WORK/prompt.png" "$PWD/screenshots/open_prompt.png"
[ -z "$(xdotool search --onlyvisible --name 'Open a map' 2>/dev/null || true)" ] || jb_fail "a desktop file window appeared without zenity"
[ "$(jb_diff_pixels "$JB_WORK/before_prompt.png" "$JB_WORK/prompt.png")" -gt 20000 ] || jb_fail "no in-app prompt for Ctrl+O"
# The prompt holds the default path, selected: select all and type over it.
jb_key ctrl+a
xdotool type --delay 40 "$saved"
jb_key Return
title="$(wait_title opgeslagen.cjm.json)"
echo "title after the in-app prompt: $title"
[[ "$title" == *"opgeslagen.cjm.json"* ]] || jb_fail "the in-app prompt did not open the map: $title"
echo "PASS"
