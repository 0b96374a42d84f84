#!/usr/bin/env bash
# Select a card by clicking it (the example at fit-to-screen): the inspector shows it; Ctrl+C,
# Ctrl+V pastes a copy with its notes; Ctrl+S saves and `journeyboard check` counts one moment
# and its notes more; Ctrl+Z takes the whole paste back in one step.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

map="$JB_WORK/kaart.cjm.json"
cp "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
export JB_E2E_DUMP_LAYOUT="$JB_WORK/layout.json"
count() { "$JB_BIN" check "$map" | sed -n "s/.* \([0-9]*\) $1.*/\1/p"; }
notes() { echo $(( $(count 'pain points') + $(count opportunities) )); }
moments_before="$(count moments)"
notes_before="$(notes)"

jb_start "$map"
jb_wait_layout "len(d['moments']) == 15"
jb_shot "$JB_WORK/start.png"

# The 11th moment of the current situation (the 2 kg alert) carries notes.
card="sorted(d['moments'], key=lambda m: m['card'][0])[10]['card']"
read -r x y <<<"$(jb_layout "'%d %d' % (($card[0] + $card[2]) / 2, ($card[1] + $card[3]) / 2)")"
attached="$(python3 -c "
import json; d = json.load(open('$map'))['situations'][0]
m = [m for m in d['moments'] if m['title'].startswith('Melding: 2 kg')][0]
print(sum(1 for n in d['notes'] if n.get('moment') == m['id']))")"
echo "clicking the card at $x,$y; it carries $attached notes"
xdotool mousemove "$x" "$y"; sleep 0.3
xdotool click 1
jb_settle
jb_shot "$JB_WORK/selected.png"
mkdir -p "$PWD/screenshots" && cp "$JB_WORK/selected.png" "$PWD/screenshots/inspector_selected.png"
# The inspector (right of the canvas) now shows the moment instead of the hint.
panel_change="$(compare -metric AE -crop 500x900+1420+60 "$JB_WORK/start.png" "$JB_WORK/selected.png" null: 2>&1 || true)"
echo "inspector pixels changed by the click: $panel_change"
[ "$(printf '%.0f' "$panel_change")" -gt 20000 ] || jb_fail "the inspector does not show the clicked moment"

jb_key ctrl+c
jb_key ctrl+v
jb_wait_layout "len(d['moments']) == 16"
jb_key ctrl+s
jb_settle 2
[ "$(count moments)" -eq $(( moments_before + 1 )) ] || jb_fail "expected one pasted moment: $("$JB_BIN" check "$map")"
[ "$(notes)" -eq $(( notes_before + attached )) ] || jb_fail "expected the moment's $attached notes to come along"
copies="$(python3 -c "
import json; d = json.load(open('$map'))['situations'][0]
print(sum(1 for m in d['moments'] if m['title'] == 'Melding: 2 kg aangekomen in 3 dagen'))")"
[ "$copies" -eq 2 ] || jb_fail "the current situation should hold the alert moment twice, holds it $copies times"

# One undo step takes the paste back.
jb_key ctrl+z
jb_wait_layout "len(d['moments']) == 15"
jb_key ctrl+s
jb_settle 2
[ "$(count moments)" -eq "$moments_before" ] || jb_fail "Ctrl+Z did not take the paste back"
[ "$(notes)" -eq "$notes_before" ] || jb_fail "Ctrl+Z left pasted notes behind"
echo "PASS"
