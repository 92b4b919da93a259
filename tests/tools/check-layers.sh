#!/usr/bin/env bash
# The layers the architecture draws, checked on the sources (docs/architecture.md):
# - only core/storage talks SQL: no other file includes sqlite3.h or builds statements
#   or transactions;
# - ui/ and app/ include no storage header at all (the document and the store's owner hide it);
# - core/ never includes Qt Widgets, Charts or Print Support.
# Prints each breach with its file and line; exit 1 when there is one.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
failed=0
breach() {
    echo "layer breach: $1"
    failed=1
}
while IFS= read -r line; do breach "$line (SQLite outside core/storage)"; done < <(
    grep -rnE '#include [<"]sqlite3\.h[>"]' core ui app --include='*.cpp' --include='*.h' | grep -v '^core/storage/' || true)
while IFS= read -r line; do breach "$line (a statement or transaction outside core/storage)"; done < <(
    grep -rnE '#include "(core/)?storage/(Statement|Transaction)\.h"|\b(Statement|Transaction) [a-z][A-Za-z]*\(' \
        core ui app --include='*.cpp' --include='*.h' | grep -v '^core/storage/' || true)
while IFS= read -r line; do breach "$line (ui or app includes storage)"; done < <(
    grep -rnE '#include "(core/)?storage/' ui app --include='*.cpp' --include='*.h' || true)
while IFS= read -r line; do breach "$line (core includes widgets)"; done < <(
    grep -rnE '#include <(QtWidgets|QtCharts|QtPrintSupport)|#include <Q(Widget|Dialog|MainWindow|ChartView|Printer)\b' \
        core --include='*.cpp' --include='*.h' || true)
if ((failed)); then
    exit 1
fi
echo "layers: SQL only in core/storage, no storage header in ui/ or app/, no widgets in core/"
