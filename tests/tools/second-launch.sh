#!/usr/bin/env bash
# A second launch with a file opens it in the running program and ends; the same file
# again opens no second editor. Usage: second-launch.sh ROUTEKAART DEMO_PROJECT
set -euo pipefail
app=$1
demo=$2
work=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen RK_INSTANCE_NAME=rk-second-launch-$$ LANGUAGE=nl
export XDG_CONFIG_HOME=$work/config
cp "$demo" "$work/a.routekaart"
cp "$demo" "$work/b.routekaart"
chmod u+w "$work"/*.routekaart

wait_for() { for _ in $(seq 100); do [[ -e $1 ]] && return 0; sleep 0.1; done; echo "never appeared: $1" >&2; return 1; }

"$app" "$work/a.routekaart" &
pid=$!
wait_for "$work/.a.routekaart.lock"
sleep 0.5 # the first program listens once its window is built

# The second launch ends at once and says where its file went; the first program opens it.
timeout 10 "$app" "$work/b.routekaart" | grep -q "al open was"
wait_for "$work/.b.routekaart.lock"
grep -q "^$pid$" "$work/.b.routekaart.lock"

# The same file again: handed over as well, and still held by the first program only.
timeout 10 "$app" "$work/a.routekaart" | grep -q "al open was"
grep -q "^$pid$" "$work/.a.routekaart.lock"
kill -0 "$pid"
echo "second launches handed over to process $pid"
