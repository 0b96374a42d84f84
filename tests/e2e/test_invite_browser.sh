#!/usr/bin/env bash
# A participant's phone in a real browser (issue #15): Debian's chromium, driven by playwright-core
# (tests/browser/, installed into the build folder by the browser_setup test), opens the page from
# the QR code with a phone-size viewport, sends a note through the form and places two dots in
# the map's open voting round. The facilitator saves; the file has the note and the dots.
# All traffic goes to 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
export JB_NODE_MODULES="$PWD/browser/node_modules"
export JB_CHROMIUM="${JB_CHROMIUM:-$(command -v chromium || true)}"
jb_need zbarimg node
[ -x "$JB_CHROMIUM" ] || jb_fail "missing chromium: run third_party/setup.sh test"
[ -d "$JB_NODE_MODULES/playwright-core" ] || jb_fail "playwright-core is not installed: run ctest -R browser_setup (tests/browser/setup.sh)"

shots="$PWD/screenshots"
mkdir -p "$shots"
map="$JB_WORK/stemmen.cjm.json"
# The worked example with an open voting round of 3 dots per person.
python3 - "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
round_id = doc["next_id"]
doc["next_id"] += 1
doc["voting_rounds"] = [{"id": round_id, "name": "Stemronde 1", "key": "e2ebrowserround",
                         "kinds": ["pain_point", "opportunity"], "dots_per_person": 3, "open": True}]
json.dump(doc, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
"$JB_BIN" check "$map" | grep -q '^ok: ' || jb_fail "the map with a voting round does not load"

jb_start_inviting

text="Telemonitoring samen met Ria oefenen, een week lang"
result="$(node "$JB_SRC/tests/browser/invite_phone.js" "$url" "$text" "$shots/invite_phone")" || jb_fail "the browser run failed: $result"
echo "browser: $result"
jb_settle 1
jb_shot "$shots/invite_phone_map.png"

xdotool mousemove 400 700
jb_key ctrl+s
jb_wait_saved
python3 - "$map" "$text" <<'PY' || jb_fail "the note or its dots are not in the saved file"
import json, sys
doc = json.load(open(sys.argv[1]))
round_id = doc["voting_rounds"][0]["id"]
notes = [n for n in doc["situations"][0]["notes"] if n["text"] == sys.argv[2]]
assert len(notes) == 1, notes
n = notes[0]
assert n.get("participant") is True and n["kind"] == "opportunity", n
votes = n.get("votes", [])
assert len(votes) == 1 and votes[0]["round"] == round_id and votes[0]["dots"] == 2 and votes[0]["voter"] != "facilitator", votes
print("saved: the browser's note with", votes[0]["dots"], "dots from one anonymous voter")
PY
echo "PASS"
