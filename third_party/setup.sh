#!/usr/bin/env bash
# One set-up for both README commands: install what is missing from Debian 12's packages,
# configure and build, then either open the app on the worked example (`run`) or run every
# test (`test`). Safe to run again: it installs only what is missing and builds incrementally.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-run}"
build_dir="${JB_BUILD_DIR:-$here/build}"

# Build and run: compiler, CMake, and the libraries and fonts the app links or loads.
packages=(build-essential cmake pkg-config python3-glad
          libimgui-dev libglfw3-dev libgl-dev libfreetype-dev libcereal-dev libstb-dev libdeflate-dev
          libhyphen-dev hyphen-nl hyphen-en-us libcpp-httplib-dev libqrencode-dev libcairo2-dev libpango1.0-dev
          fonts-inter fonts-dejavu-core libgl1-mesa-dri zenity)
# Tests also need a virtual screen, a mouse and keyboard driver, and screenshots. `sanitize` runs
# the same tests built with AddressSanitizer and UBSan (in build-asan/); `fuzz` needs clang.
# The participants' page is tested with zbarimg (the QR code), curl, and Chromium driven by
# playwright-core from npm (installed into the build folder by the test set-up).
if [ "$mode" = test ] || [ "$mode" = sanitize ]; then
    packages+=(catch2 xvfb xauth xdotool imagemagick x11-utils python3-tk tesseract-ocr tesseract-ocr-nld zbar-tools curl chromium nodejs poppler-utils time)
    # Debian's npm; a Node.js from elsewhere (NodeSource) brings its own and conflicts with it.
    command -v npm >/dev/null 2>&1 || packages+=(npm)
else
    packages+=(catch2)
fi
[ "$mode" = fuzz ] && packages+=(clang)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
if [ "$mode" = sanitize ]; then
    # Set before building too: the build lists the tests by running the test programs.
    # alloc_dealloc_mismatch=0: tests/app/test_draw_allocations.cpp replaces operator new and
    # delete with malloc and free to count allocations, which ASan would report as a mismatch.
    export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:alloc_dealloc_mismatch=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    export LSAN_OPTIONS="suppressions=$here/tests/sanitize/lsan.supp:print_suppressions=0"
    build_dir="${JB_ASAN_BUILD_DIR:-$here/build-asan}"
    cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJB_SANITIZE=ON
elif [ "$mode" = fuzz ]; then
    build_dir="${JB_FUZZ_BUILD_DIR:-$here/build-fuzz}"
    CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJB_FUZZ=ON
else
    cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" -j "$jobs"

# Unit tests run once: a flaky failure there must show. Only the window tests (label e2e) run
# once more before a failure counts: they share one virtual screen server per test and a busy
# machine can lose its start-up; a real fault fails twice. Each ctest prints its summary last
# ("100% tests passed, 0 tests failed out of N"); the second one, the window tests', ends the output.
run_tests() {
    local status=0
    ctest --output-on-failure -j "$jobs" -LE e2e "$@" || status=1
    ctest --output-on-failure -j "$jobs" -L e2e --repeat until-pass:2 "$@" || status=1
    return $status
}

case "$mode" in
run)
    shift || true
    exec "$build_dir/journeyboard" "$@"
    ;;
test)
    cd "$build_dir"
    run_tests
    ;;
sanitize)
    cd "$build_dir"
    # Any report stops the test that caused it, and a leak fails it too. The participants' server
    # runs sanitized in its unit tests and the invite window test; the real-browser and 30-phone
    # load tests measure a browser and pacing, not our memory, and the export memory test measures
    # the normal build's peak memory (ASan's shadow memory would count too): they only run in the normal build.
    run_tests -E 'browser_setup|e2e_test_invite_browser|e2e_test_invite_load|e2e_test_export_memory'
    ;;
fuzz)
    # Seeds: the shipped maps, the bad files, the version files, the extra seeds and every crash
    # file; the corpus grows in build-fuzz/corpus. JB_FUZZ_SECONDS sets the run time (600).
    cd "$build_dir"
    mkdir -p corpus artifacts
    cp "$here"/assets/maps/*.cjm.json "$here"/tests/data/bad/*.json "$here"/tests/data/bad/*.png \
       "$here"/tests/data/compat/* "$here"/tests/fuzz/seeds/*.png "$here"/tests/fuzz/seeds/*.jpg "$here"/tests/fuzz/seeds/*.gif \
       "$here"/tests/fuzz/crashes/*.cjm.json "$here"/tests/fuzz/crashes/*.jpg corpus/
    ./fuzz_load corpus -dict="$here/tests/fuzz/cjm.dict" -max_total_time="${JB_FUZZ_SECONDS:-600}" -timeout=10 \
        -print_final_stats=1 -artifact_prefix=artifacts/
    ;;
*)
    echo "usage: third_party/setup.sh run [FILE] | test | sanitize | fuzz" >&2
    exit 2
    ;;
esac
