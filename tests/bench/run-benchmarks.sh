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
# The code measured, by digest: the test "bench: BENCHMARKS.md measured on the current code"
# compares it with the code as it is. Uncommitted changes count: measure what will be committed.
measured=$(cmake -DROOT="$root" -P "$root/tests/bench/measured-code.cmake" 2>&1)
# LibreOffice is the peer for the reports; without it those rows say so.
command -v soffice >/dev/null || echo "LibreOffice (soffice) is not installed: the reports are measured without a peer." >&2
"$build/tests/bench/rk-bench" "$build" "$build/resources/demo/Voorbeeldstad.routekaart" \
    "$data/large.routekaart" "$data/medium.routekaart" "$root/BENCHMARKS.md" "$measured"
# The migration section is the last one: written anew on every run.
sed -i '/^## Migration from schema 4 to 5$/,$d' "$root/BENCHMARKS.md"
{
    echo "## Migration from schema 4 to 5"
    echo
    echo "Linear in the file's size: each activity is read once and linked by its key, so the time"
    echo "per activity stays nearly the same from 10,000 to 100,000 activities, each with an owner of"
    echo "its own, the worst case (rk-bench-migration, same machine and run). The small rise per"
    echo "activity is the B-tree's depth (a lookup by primary key grows with the logarithm of the"
    echo "table), not a second pass. Before, the step ran one full-table UPDATE per distinct owner:"
    echo "20,000 owners took 144 s."
    echo
    "$build/tests/bench/rk-bench-migration" "$root/tests/data/fixtures/schema-v1.sql"
} >> "$root/BENCHMARKS.md"
