#!/usr/bin/env bash
# Test set-up of the browser test: installs playwright-core (the version in package-lock.json)
# from npm into the build folder given as $1, never into the source tree. Skips the download
# when that exact version is there already.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
dest="$1"
mkdir -p "$dest"
if cmp -s "$src/package-lock.json" "$dest/package-lock.json" && [ -f "$dest/node_modules/playwright-core/package.json" ]; then
    echo "playwright-core already installed in $dest"
    exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dest/"
cd "$dest"
# --ignore-scripts: nothing runs at install time, and no browser is downloaded (Debian's chromium is used).
npm ci --ignore-scripts --no-audit --no-fund
test -f node_modules/playwright-core/package.json
echo "playwright-core $(node -p "require('./node_modules/playwright-core/package.json').version") installed in $dest"
