#!/usr/bin/env bash
# Pulls the plug on saving: starts the save loop, kills it with SIGKILL after a random delay, and
# checks that the map on disk (save) or every autosaved version (autosave) loads, as version A or
# B, never anything in between. JB_KILL_ITERATIONS sets the count (200 in the test suite; the
# README's stress run uses more).
#   kill_save.sh SAVE_LOOP JOURNEYBOARD save|autosave
set -euo pipefail
loop_bin="$1"
jb_bin="$2"
mode="$3"
iterations="${JB_KILL_ITERATIONS:-200}"
work="$(mktemp -d "${TMPDIR:-/tmp}/jb-kill.XXXXXX")"
trap 'rm -rf "$work"' EXIT
target="$work/workshop.cjm.json"
[ "$mode" = autosave ] && target="$work/recovery"

torn=0 # kills that left a half-written temporary file: the write really was interrupted
for i in $(seq 1 "$iterations"); do
    rm -f "$work/loop.out" # the child truncates it only after the fork: no stale "ready"
    "$loop_bin" "$mode" "$target" >"$work/loop.out" 2>"$work/loop.err" &
    pid=$!
    # Wait until the first complete write is on disk, then let it run 0..40 ms more.
    for _ in $(seq 1 500); do
        grep -q ready "$work/loop.out" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || { echo "FAIL: the save loop stopped: $(cat "$work/loop.err")"; exit 1; }
        sleep 0.01
    done
    sleep "0.0$(printf '%02d' $((RANDOM % 40)))"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true

    if [ "$mode" = save ]; then
        files=("$target")
        ls "$work" | grep -q '\.tmp-' && torn=$((torn + 1))
    else
        # The killed process's set: its key holds its pid ("<seconds>-<pid>-<n>").
        mapfile -t files < <(ls "$target"/*-"$pid"-*.cjm.json)
        [ "${#files[@]}" -ge 1 ] || { echo "FAIL: iteration $i: no autosaved version"; exit 1; }
        [ "${#files[@]}" -le 10 ] || { echo "FAIL: iteration $i: ${#files[@]} versions kept (at most 10)"; exit 1; }
        [ -f "$(ls "$target"/*-"$pid"-*.lock)" ] || { echo "FAIL: iteration $i: no lock file"; exit 1; }
        ls "$target" | grep -q '\.tmp-' && torn=$((torn + 1))
    fi
    for f in "${files[@]}"; do
        out="$("$jb_bin" check "$f")" || { echo "FAIL: iteration $i: $f does not load: $out"; exit 1; }
        title="$(grep -m1 '"title"' "$f")"
        [[ "$title" == *'"title": "A"'* || "$title" == *'"title": "B"'* ]] || { echo "FAIL: iteration $i: unexpected title $title"; exit 1; }
    done
    # Leftovers of the killed process are what the next start offers or cleans; start afresh.
    find "$work" -name '*.tmp-*' -delete
    rm -rf "$work/recovery"
done
echo "PASS: $iterations kills during $mode; $torn of them interrupted a write (a temp file was left), every file loaded"
