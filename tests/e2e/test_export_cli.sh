#!/usr/bin/env bash
# `journeyboard export` under Xvfb without showing a window: paper sizes and dpi, the map inside
# (check gives the same counts), clear errors for unwritable paths, a full disk, pictures without
# a map or with a damaged one, and no display at all.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

example="$JB_SRC/assets/maps/hartfalen-voorbeeld.cjm.json"
out="$JB_WORK/a3.png"
"$JB_BIN" export "$example" -o "$out" >"$JB_WORK/export.log" 2>&1 || jb_fail "export failed: $(cat "$JB_WORK/export.log")"
cat "$JB_WORK/export.log"
[ "$(identify -format '%wx%h' "$out")" = "4961x3508" ] || jb_fail "A3 at 300 dpi is not 4961x3508: $(identify "$out")"
# pHYs: 300 dpi is 118.11 pixels per centimetre.
identify -verbose "$out" >"$JB_WORK/identify.txt"
grep -q 'png:pHYs: x_res=11811, y_res=11811, units=1' "$JB_WORK/identify.txt" || jb_fail "no 300 dpi (11811 pixels per metre) in the PNG"
# No window was shown: an export must not flash anything on the screen.
if xdotool search --onlyvisible --name 'JourneyBoard' >/dev/null 2>&1; then jb_fail "a visible window appeared"; fi
mkdir -p "$PWD/screenshots" && convert "$out" -resize 1600x "$PWD/screenshots/export_a3_300.png"

# The picture opens as the map: the same counts as the map file.
want="$("$JB_BIN" check "$example")"
got="$("$JB_BIN" check "$out")"
echo "check: $got"
[ "$want" = "$got" ] || jb_fail "check on the snapshot says '$got', on the map '$want'"

"$JB_BIN" export "$example" -o "$JB_WORK/a4.png" --paper A4 --dpi 150 --portrait >/dev/null
[ "$(identify -format '%wx%h' "$JB_WORK/a4.png")" = "1240x1754" ] || jb_fail "A4 portrait 150 dpi is not 1240x1754"
"$JB_BIN" export "$example" -o "$JB_WORK/both.png" --situation both --scale 1 >/dev/null
[ -s "$JB_WORK/both.png" ] || jb_fail "no picture of both situations"

# Errors: `error: ...`, a non-zero exit, and no file left behind.
expect_error() { # expected exit code, words in the message, command...
    local code=$1 words=$2
    shift 2
    set +e
    "$@" >"$JB_WORK/err.log" 2>&1
    local status=$?
    set -e
    [ "$status" -eq "$code" ] || jb_fail "expected exit $code, got $status from $*: $(cat "$JB_WORK/err.log")"
    grep -q "^error: .*$words" "$JB_WORK/err.log" || jb_fail "no 'error: ...$words' from $*: $(cat "$JB_WORK/err.log")"
}
expect_error 1 "" "$JB_BIN" export "$example" -o /proc/no-such-folder/map.png
expect_error 2 "is not one of A4" "$JB_BIN" export "$example" -o "$JB_WORK/x.png" --paper A5
expect_error 2 "needs -o" "$JB_BIN" export "$example"
[ ! -e "$JB_WORK/x.png" ] || jb_fail "a refused export wrote a file"
expect_error 1 "graphical session" env -u DISPLAY "$JB_BIN" export "$example" -o "$JB_WORK/x.png"
[ ! -e "$JB_WORK/x.png" ] || jb_fail "an export without a display wrote a file"

# A full disk: a tiny tmpfs when we may mount one.
mkdir -p "$JB_WORK/disk"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=256k tmpfs "$JB_WORK/disk" 2>/dev/null; then
    set +e
    "$JB_BIN" export "$example" -o "$JB_WORK/disk/map.png" >"$JB_WORK/err.log" 2>&1
    status=$?
    set -e
    listing="$(ls -A "$JB_WORK/disk")"
    umount "$JB_WORK/disk"
    [ "$status" -ne 0 ] || jb_fail "an export to a full disk reported success"
    grep -q "^error: .*disk is full" "$JB_WORK/err.log" || jb_fail "no full-disk message: $(cat "$JB_WORK/err.log")"
    [ -z "$listing" ] || jb_fail "the full disk holds a broken file: $listing"
else
    echo "not root: the full disk is covered by the snapshot unit tests instead"
fi

# Pictures that are not snapshots, or whose map is damaged.
convert -size 20x20 xc:white "$JB_WORK/plain.png"
expect_error 1 "does not contain a JourneyBoard map" "$JB_BIN" check "$JB_WORK/plain.png"
python3 - "$out" "$JB_WORK/damaged.png" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[data.index(b"Jan Bosman")] ^= 0x01  # one bit inside the map chunk
open(sys.argv[2], "wb").write(data)
PY
expect_error 1 "map inside this PNG picture is damaged" "$JB_BIN" check "$JB_WORK/damaged.png"
echo "PASS"
