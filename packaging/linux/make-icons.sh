#!/usr/bin/env bash
# Renders the application icon's PNG sizes from the SVG (run after editing the SVG; the PNGs are committed).
set -euo pipefail
cd "$(dirname "$0")/icons"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "${s}x${s}"
    rsvg-convert -w "$s" -h "$s" no.praksisplan.Praksisplan.svg -o "${s}x${s}/no.praksisplan.Praksisplan.png"
done
