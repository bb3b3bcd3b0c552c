#!/usr/bin/env bash
# Takes the AppStream screenshots from the real program on a demo plan, without a display (offscreen), in
# Bokmål. The pictures go to packaging/linux/screenshots/ (committed); the metainfo names them under
# https://praksisplan.no/screenshots/, where the website publishes the same files.
# usage: packaging/linux/take-screenshots.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=$(cd "${1:?usage: take-screenshots.sh BUILD_DIR [OUT_DIR]}" && pwd)
out=${2:-$(dirname "$0")/screenshots}
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A scratch home: the user's settings, recent files and backups are left alone.
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export LANG=nb_NO.UTF-8 LANGUAGE=nb QT_QPA_PLATFORM=offscreen
"$build/app/praksisplan-cli" --db "$scratch/demo.praksisplan" demo --students 400 >/dev/null
for page in overview planner placements template; do
    "$build/app/praksisplan" --page "$page" --size 1536x768 --screenshot "$out/$page.png" "$scratch/demo.praksisplan"
    echo "take-screenshots: $out/$page.png"
done
