#!/usr/bin/env bash
# Installs every Debian package Praksisplan needs to build, test and run.
# Quick when everything is already there: it only calls apt-get for what is missing.
# Works as root without sudo (a fresh machine, a chroot, CI) and never asks anything.
# usage: setup.sh          install what is missing
#        setup.sh --list   print the package list, one a line (the dependency audit reads it)
# scripts/fresh-machine-test.sh proves the list on a new Debian 12 root; tests/deps/ checks it against what
# the build links and the programs load.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6 libgl-dev
    libsqlite3-dev liblemon-dev libxlsxwriter-dev zlib1g-dev
    sqlite3 glpk-utils poppler-utils python3 python3-openpyxl python3-icalendar
    fonts-dejavu-core xvfb xauth xdotool imagemagick
    at-spi2-core dbus-daemon dbus-x11 python3-pyatspi
    desktop-file-utils appstream lintian librsvg2-bin dpkg-dev file
    clang libclang-rt-14-dev
    postgresql-15 postgresql-client-15 libqt6sql6-psql qtkeychain-qt6-dev
)

if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    # The PostgreSQL server binaries are for the tests' throwaway clusters (tests/support/pg-cluster.sh): no
    # system cluster is made or started. A machine that already has PostgreSQL keeps its own setting.
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
        "${sudo_cmd[@]}" mkdir -p /etc/postgresql-common
        echo "create_main_cluster = false" | "${sudo_cmd[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
fi
