#!/bin/sh
# Runs a test as on a desktop login: a private D-Bus session bus, fresh HOME and
# XDG_RUNTIME_DIR, and gnome-keyring's Secret Service unlocked with a test password.
#
#   run-with-keyring.sh TEST [ARGS...]             with the keyring
#   run-with-keyring.sh --bus-only TEST [ARGS...]  the bus without any keyring daemon
#
# Anything missing is an error, never a silent pass: the test must meet a real keychain.
set -eu

if [ "${1:-}" != "--inside-session" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "run-with-keyring.sh: $tool is missing (packages gnome-keyring dbus-daemon)" >&2
            exit 1
        fi
    done
    exec dbus-run-session -- "$0" --inside-session "$@"
fi
shift

keyring=1
if [ "${1:-}" = "--bus-only" ]; then
    keyring=0
    shift
fi

runtime_dir=$(mktemp -d)
home_dir=$(mktemp -d)
chmod 700 "$runtime_dir"
trap 'rm -rf "$runtime_dir" "$home_dir"' EXIT
export XDG_RUNTIME_DIR="$runtime_dir" HOME="$home_dir"
# QtKeychain picks KWallet on a KDE desktop, and a display would let D-Bus autolaunch.
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_CURRENT_DESKTOP DESKTOP_SESSION \
      KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID DISPLAY WAYLAND_DISPLAY

if [ "$keyring" = 1 ]; then
    printf %s test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi

"$@"
