#!/bin/sh
# CTest driver: install the pinned SDKs outside the source tree, start taskmonitor-simulator on a
# free loopback port, run the SDK script against it, stop the simulator.
#   run-conformance.sh SIMULATOR_EXE SOURCE_DIR WORK_DIR
set -eu

simulator=$1
source_dir=$2
work_dir=$3

mkdir -p "$work_dir"
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$source_dir/sdk-conformance.js" "$work_dir/"
# npm ci only when the lock file changed since the last install.
if [ ! -d "$work_dir/node_modules" ] || ! cmp -s "$source_dir/package-lock.json" "$work_dir/.installed-lock.json"; then
    (cd "$work_dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$source_dir/package-lock.json" "$work_dir/.installed-lock.json"
fi

out=$(mktemp)
"$simulator" --port 0 --scenario "$source_dir/conformance-scenario.json" >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$out"' EXIT INT TERM

url=""
tries=0
while [ -z "$url" ] && [ "$tries" -lt 100 ]; do
    url=$(head -n 1 "$out" | grep '^http' || true)
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "taskmonitor-simulator exited:" >&2
        cat "$out" >&2
        exit 1
    fi
    [ -n "$url" ] || sleep 0.1
    tries=$((tries + 1))
done
if [ -z "$url" ]; then
    echo "taskmonitor-simulator printed no URL" >&2
    exit 1
fi

cd "$work_dir"
node sdk-conformance.js "$url"
