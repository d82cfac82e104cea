#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that everything is where a Linux
# desktop looks for it, that the desktop entry and the AppStream metainfo validate, and that
# the installed programs run from there.
#
#   check-install.sh BUILD_DIR APP_ID MAN_PAGE(ON|OFF) VERSION
set -euo pipefail
build=$1 app_id=$2 man_page=$3 version=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cmake --install "$build" --prefix "$prefix" >/dev/null

expected=(
    bin/taskmonitor bin/taskmonitor-cli bin/taskmonitor-simulator
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    share/taskmonitor/translations/taskmonitor_zh_CN.qm
    share/taskmonitor/translations/taskmonitor_en.qm
)
[ "$man_page" = ON ] && expected+=(share/man/man1/taskmonitor-cli.1)
for file in "${expected[@]}"; do
    [ -s "$prefix/$file" ] || fail "$file is not installed"
done
for program in taskmonitor taskmonitor-cli taskmonitor-simulator; do
    [ -x "$prefix/bin/$program" ] || fail "bin/$program is not executable"
done

desktop-file-validate "$prefix/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no release $version"
grep -q "^Icon=$app_id$" "$prefix/share/applications/$app_id.desktop" \
    || fail "the desktop entry does not name the installed icon"

cli_version=$(LANGUAGE= LC_ALL=C.UTF-8 "$prefix/bin/taskmonitor-cli" --version)
[[ $cli_version == *"$version"* ]] || fail "taskmonitor-cli --version says '$cli_version'"
window_version=$(LANGUAGE= LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$prefix/bin/taskmonitor" --version)
[[ $window_version == *"$version"* ]] || fail "taskmonitor --version says '$window_version'"

if [ "$man_page" = ON ]; then
    page=$(MANWIDTH=100 man -l "$prefix/share/man/man1/taskmonitor-cli.1" 2>&1)
    for section in NAME SYNOPSIS DESCRIPTION "Exit status" "SEE ALSO" "--kind" "--version"; do
        [[ $page == *"$section"* ]] || fail "the man page has no '$section'"
    done
fi

[ $failures -eq 0 ] && echo "installed and validated in $prefix"
exit $((failures > 0))
