# Shared by the window tests: run inside a virtual screen, start the real app, wait for its
# window, take screenshots. Each test script sources this with the app binary and source dir.
# shellcheck shell=bash

JB_BIN="$1"
JB_SRC="$2"
JB_SCREEN="${JB_SCREEN:-1920x1080x24}"

# Re-run the calling script inside its own Xvfb unless it already is in one.
jb_in_xvfb() {
    if [ -z "${JB_IN_XVFB:-}" ]; then
        for tool in xvfb-run xdotool import convert; do
            command -v "$tool" >/dev/null || { echo "missing $tool: run third_party/setup.sh test"; exit 1; }
        done
        # -noreset: Xvfb otherwise resets when its last client leaves, and an app started again
        # in that moment (a test that restarts it) finds no display.
        JB_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 $JB_SCREEN -noreset" bash "$0" "$JB_BIN" "$JB_SRC"
    fi
}

# Fails the test unless every tool named is installed (the test set-up installs them).
jb_need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || jb_fail "missing $tool: run third_party/setup.sh test"
    done
}

JB_WORK="$(mktemp -d "${TMPDIR:-/tmp}/jb-e2e.XXXXXX")"
JB_PID=""
jb_cleanup() {
    local status=$?
    set +e # the app ends by a signal here; that must not become the test's result
    if [ -n "$JB_PID" ]; then
        kill "$JB_PID" 2>/dev/null
        wait "$JB_PID" 2>/dev/null
    fi
    [ -n "${JB_KEEP_WORK:-}" ] || rm -rf "$JB_WORK"
    exit "$status"
}
trap jb_cleanup EXIT

# Starts the app with the given arguments and waits for its window; sets JB_WID.
# Open and Save As use the in-app path prompt, which xdotool can type into, unless the test sets
# JB_FILE_DIALOG=desktop (zenity); JB_APP_PATH replaces the app's PATH (e.g. one without zenity).
jb_start() {
    env -u XDG_CONFIG_HOME ${JB_APP_PATH:+PATH="$JB_APP_PATH"} JB_FILE_DIALOG="${JB_FILE_DIALOG:-builtin}" \
        HOME="$JB_WORK/home" XDG_STATE_HOME="$JB_WORK/state" "$JB_BIN" "$@" >"$JB_WORK/app.log" 2>&1 &
    JB_PID=$!
    mkdir -p "$JB_WORK/home"
    JB_WID=""
    for _ in $(seq 1 150); do
        JB_WID="$(xdotool search --onlyvisible --name 'JourneyBoard' 2>/dev/null | head -n 1 || true)"
        [ -n "$JB_WID" ] && break
        kill -0 "$JB_PID" 2>/dev/null || { echo "the app exited early:"; cat "$JB_WORK/app.log"; exit 1; }
        sleep 0.2
    done
    [ -n "$JB_WID" ] || { echo "no JourneyBoard window appeared"; cat "$JB_WORK/app.log"; exit 1; }
    xdotool windowsize "$JB_WID" 1920 1080 windowmove "$JB_WID" 0 0 2>/dev/null || true
    xdotool windowfocus --sync "$JB_WID" 2>/dev/null || xdotool windowfocus "$JB_WID" || true
    jb_settle
}

# Waits (up to ~20 s) until the app has drawn its menu bar: on a busy machine the window can be
# mapped well before its first frame (fonts, the example, hyphenation patterns).
jb_wait_drawn() {
    for _ in $(seq 1 40); do
        import -window root -crop 700x26+0+0 +repage "$JB_WORK/menu_probe.png" 2>/dev/null || true
        [ -f "$JB_WORK/menu_probe.png" ] && [ "$(jb_colours "$JB_WORK/menu_probe.png")" -gt 4 ] && return 0
        sleep 0.5
    done
    jb_fail "the app drew no menu bar"
}

# Copies a shipped map ($1, default the worked example) to $map in the work folder, has the app
# dump its layout (JB_E2E_DUMP_LAYOUT, for jb_layout) and makes the screenshots folder $shots.
jb_example() {
    map="$JB_WORK/kaart.cjm.json"
    cp "$JB_SRC/assets/maps/${1:-hartfalen-voorbeeld.cjm.json}" "$map"
    export JB_E2E_DUMP_LAYOUT="$JB_WORK/layout.json"
    shots="$PWD/screenshots"
    mkdir -p "$shots"
}

# jb_example with the worked example, then the app started on it; arguments go before the map
# (e.g. --present).
jb_start_example() {
    jb_example
    jb_start "$@" "$map"
}

# Ends the app started by jb_start (to start it again, e.g. in another language).
jb_stop() {
    if [ -n "$JB_PID" ]; then
        kill "$JB_PID" 2>/dev/null || true
        wait "$JB_PID" 2>/dev/null || true
    fi
    JB_PID=""
}

# Gives the app time to draw its frames after input (llvmpipe is slow on 2 cores).
jb_settle() { sleep "${1:-1.5}"; }

# Screenshot of the whole virtual screen into $1.
jb_shot() { import -window root "$1"; }

# Screenshot $JB_WORK/$2.png, kept as screenshots/$2.png too; fails unless more than $3 pixels
# differ from the screenshot $1 (what the screen showed before): $4 says what should have appeared.
jb_shot_changed() {
    local changed
    jb_shot "$JB_WORK/$2.png"
    mkdir -p "$PWD/screenshots" && cp "$JB_WORK/$2.png" "$PWD/screenshots/$2.png"
    changed="$(jb_diff_pixels "$1" "$JB_WORK/$2.png")"
    echo "pixels changed by $4: $changed"
    [ "$changed" -gt "$3" ] || jb_fail "no $4 on the screen"
}

# Fails unless the window title shows the map unchanged (no unsaved-changes dot); $1 says why not.
jb_title_unchanged() {
    local title
    title="$(xdotool getwindowname "$JB_WID")"
    [[ "$title" != *"●"* ]] || jb_fail "$1: $title"
}

# Number of distinct colours in an image.
jb_colours() { convert "$1" -format '%k' info:; }

# Number of pixels of exactly colour $2 (e.g. "#1F5F8B") in image $1.
jb_count_colour() {
    convert "$1" -alpha off -fill black +opaque "$2" -fill white -opaque "$2" -format '%[fx:round(mean*w*h)]' info:
}

jb_fail() { echo "FAIL: $*"; [ -f "$JB_WORK/app.log" ] && cat "$JB_WORK/app.log"; exit 1; }

# Number of pixels that differ between two images of the same size (a plain integer).
jb_diff_pixels() {
    local n
    n="$(compare -metric AE "$1" "$2" null: 2>&1 || true)"
    printf '%.0f' "$n"
}

# Presses a key combination (e.g. ctrl+v) and holds it for a moment, as a person does. (A press and
# release inside one frame, as `xdotool key` sends them, counts too: test_short_keys.sh.)
jb_key() {
    xdotool keydown "$1"
    sleep 0.15
    xdotool keyup "$1"
}

# [SECTION] canvas gestures (used with JB_E2E_DUMP_LAYOUT, see app/e2e_layout_dump.h)
# Input is sent slowly on purpose: ImGui 1.86 sees the mouse and keys once per frame, and
# llvmpipe draws only a few frames a second, so a quick tap or drag could fall between frames.

# Evaluates a Python expression over the layout dump `d` and prints the result.
jb_layout() { python3 -c "import json,sys; d=json.load(open('$JB_E2E_DUMP_LAYOUT')); print($1)"; }

# Waits (up to ~15 s) until the Python condition $2 over the layout dump `d` in file $1 holds.
jb_wait_dump() {
    for _ in $(seq 1 75); do
        [ -f "$1" ] && [ "$(python3 -c "import json; d=json.load(open('$1')); print(bool($2))" 2>/dev/null)" = "True" ] &&
            return 0
        sleep 0.2
    done
    jb_fail "timed out waiting for: $2 (in $(basename "$1"))"
}

# Waits (up to ~15 s) until the Python condition over the layout dump `d` holds.
jb_wait_layout() { jb_wait_dump "$JB_E2E_DUMP_LAYOUT" "$1"; }

# Left drag from ($1,$2) to ($3,$4) in several steps.
jb_drag() {
    local x0=$1 y0=$2 x1=$3 y1=$4 i
    xdotool mousemove "$x0" "$y0"; sleep 0.4
    xdotool mousedown 1; sleep 0.4
    for i in 1 2 3 4 5 6; do
        xdotool mousemove $((x0 + (x1 - x0) * i / 6)) $((y0 + (y1 - y0) * i / 6)); sleep 0.3
    done
    sleep 0.4
    xdotool mouseup 1; sleep 0.6
}

# Double-clicks at ($1,$2) until the in-place editor is open, then lets it take the keyboard. Two
# presses held a little, as a hand does; on a busy machine a frame can take longer than the
# double-click time, so it tries again as a person would.
jb_open_editor_at() {
    xdotool mousemove "$1" "$2"; sleep 0.3
    for _ in 1 2 3; do
        xdotool mousedown 1; sleep 0.08; xdotool mouseup 1; sleep 0.12
        xdotool mousedown 1; sleep 0.08; xdotool mouseup 1; sleep 1
        [ "$(jb_layout "d['editor_open']")" = "True" ] && break
    done
    jb_wait_layout "d['editor_open']"
    sleep 0.5
}

# Ctrl+S, then waits until the map file $map was written and the title shows it saved.
jb_save() {
    local before
    before="$(stat -c %Y.%s "$map")"
    jb_key ctrl+s
    for _ in $(seq 1 50); do
        [ "$(stat -c %Y.%s "$map")" != "$before" ] && break
        sleep 0.2
    done
    jb_wait_saved
}

# Starts the app on $map inviting participants on 127.0.0.1 and reads the page's address from the
# QR code on screen into $url.
jb_start_inviting() {
    export JB_INVITE_ADDRESS=127.0.0.1
    jb_start "$map" --invite
    jb_settle 2
    jb_shot "$JB_WORK/code.png"
    url="$(zbarimg --raw -q "$JB_WORK/code.png" | head -n 1 || true)"
    [[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+/[a-z2-7]{26}/$ ]] || jb_fail "no invitation address in the QR code (read: '$url')"
}

# Waits until the window title has no unsaved-changes dot (the save finished).
jb_wait_saved() {
    for _ in $(seq 1 75); do
        [[ "$(xdotool getwindowname "$JB_WID")" != *"●"* ]] && return 0
        sleep 0.2
    done
    jb_fail "the map was not saved (title: $(xdotool getwindowname "$JB_WID"))"
}
