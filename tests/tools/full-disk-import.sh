#!/usr/bin/env bash
# A disk that fills up while the command line imports: the import fails with the full-disk
# message and exit 2, and the project is put back at once: the same bytes, no journal beside
# it, and a look that may not write (--verify) opens it. The disk is a 4 MB tmpfs in a mount
# namespace of this test alone (unshare), so nothing of the machine's is touched.
# Usage: full-disk-import.sh ROUTEKAART DEMO_PROJECT. Exit 77 (skipped) where the kernel
# allows no mount namespace to this user.
set -euo pipefail
app=$1
demo=$2
unshare --map-root-user --mount true 2>/dev/null || { echo "no mount namespace here: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/disk"
awk 'BEGIN { print "datum;waarde;bron"; for (i = 0; i < 99000; i++) printf "%02d-%02d-%04d;%d,5;Registratie\n", i % 28 + 1, int(i / 28) % 12 + 1, 1700 + int(i / 336), i % 99 }' >"$work/metingen.csv"
unshare --map-root-user --mount bash -euo pipefail -c '
    app=$1; demo=$2; work=$3
    mount -t tmpfs -o size=4M none "$work/disk"
    cp "$demo" "$work/disk/p.routekaart"
    status=0
    "$app" --import-measurements "$work/metingen.csv" "$work/disk/p.routekaart" --indicator "Ernstig eenzaam (18+)" \
        2>"$work/err" || status=$?
    cat "$work/err"
    [[ $status -eq 2 ]] || { echo "FAIL: exit $status, expected 2"; exit 1; }
    grep -q "De schijf is vol" "$work/err" || { echo "FAIL: no full-disk message"; exit 1; }
    [[ ! -e "$work/disk/p.routekaart-journal" ]] || { echo "FAIL: a journal was left beside the project"; exit 1; }
    cmp -s "$demo" "$work/disk/p.routekaart" || { echo "FAIL: the project changed"; exit 1; }
    "$app" --verify "$work/disk/p.routekaart" || { echo "FAIL: --verify refuses the project"; exit 1; }
' full-disk "$app" "$demo" "$work"
