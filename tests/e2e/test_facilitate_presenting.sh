#!/usr/bin/env bash
# Dot voting while presenting (issue #13): a click on a note of the phase on screen adds a dot,
# as in the editing view (the presented layout is the one hit), and Enter shows the results.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
jb_start_example --present
jb_wait_layout "d['presenting']"
jb_key Right; jb_key Right; jb_key Right
jb_wait_layout "d['step'] == 3"
sleep 1
xdotool mousemove 960 540; sleep 0.3
jb_key v
jb_wait_layout "d['voting']['open']"
# The first note fully on screen.
read -r ax ay <<<"$(jb_layout "(lambda n: '%d %d' % ((n['box'][0]+n['box'][2])/2, (n['box'][1]+n['box'][3])/2))([n for n in d['notes'] if n['box'][0] > 0 and n['box'][2] < 1900][0])")"
for _ in 1 2; do
    xdotool mousemove "$ax" "$ay"; sleep 0.3
    xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; sleep 0.45
done
jb_wait_layout "d['voting']['dots'] == 2"
jb_key t # the timer's panel opens over the presentation
sleep 1
jb_shot "$JB_WORK/dots.png"
cp "$JB_WORK/dots.png" "$PWD/screenshots/presenting_dots.png"
jb_key Return
jb_wait_layout "not d['voting']['open'] and d['voting']['results']"
jb_layout "d['presenting']" | grep -q True || jb_fail "ending the round left the presentation"
echo "PASS"
