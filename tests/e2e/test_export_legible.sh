#!/usr/bin/env bash
# An A3 print of the worked example is legible on the wall (issue #16): body text of at least 9 pt,
# the map filling the sheet instead of its middle third, and its moment titles read back by OCR
# (tesseract, Dutch) from the picture scaled to 150 dpi (all of them) and to 100 dpi (most).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
jb_need tesseract

example="$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json"
out="$JB_WORK/a3.png"
"$JB_BIN" export "$example" -o "$out" --paper A3 --dpi 300 >"$JB_WORK/export.log" 2>&1 || jb_fail "export failed: $(cat "$JB_WORK/export.log")"
cat "$JB_WORK/export.log"
body="$(sed -n 's/.*body text \([0-9.]*\) pt.*/\1/p' "$JB_WORK/export.log")"
[ -n "$body" ] || jb_fail "the export does not say its body text size"
awk -v b="$body" 'BEGIN { exit !(b >= 9.0) }' || jb_fail "body text is $body pt on A3, less than 9 pt"

# The map fills the sheet: what is not white spans nearly all of the 277 x 400 mm inside the margins.
read -r content_w content_h < <(convert "$out" -trim -format '%w %h\n' info:)
echo "drawn: $content_w x $content_h of 4961 x 3508 pixels"
[ "$content_h" -ge $((3272 * 90 / 100)) ] || jb_fail "the map is only $content_h pixels high: the sheet is not filled"
[ "$content_w" -ge $((4725 * 90 / 100)) ] || jb_fail "the map is only $content_w pixels wide: the sheet is not filled"

mkdir -p "$PWD/screenshots"
convert "$out" -resize 33.333% "$PWD/screenshots/export_a3_100dpi.png"
# OCR reads the map right of the persona card (the left eighth of the sheet): tesseract's page
# layout analysis otherwise takes the card's dense column of text and the titles beside it for
# one block, and the titles it then reads depend on what the persona says.
convert "$out" -gravity East -crop 88%x100%+0+0 +repage -resize 50% "$JB_WORK/a3_150.png"
convert "$out" -gravity East -crop 88%x100%+0+0 +repage -resize 33.333% "$JB_WORK/a3_100.png"
python3 "$JB_SRC/tests/e2e/ocr_check.py" "$example" 0 titles "$JB_WORK/a3_150.png" || jb_fail "at 150 dpi not every title is read"
set +e
python3 "$JB_SRC/tests/e2e/ocr_check.py" "$example" 0 titles "$JB_WORK/a3_100.png" >"$JB_WORK/ocr100.txt"
set -e
cat "$JB_WORK/ocr100.txt"
read_100="$(sed -n 's/^OCR read \([0-9]*\) of.*/\1/p' "$JB_WORK/ocr100.txt")"
[ "${read_100:-0}" -ge 6 ] || jb_fail "at 100 dpi OCR reads only ${read_100:-0} titles"
echo "PASS"
