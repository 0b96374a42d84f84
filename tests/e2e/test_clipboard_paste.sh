#!/usr/bin/env bash
# Clipboard between programs and within the app, on a copy of the example:
# plain text on the clipboard is refused with a message and changes nothing; JourneyBoard items
# put there by another program paste (selected, shown in the inspector); Ctrl+C puts the pasted
# moment back on the system clipboard as JourneyBoard JSON; Ctrl+V pastes it again; Ctrl+S saves;
# `journeyboard check` counts two more moments and their notes.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
python3 -c "import tkinter" 2>/dev/null || { echo "missing python3-tk: run third_party/setup.sh test"; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"

map="$JB_WORK/kaart.cjm.json"
cp "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
count() { "$JB_BIN" check "$map" | sed -n "s/.* \([0-9]*\) $1.*/\1/p"; }
moments_before="$(count moments)"
pains_before="$(count 'pain points')"
opps_before="$(count opportunities)"
echo "before: $moments_before moments, $pains_before pain points, $opps_before opportunities"

# Moment 11 of the example, the 2 kg alert, with its notes, as another program would copy it.
attached="$(python3 "$here/make_clipboard.py" "$map" 10 "$JB_WORK/clip.json")"
echo "the copied moment carries $attached notes"
[ "$attached" -ge 2 ] || jb_fail "the example's alert moment should carry notes"
printf 'Knelpunt: te veel meldingen' >"$JB_WORK/plain.txt"

jb_start "$map"
jb_shot "$JB_WORK/start.png"
xdotool mousemove 700 600

# Plain text: refused with a message, nothing changes.
python3 "$here/clipboard.py" set "$JB_WORK/plain.txt" 20 &
sleep 1
jb_key ctrl+v
jb_settle
jb_shot_changed "$JB_WORK/start.png" clipboard_refused 20000 "the message about the refused paste"
jb_title_unchanged "a refused paste marked the map as changed"
jb_key Return # closes the message
jb_settle 1

# JourneyBoard items from another program: pasted and selected.
python3 "$here/clipboard.py" set "$JB_WORK/clip.json" 20 &
sleep 1
jb_key ctrl+v
jb_settle
jb_shot "$JB_WORK/pasted.png"
cp "$JB_WORK/pasted.png" "$PWD/screenshots/clipboard_pasted.png"
title="$(xdotool getwindowname "$JB_WID")"
echo "title after paste: $title"
[[ "$title" == *"●"* ]] || jb_fail "the paste did not change the map"

# Ctrl+C copies the pasted (selected) moment onto the system clipboard, as JourneyBoard JSON.
jb_key ctrl+c
jb_settle 1
python3 "$here/clipboard.py" get >"$JB_WORK/copied.json" || jb_fail "nothing on the clipboard after Ctrl+C"
grep -q '"journeyboard_clipboard": 1' "$JB_WORK/copied.json" || jb_fail "Ctrl+C did not put JourneyBoard items on the clipboard"
grep -q 'aangekomen in 3 dagen' "$JB_WORK/copied.json" || jb_fail "the copied text is not the pasted moment"

jb_key ctrl+v
jb_settle
jb_key ctrl+s
jb_settle 2
jb_title_unchanged "Ctrl+S did not save"

"$JB_BIN" check "$map"
moments_after="$(count moments)"
pains_after="$(count 'pain points')"
opps_after="$(count opportunities)"
notes_added=$(( pains_after - pains_before + opps_after - opps_before ))
echo "after: $moments_after moments, $notes_added notes more"
[ "$moments_after" -eq $(( moments_before + 2 )) ] || jb_fail "expected two pasted moments"
[ "$notes_added" -eq $(( 2 * attached )) ] || jb_fail "expected the attached notes to come along twice"
echo "PASS"
