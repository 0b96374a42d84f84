#!/usr/bin/env bash
# A snapshot opened in the window gives the editable map back; F12 writes a timestamped snapshot
# of the whole map (into ~/Pictures for a map that was never saved) that opens again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

example="$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json"
snap="$JB_WORK/werksessie.png"
"$JB_BIN" export "$example" -o "$snap" --paper A4 --dpi 100 >/dev/null

jb_start "$snap"
title="$(xdotool getwindowname "$JB_WID")"
echo "window title: $title"
# The map is open under a map name (saving never writes JSON over the picture).
[[ "$title" == *"werksessie.cjm.json"* ]] || jb_fail "the snapshot did not open as a map: $title"
jb_shot "$JB_WORK/opened.png"
mkdir -p "$PWD/screenshots" && cp "$JB_WORK/opened.png" "$PWD/screenshots/window_opened_snapshot.png"
header="$(jb_count_colour "$JB_WORK/opened.png" '#1F5F8B')"
[ "$header" -gt 2000 ] || jb_fail "no phase headers on the canvas after opening the snapshot ($header pixels)"

# F12: a snapshot of the whole map, written in the background, into ~/Pictures.
xdotool mousemove 960 600
jb_key F12
found=""
for _ in $(seq 1 100); do
    found="$(find "$JB_WORK/home/Pictures" -name 'werksessie-*.png' 2>/dev/null | head -n 1 || true)"
    [ -n "$found" ] && break
    sleep 0.2
done
[ -n "$found" ] || jb_fail "F12 wrote no snapshot into ~/Pictures"
sleep 0.5
echo "F12 wrote: $found ($(identify -format '%wx%h' "$found"))"
[ "$(identify -format '%wx%h' "$found")" = "4961x3508" ] || jb_fail "the F12 snapshot is not A3 at 300 dpi"
want="$("$JB_BIN" check "$example")"
got="$("$JB_BIN" check "$found")"
[ "$want" = "$got" ] || jb_fail "the F12 snapshot holds '$got', not '$want'"
ls "$JB_WORK/home/Pictures" | grep -v '\.png$' && jb_fail "temporary files left beside the snapshot"
jb_settle 1
jb_shot "$JB_WORK/after_f12.png"
cp "$JB_WORK/after_f12.png" "$PWD/screenshots/window_after_f12.png"
kill -0 "$JB_PID" || jb_fail "the app is gone after F12"

# The export dialog (Ctrl+E), from the keyboard: Enter exports with the dialog's defaults
sleep 1.1 # a new second: the offered name differs from the F12 one
jb_key ctrl+e
jb_settle 1
jb_shot "$JB_WORK/dialog.png"
cp "$JB_WORK/dialog.png" "$PWD/screenshots/window_export_dialog.png"
jb_key Return
count=0
for _ in $(seq 1 100); do
    count="$(find "$JB_WORK/home/Pictures" -name 'werksessie-*.png' | wc -l)"
    [ "$count" -ge 2 ] && break
    sleep 0.2
done
[ "$count" -ge 2 ] || jb_fail "the export dialog wrote no picture"
sleep 0.5
newest="$(ls -t "$JB_WORK/home/Pictures"/werksessie-*.png | head -n 1)"
[ "$("$JB_BIN" check "$newest")" = "$want" ] || jb_fail "the exported picture does not hold the map"
echo "PASS"
