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
          fonts-inter fonts-dejavu-core libgl1-mesa-dri zenity)
# Tests also need a virtual screen, a mouse and keyboard driver, and screenshots.
if [ "$mode" = test ]; then
    packages+=(catch2 xvfb xauth xdotool imagemagick x11-utils python3-tk)
else
    packages+=(catch2)
fi

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
cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" -j "$jobs"

case "$mode" in
run)
    shift || true
    exec "$build_dir/journeyboard" "$@"
    ;;
test)
    cd "$build_dir"
    # ctest prints its summary last: "100% tests passed, 0 tests failed out of N".
    ctest --output-on-failure -j "$jobs"
    ;;
*)
    echo "usage: third_party/setup.sh run [FILE] | test" >&2
    exit 2
    ;;
esac
