#!/bin/sh
# Runs a test on a private D-Bus session bus of its own, with a fresh XDG_RUNTIME_DIR and no
# display, so nothing of the desktop it runs on (a notification daemon, a tray) can answer.
#
#   run-with-session-bus.sh TEST [ARGS...]
#
# A missing dbus-run-session is an error, never a silent pass.
set -eu

if [ "${1:-}" != "--inside-session" ]; then
    if ! command -v dbus-run-session >/dev/null 2>&1; then
        echo "run-with-session-bus.sh: dbus-run-session is missing (package dbus-daemon)" >&2
        exit 1
    fi
    exec dbus-run-session -- "$0" --inside-session "$@"
fi
shift

runtime_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
trap 'rm -rf "$runtime_dir"' EXIT
export XDG_RUNTIME_DIR="$runtime_dir"
unset DISPLAY WAYLAND_DISPLAY

"$@"
