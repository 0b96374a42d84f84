#!/usr/bin/env bash
# The timer counts down on screen and wakes the app about once a second, no more; the laser
# pointer's trail appears while the mouse moves and fades, after which the app draws nothing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
# Keys held a little longer than jb_key's: on a busy machine a frame can take longer than its
# 0.15 s, and ImGui 1.86 loses a key pressed and released between two frames.
jb_key() { xdotool keydown "$1"; sleep 0.4; xdotool keyup "$1"; sleep 0.2; }

export JB_E2E_DUMP_LAYOUT="$JB_WORK/layout.json"
export JB_FRAME_LOG="$JB_WORK/frames.log"
shots="$PWD/screenshots"
mkdir -p "$shots"
jb_start
jb_key Escape # the start screen
jb_wait_layout "len(d['moments']) > 0"
frames() { wc -l <"$JB_FRAME_LOG"; }

# Timer: the palette's "5 min" row starts it.
xdotool mousemove 960 600; sleep 0.3
jb_key ctrl+k
sleep 0.6
xdotool type --delay 80 "timer 5"
sleep 0.6
jb_key Return
jb_wait_layout "d['facilitate']['timer'] in ('05:00', '04:59', '04:58')"
sleep 1
jb_shot "$shots/timer_0_started.png"
first="$(jb_layout "d['facilitate']['timer']")"
before="$(frames)"
sleep 5
after="$(frames)"
second="$(jb_layout "d['facilitate']['timer']")"
jb_shot "$shots/timer_1_later.png"
echo "timer $first -> $second, $((after - before)) frames in 5 s"
[ "$first" != "$second" ] || jb_fail "the timer did not count down ($first)"
[ "$((after - before))" -ge 3 ] || jb_fail "the timer's digits were not redrawn every second"
[ "$((after - before))" -le 8 ] || jb_fail "a running timer drew $((after - before)) frames in 5 s (at most one a second)"
# The corner where the timer stands changed between the two pictures.
convert "$shots/timer_0_started.png" -crop 420x200+1200+0 "$JB_WORK/t0.png"
convert "$shots/timer_1_later.png" -crop 420x200+1200+0 "$JB_WORK/t1.png"
changed="$(jb_diff_pixels "$JB_WORK/t0.png" "$JB_WORK/t1.png")"
echo "timer corner: $changed pixels changed"
[ "$changed" -gt 50 ] || jb_fail "the timer's digits on screen did not change"

# Stop it again: the palette's Stop row.
jb_key ctrl+k
sleep 0.6
xdotool type --delay 80 "stop timer"
sleep 0.6
jb_key Return
jb_wait_layout "d['facilitate']['timer'] == ''"

# Laser: switched on from the palette (as from the menu); the mouse moves, the trail shows, then
# fades.
jb_key ctrl+k
sleep 0.6
xdotool type --delay 80 "laser"
sleep 0.6
jb_key Return
jb_wait_layout "d['facilitate']['laser']"
for i in $(seq 0 12); do xdotool mousemove $((700 + i * 25)) $((500 + i * 8)); sleep 0.05; done
sleep 0.1
jb_shot "$shots/laser_0_trail.png"
red="$(jb_count_colour "$shots/laser_0_trail.png" "#F02020")"
echo "laser red pixels: $red"
[ "$red" -gt 100 ] || jb_fail "no laser dot on screen"
sleep 1.5 # the trail fades in 0.6 s
settled="$(frames)"
sleep 3
idle="$(( $(frames) - settled ))"
echo "frames while the laser rests after its trail faded: $idle"
[ "$idle" -le 1 ] || jb_fail "the app kept drawing after the trail faded ($idle frames in 3 s)"
jb_shot "$shots/laser_1_rest.png"
jb_key k # a tap of K switches it off
jb_wait_layout "not d['facilitate']['laser']"
echo "PASS"
