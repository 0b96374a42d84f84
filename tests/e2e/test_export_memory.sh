#!/usr/bin/env bash
# Export memory (issue #11, item 10): an A3 300 dpi export of a map at the 100,000-moment limit
# peaked at about 690 MB (the whole picture as one GL tile, the map's text copied four times).
# It must stay under 560 MB (/usr/bin/time -v: the peak resident memory of the real binary).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
here="$(cd "$(dirname "$0")" && pwd)"

map="$JB_WORK/huge.cjm.json"
python3 "$here/make_huge_map.py" "$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json" "$map"
counts="$("$JB_BIN" check "$map")" || jb_fail "the generated map does not load: $counts"
echo "$counts"
[[ "$counts" == *"100000 moments"* ]] || jb_fail "not a map of 100,000 moments: $counts"

out="$JB_WORK/huge.png"
/usr/bin/time -v "$JB_BIN" export "$map" -o "$out" --paper A3 --dpi 300 >"$JB_WORK/export.log" 2>&1 ||
    jb_fail "export failed: $(cat "$JB_WORK/export.log")"
grep -E "exported|Maximum resident|Elapsed" "$JB_WORK/export.log"
[ "$(identify -format '%wx%h' "$out")" = "4961x3508" ] || jb_fail "not an A3 300 dpi picture: $(identify "$out")"
peak_kb="$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)/\1/p' "$JB_WORK/export.log")"
echo "peak resident memory of the export: $((peak_kb / 1024)) MB"
[ "$peak_kb" -lt $((560 * 1024)) ] || jb_fail "the export peaked at $((peak_kb / 1024)) MB (at most 560 MB)"
