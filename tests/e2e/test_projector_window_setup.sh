#!/usr/bin/env bash
# The projector window's set-ups (issue #16), on a wide virtual screen as in
# test_projector_window.sh: with `--invite` the participants' QR code stands on the projector
# too and zbarimg reads the page's address from the projector's half of the screen; with one
# monitor and no --projector-window, View > Projector window opens nothing and the status bar
# says that no second screen was found.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
JB_SCREEN="3840x1080x24"
jb_in_xvfb
jb_need tesseract zbarimg

jb_example
source "$(dirname "$0")/projector_lib.sh"

# Inviting participants: the QR code stands on the projector too, and a phone can read it there.
export JB_INVITE_ADDRESS=127.0.0.1
jb_start "$map" --invite --projector-window 1920,0,1920,1080
jb_wait_projector "len(d['phases']) == 7"
xdotool mousemove 400 700; jb_settle 2
jb_shot "$JB_WORK/invite.png"
cp "$JB_WORK/invite.png" "$PWD/screenshots/projector_window_invite.png"
projector_half "$JB_WORK/invite.png" "$JB_WORK/invite_projector.png"
url="$(zbarimg --raw -q "$JB_WORK/invite_projector.png" | head -n 1 || true)"
echo "QR code on the projector: $url"
[[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+/[a-z2-7]{26}/$ ]] || jb_fail "no invitation QR code on the projector (read: '$url')"
jb_stop

# One monitor and no --projector-window: View > Projector window says there is no second screen.
jb_start "$map"
jb_wait_layout "len(d['phases']) == 7"
jb_key ctrl+k; jb_settle 0.6
xdotool type --delay 120 "projector"; jb_settle 0.5
jb_key Return
status_says() {
    jb_shot "$JB_WORK/alone.png"
    convert "$JB_WORK/alone.png" -crop 1920x40+0+1040 +repage -resize 200% "$JB_WORK/status.png"
    tesseract "$JB_WORK/status.png" - 2>/dev/null >"$JB_WORK/status.txt" || true
    grep -qi "$1" "$JB_WORK/status.txt"
}
wait_until 'status_says "second screen"'
[ -z "$(projector_window)" ] || jb_fail "a projector window opened on the only monitor"
echo "one monitor: $(head -n 1 "$JB_WORK/status.txt")"
echo "PASS"
