#!/usr/bin/env bash
# Tests .ci/check-dependencies, the check that the package list in .ci/setup provides every
# system file the build and the tests use: it passes on this build, fails and names the
# file when a needed package is left out of the list, and refuses what is no build.
# Usage: check-dependencies-test.sh BUILD_DIR. Exit 77 (skipped) without dpkg.
set -euo pipefail
build=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
check=$source_dir/.ci/check-dependencies
command -v dpkg-query >/dev/null || { echo "no dpkg: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; echo "--- output:" >&2; cat "$work/out" >&2; exit 1; }
# Runs the check with the given arguments into $work/out and sets $status.
run_check() { status=0; "$check" "$@" >"$work/out" 2>&1 || status=$?; }

# The list as it is covers the build.
run_check "$build"
[[ $status -eq 0 ]] || fail "exit $status on $build, expected 0"
grep -q '^check-dependencies: .* all provided by the packages in' "$work/out" || fail "no summary line"

# libqt6opengl6-dev is only a Recommends of qt6-base-dev, and nothing else installed
# depends on it, yet Qt6Charts' CMake package loads Qt6OpenGL's files from it: without it
# in the list, the check fails and names one of those files.
omitted=libqt6opengl6-dev
expect_omitted_file() {
    [[ $status -eq 1 ]] || fail "exit $status without $omitted, expected 1"
    local file
    file=$(sed -n "s|^not covered by \.ci/setup: \(/.*\) (package $omitted)$|\1|p" "$work/out" | head -n 1)
    [[ -n $file ]] || fail "no file of $omitted named"
    dpkg -S "$file" 2>/dev/null | grep -q "$omitted" || fail "$file is not in $omitted"
}
run_check "$build" --omit "$omitted"
expect_omitted_file
# The same with a setup script whose list lacks it.
sed -E "s/(^|[[:space:]])$omitted([[:space:]]|$)/\1\2/" "$source_dir/.ci/setup" >"$work/setup"
grep -q "$omitted" "$work/setup" && fail "$omitted still in the copied setup script"
run_check "$build" --packages-from "$work/setup"
expect_omitted_file

# Usage errors: exit 2.
run_check "$work/no-such-dir"
[[ $status -eq 2 ]] || fail "exit $status on a missing directory, expected 2"
mkdir "$work/empty"
run_check "$work/empty"
[[ $status -eq 2 ]] || fail "exit $status on a directory without build.ninja, expected 2"
run_check "$build" --omit no-such-package
[[ $status -eq 2 ]] || fail "exit $status omitting a package not in the list, expected 2"
run_check
[[ $status -eq 2 ]] || fail "exit $status without arguments, expected 2"
echo "check-dependencies passes on $build, names $omitted's files without it, refuses bad arguments"
