# Shared by scripts/test and scripts/run-demo: the Debian / Ubuntu packages the project needs,
# installed with apt-get when missing (as root, or through password-less sudo; otherwise the
# exact command is printed).
#
#   install_packages CALLER     CALLER names the script in messages

packages=(
    build-essential cmake g++ clang-format
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    qt6-svg-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite
    openssl xvfb xauth gnome-keyring dbus-daemon libsecret-tools
    help2man desktop-file-utils appstream dpkg-dev file
)

install_packages() {
    local caller=$1
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "$caller: not a Debian-like system; assuming Qt 6.4+ and QtKeychain are installed"
        return 0
    fi
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "$caller: installing ${missing[*]}"
    local apt_get
    if [ "$(id -u)" = 0 ]; then
        apt_get=(apt-get)
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        apt_get=(sudo apt-get)
    else
        echo "$caller: these packages are missing: ${missing[*]}" >&2
        echo "$caller: run as root, or with password-less sudo, or install them:" >&2
        echo "    sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 2
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${apt_get[@]}" update -qq
    "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}"
}

# scripts/fuzz adds these: libFuzzer comes with clang and its runtime library.
fuzz_packages=(clang libclang-rt-14-dev)
