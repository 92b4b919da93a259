#!/usr/bin/env bash
# Validates the desktop entry, the AppStream metainfo and the MIME type, and checks that
# the MIME database built from our XML knows the type by extension and by magic.
# Usage: validate-desktop-files.sh SOURCE_DIR BUILD_DIR. Exit 77 (skipped) without the tools.
set -euo pipefail
src=$1
build=$2
for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || { echo "missing $tool: skipped"; exit 77; }
done
id=nl.routekaart.Werkboek

desktop-file-validate "$src/packaging/$id.desktop"
appstreamcli validate --no-net --pedantic "$build/packaging/$id.metainfo.xml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$src/packaging/$id.mime.xml" "$work/mime/packages/"
if update-mime-database "$work/mime" 2>&1 | grep -i -E "error|warning|invalid"; then
    echo "update-mime-database complained about $id.mime.xml" >&2
    exit 1
fi
grep -q '<glob pattern="\*.routekaart"' "$work/mime/packages/$id.mime.xml"
grep -q ':application/x-routekaart:\*\.routekaart$' "$work/mime/globs2"
# The compiled magic holds the SQLite header and our application_id at offset 68.
grep -a -q 'application/x-routekaart' "$work/mime/magic"
grep -a -q 'SQLite format 3' "$work/mime/magic"
printf 'RkWb' | cmp -s - <(grep -a -o 'RkWb' "$work/mime/magic" | head -c 4)
# The desktop file claims the type the MIME file declares.
grep -q '^MimeType=application/x-routekaart;$' "$src/packaging/$id.desktop"
echo "desktop file, metainfo and MIME type valid"
