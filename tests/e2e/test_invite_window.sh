#!/usr/bin/env bash
# Participants' phones (issue #15): `journeyboard --invite MAP` under Xvfb shows a QR code; zbarimg
# reads the page's address from a screenshot; curl fetches the page and posts the form the way a
# browser without JavaScript does; the note appears on the map, the facilitator saves, and the
# note is in the file, marked as from a participant. An idle invitation draws no frames.
# All traffic goes to 127.0.0.1 (JB_INVITE_ADDRESS).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
jb_need zbarimg curl

shots="$PWD/screenshots"
mkdir -p "$shots"
map="$JB_WORK/werkmap.cjm.json"
cp "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
export JB_FRAME_LOG="$JB_WORK/frames.log"
export JB_INVITE_ADDRESS=127.0.0.1
jb_start "$map" --invite
xdotool mousemove 400 700
jb_settle 2

# The code on the map: zbarimg reads the address back from the screen.
jb_shot "$shots/invite_code.png"
url="$(zbarimg --raw -q "$shots/invite_code.png" | head -n 1 || true)"
echo "QR code: $url"
[[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+/[a-z2-7]{26}/$ ]] || jb_fail "no invitation address in the QR code (read: '$url')"
base="${url#http://127.0.0.1:*/}"
origin="${url%/$base}"

# Idle with the invitation running: no frames drawn.
frames_before="$(wc -l <"$JB_FRAME_LOG")"
sleep 5
frames_idle=$(( $(wc -l <"$JB_FRAME_LOG") - frames_before ))
echo "frames drawn in 5 s of idle invitation: $frames_idle"
[ "$frames_idle" -le 2 ] || jb_fail "an idle invitation kept drawing ($frames_idle frames in 5 s)"

# The page, like a phone's first visit: a cookie, the moments, nothing of the persona.
jar="$JB_WORK/cookies.txt"
code="$(curl -s -o "$JB_WORK/page.html" -w '%{http_code}' -c "$jar" -b "$jar" "$url")"
[ "$code" = 200 ] || jb_fail "the page answered $code"
grep -q 'Versturen' "$JB_WORK/page.html" || jb_fail "the page has no Send button"
grep -q 'jb_p' "$jar" || jb_fail "no participant cookie"
if grep -q -e 'Bosman' -e 'Als het maar thuis kan' "$JB_WORK/page.html"; then jb_fail "the page shows the persona"; fi
moment="$(grep -o '<option value="[0-9]*"[^>]*>[^<]*2 kg[^<]*' "$JB_WORK/page.html" | head -n 1 | sed 's/<option value="\([0-9]*\)".*/\1/')"
[ -n "$moment" ] || jb_fail "the moment of the 2 kg alert is not on the page"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$origin/wrongtokenwrongtokenwrong2/")" = 404 ] || jb_fail "a wrong token was not 404"

# The form as a browser without JavaScript sends it (application/x-www-form-urlencoded).
frames_before="$(wc -l <"$JB_FRAME_LOG")"
text='Wie belt er in het weekend? Geen afspraak over de bereikbaarheid – één nummer graag'
code="$(curl -s -o "$JB_WORK/sent.html" -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "lang=nl" --data-urlencode "moment=$moment" --data-urlencode "kind=pain" \
    --data-urlencode "text=$text" "${url}note")"
echo "posted: $code"
[[ "$code" == "303 ${url}?lang=nl&m=sent&moment=$moment" ]] || jb_fail "the note was not acknowledged: $code"
curl -s -b "$jar" "${url}?lang=nl&m=sent&moment=$moment" | grep -q 'Verstuurd: je notitie staat op de kaart.' ||
    jb_fail "the page does not say the note was sent"
jb_settle 2
frames_woken=$(( $(wc -l <"$JB_FRAME_LOG") - frames_before ))
echo "frames drawn after the note arrived: $frames_woken"
[ "$frames_woken" -ge 1 ] || jb_fail "the note did not wake the app"
jb_shot "$shots/invite_note_arrived.png"

# Save with Ctrl+S: the note is in the file, on its moment, marked as from a participant.
xdotool mousemove 400 700
jb_key ctrl+s
jb_wait_saved
python3 - "$map" "$moment" "$text" <<'EOF' || jb_fail "the note is not in the saved file"
import json, sys
doc = json.load(open(sys.argv[1]))
moment, text = int(sys.argv[2]), sys.argv[3]
notes = [n for n in doc["situations"][0]["notes"] if n["text"] == text]
assert len(notes) == 1, notes
assert notes[0]["moment"] == moment and notes[0]["kind"] == "pain_point" and notes[0].get("participant") is True, notes[0]
others = [n for s in doc["situations"] for n in s["notes"] if n.get("participant") and n["text"] != text]
assert not others, others
print("saved: the note is on moment", moment, "marked as from a participant")
EOF
echo "PASS"
