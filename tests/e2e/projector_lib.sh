# Shared by the projector window tests (test_projector_window*.sh), sourced after lib.sh: the
# projector view's own layout dump (its coordinates start at its window's top-left corner) and
# its half of a 3840x1080 screen.
# shellcheck shell=bash

projector_dump="$JB_WORK/layout-projector.json"
jb_projector() { python3 -c "import json; d=json.load(open('$projector_dump')); print($1)"; }
jb_wait_projector() { jb_wait_dump "$projector_dump" "$1"; }
# The projector's half of a screenshot, for OCR and colours.
projector_half() { convert "$1" -crop 1920x1080+1920+0 +repage "$2"; }
projector_window() { xdotool search --onlyvisible --name '^Projector$' 2>/dev/null | head -n 1 || true; }
# Waits (up to ~20 s: typed keys reach the app one frame each, and a busy machine draws slowly)
# until the shell condition holds.
wait_until() {
    for _ in $(seq 1 100); do
        eval "$1" && return 0
        sleep 0.2
    done
    jb_fail "timed out waiting for: $1"
}
