#!/usr/bin/env bash
# Builds the Debian package from a finished build, checks it, installs it and starts the installed programs.
# usage: test-package.sh BUILD_DIR
# Installs into the machine with apt only when PRAKSIS_PACKAGE_INSTALL=1 and running as root (CI); otherwise
# unpacks into a scratch root and runs the programs from there.
set -euo pipefail
# The package takes a minute to build and check: scripts/test.sh (the README's test command, and CI) runs it;
# a bare ctest in a development build skips it.
if [ "${PRAKSIS_PACKAGE_TEST:-0}" != 1 ]; then
    echo "skipped: set PRAKSIS_PACKAGE_TEST=1 (scripts/test.sh does) to build and check the package"
    exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: test-package.sh BUILD_DIR}" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
rm -f praksisplan_*.deb
cpack -G DEB >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls praksisplan_*.deb | head -n 1)
[ -f "$deb" ] || fail "no package was built"
echo "built $deb"

# 1. the files a user needs, in the standard places
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/files"
for f in /usr/bin/praksisplan /usr/bin/praksisplan-cli \
         /usr/share/applications/no.praksisplan.Praksisplan.desktop \
         /usr/share/metainfo/no.praksisplan.Praksisplan.metainfo.xml \
         /usr/share/mime/packages/no.praksisplan.Praksisplan.xml \
         /usr/share/icons/hicolor/scalable/apps/no.praksisplan.Praksisplan.svg \
         /usr/share/icons/hicolor/48x48/apps/no.praksisplan.Praksisplan.png \
         /usr/share/icons/hicolor/256x256/apps/no.praksisplan.Praksisplan.png \
         /usr/share/doc/praksisplan/copyright /usr/share/doc/praksisplan/changelog.gz \
         /usr/share/man/man1/praksisplan.1.gz /usr/share/man/man1/praksisplan-cli.1.gz; do
    grep -qx "$f" "$scratch/files" || fail "$f is not in the package"
done

# 2. dependencies found from the binaries
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libqt6core6 libqt6widgets6 libsqlite3-0 libqt6sql6-sqlite; do
    echo "$depends" | grep -q "$d" || fail "Depends lacks $d"
done

# 3. the desktop entry and the AppStream metadata validate; lintian finds no errors
dpkg-deb -x "$deb" "$scratch/root"
desktop-file-validate "$scratch/root/usr/share/applications/no.praksisplan.Praksisplan.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/no.praksisplan.Praksisplan.metainfo.xml"
# every screenshot the metadata names was taken from the program (take-screenshots.sh) and has the stated size
grep -o '<image[^>]*>[^<]*</image>' "$here/linux/no.praksisplan.Praksisplan.metainfo.xml" | while read -r image; do
    name=$(basename "$(echo "$image" | sed 's|.*>\(.*\)</image>|\1|')")
    size=$(echo "$image" | sed -n 's|.*width="\([0-9]*\)" height="\([0-9]*\)".*|\1x\2|p')
    shot="$here/linux/screenshots/$name"
    [ -f "$shot" ] || fail "screenshot $name is not in packaging/linux/screenshots (run take-screenshots.sh)"
    actual=$(identify -format '%wx%h' "$shot")
    [ "$actual" = "$size" ] || fail "screenshot $name is $actual, the metainfo says $size"
done
if command -v lintian >/dev/null; then
    lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" || fail "lintian reports errors"
fi

# 4. install and start the installed programs
if [ "${PRAKSIS_PACKAGE_INSTALL:-0}" = 1 ] && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$scratch/apt.log" 2>&1 \
        || { cat "$scratch/apt.log"; fail "apt install ./$deb"; }
    bin=/usr/bin
else
    bin="$scratch/root/usr/bin"
fi
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
mkdir -p "$HOME"
version=$(sed -n "s/^CMAKE_PROJECT_VERSION:STATIC=//p" "$build/CMakeCache.txt")
"$bin/praksisplan-cli" --version | grep -q "$version" || fail "praksisplan-cli --version does not say $version"
QT_QPA_PLATFORM=offscreen timeout 30 "$bin/praksisplan" --version | grep -q "$version" || fail "praksisplan --version does not say $version"
"$bin/praksisplan-cli" --db "$scratch/p.praksisplan" init >/dev/null || fail "installed praksisplan-cli init"

# the desktop program under a real X server for a few seconds: it must still be running when stopped
if command -v xvfb-run >/dev/null; then
    set +e
    timeout 6 xvfb-run -a "$bin/praksisplan" "$scratch/p.praksisplan" >"$scratch/desktop.log" 2>&1
    rc=$?
    set -e
    [ $rc -eq 124 ] || { cat "$scratch/desktop.log"; fail "the installed desktop program exited early (status $rc)"; }
fi
echo "1 passed, 0 failed: package $deb builds, validates, installs and starts"
