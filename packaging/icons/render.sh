#!/usr/bin/env bash
# Renders the PNG sizes of the icons from their SVG sources (needs rsvg-convert from
# librsvg2-bin). The PNGs are kept in the repository, so building needs no SVG tools.
set -euo pipefail
cd "$(dirname "$0")"
for name in routekaart routekaart-project; do
    for size in 16 24 32 48 64 128 256; do
        mkdir -p "hicolor/${size}x${size}"
        rsvg-convert -w "$size" -h "$size" "$name.svg" -o "hicolor/${size}x${size}/$name.png"
    done
done
