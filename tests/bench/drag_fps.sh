#!/usr/bin/env bash
# Frames per second of the real app while the mouse drags across the stress map, under Xvfb
# (Mesa llvmpipe: the GPU is the CPU). Not a test: it prints figures for the README.
#   bash tests/bench/drag_fps.sh build/journeyboard .
# Writes the stress map with journeyboard_bench (next to the app), opens it, and drags with
# xdotool at about 100 mouse moves per second; the app logs each frame (JB_FRAME_LOG), and the
# frames whose time falls inside the drag are counted. Screenshots go to $JB_SHOTS (default
# ./screenshots): stress_fit.png, stress_100.png.
set -euo pipefail
source "$(dirname "$0")/../e2e/lib.sh"
jb_in_xvfb

shots="${JB_SHOTS:-$PWD/screenshots}"
mkdir -p "$shots"
bench="$(dirname "$JB_BIN")/journeyboard_bench"
map="${JB_DRAG_MAP:-}" # another map to compare with, e.g. the example
if [ -z "$map" ]; then
    map="$JB_WORK/stress.cjm.json"
    "$bench" --write-stress "$map" >/dev/null
fi
# Where the cards are at fit: one run with the layout dump (a test hook that costs time on a
# map this big), then the measured run without it. The same map in the same window lays out the same.
JB_E2E_DUMP_LAYOUT="$JB_WORK/layout.json" jb_start "$map"
export JB_E2E_DUMP_LAYOUT="$JB_WORK/layout.json"
jb_wait_layout "len(d['moments']) > 0"
unset JB_E2E_DUMP_LAYOUT
# Cards left of the inspector: the canvas ends where the lanes' rows are cut off by the panel.
read -r card_y card_x0 card_x1 <<<"$(python3 -c "
import json; d = json.load(open('$JB_WORK/layout.json'))
cards = [m['card'] for m in d['moments'] if m['card'][0] >= 0 and m['card'][2] <= 1300]
print(int((cards[0][1] + cards[0][3]) / 2), int(cards[0][0]), int(cards[-1][2]))")"
kill "$JB_PID" && wait "$JB_PID" 2>/dev/null || true
echo "cards at fit: y $card_y, x $card_x0 .. $card_x1"

export JB_FRAME_LOG="$JB_WORK/frames.log"
jb_start "$map"
if [ -n "${JB_PERF:-}" ]; then # profile the drags: perf record into $JB_PERF
    perf record -g -o "$JB_PERF" -p "$JB_PID" >/dev/null 2>&1 &
fi
jb_settle 3

# Drags with mouse button $1 from ($2, $3) by ($4, $5) pixels in $6 steps; prints frames per second.
drag() {
    local button="$1" x="$2" y="$3" dx="$4" dy="$5" steps="$6" args=() i start end
    args=(mousemove "$x" "$y" mousedown "$button")
    for ((i = 1; i <= steps; i++)); do
        args+=(mousemove $((x + dx * i / steps)) $((y + dy * i / steps)) sleep 0.01)
    done
    args+=(mouseup "$button")
    start="$(date +%s.%N)"
    xdotool "${args[@]}"
    end="$(date +%s.%N)"
    awk -v s="$start" -v e="$end" '$1 >= s && $1 <= e { n++; if (last) { gap = $1 - last; if (gap > worst) worst = gap } last = $1 }
        END { printf "%d frames in %.2f s: %.1f frames per second, longest frame %.0f ms\n", n, e - s, n / (e - s), worst * 1000 }' \
        "$JB_FRAME_LOG"
}

jb_shot "$shots/stress_fit.png"
# Select the cards on screen with a rubber band from the empty canvas above the map, then drag
# them along the timeline by one of them: the canvas edits the model every frame.
xdotool mousemove "$card_x0" 100 mousedown 1 sleep 0.3 mousemove $((card_x0 + 200)) 300 sleep 0.3 \
    mousemove "$card_x1" "$card_y" sleep 0.5 mouseup 1
jb_settle 2
middle_x=$(((card_x0 + card_x1) / 2))
echo -n "drag the selected moments at fit (left-button drag): "
drag 1 "$middle_x" "$card_y" 300 0 200
jb_settle 2
jb_shot "$shots/stress_fit_dragged.png"
xdotool keydown ctrl keydown a sleep 0.3 keyup a keyup ctrl # select all: 5,000 moments and 10,000 notes
jb_settle 2
echo -n "drag all 15,000 cards and notes at fit (left-button drag): "
drag 1 $((middle_x + 300)) "$card_y" -300 0 200
jb_settle 2
xdotool mousemove "$card_x0" 100 click 1 # clear the selection
jb_settle 1
echo -n "pan across the map at fit (right-button drag): "
drag 3 1200 600 -1000 0 200
jb_settle 2

xdotool keydown ctrl keydown 0 sleep 0.2 keyup 0 keyup ctrl # held over a few frames
jb_settle 2
jb_shot "$shots/stress_100.png"
echo -n "pan at 100 % (right-button drag): "
drag 3 1200 600 -1000 200 200
jb_settle 1
jb_shot "$shots/stress_100_panned.png"
