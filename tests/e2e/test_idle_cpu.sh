#!/usr/bin/env bash
# An idle JourneyBoard costs nothing: open on the example, left alone for 10 s, it draws no
# frames and its CPU time (utime + stime from /proc) stays within a few clock ticks.
# Not a speed test: a busy loop would use the whole 10 s (about 1,000 ticks).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb

export JB_FRAME_LOG="$JB_WORK/frames.log"
jb_start
xdotool mousemove 960 600 # the pointer rests over the canvas, as in a workshop
jb_settle 3

# CPU ticks used so far (fields 14 and 15 of /proc/PID/stat, counted after the ')' of the name).
cpu_ticks() { sed 's/.*) //' "/proc/$JB_PID/stat" | awk '{print $12 + $13}'; }
ticks_before="$(cpu_ticks)"
frames_before="$(wc -l <"$JB_FRAME_LOG")"
sleep 10
ticks_after="$(cpu_ticks)"
frames_after="$(wc -l <"$JB_FRAME_LOG")"
ticks=$((ticks_after - ticks_before))
frames=$((frames_after - frames_before))
hz="$(getconf CLK_TCK)"
echo "idle for 10 s: $ticks CPU ticks of 1/$hz s ($((ticks * 100 / (10 * hz))) % of one core), $frames frames drawn"
[ "$frames_before" -gt 0 ] || jb_fail "the frame log stayed empty: JB_FRAME_LOG is not written"
[ "$frames" -le 2 ] || jb_fail "the app kept drawing while nothing happened ($frames frames in 10 s)"
# Target 1 % of one core (10 ticks at 100 Hz); the threshold leaves room for a busy machine's noise.
[ "$ticks" -le $((hz / 4)) ] || jb_fail "the idle app used $ticks CPU ticks in 10 s"

# Input wakes it up: a few wheel clicks draw frames again.
xdotool click 4 click 5
jb_settle 2
frames_woken="$(wc -l <"$JB_FRAME_LOG")"
echo "frames after two wheel clicks: $((frames_woken - frames_after))"
[ "$frames_woken" -gt "$frames_after" ] || jb_fail "input did not wake the app"
echo "PASS"
