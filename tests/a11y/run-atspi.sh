#!/usr/bin/env bash
# Reads the running program the way a Linux screen reader does: starts it on a private X server (Xvfb), a private
# D-Bus session and its own AT-SPI bus, walks its accessible tree with pyatspi on every page (atspi_walk.py), and
# stops everything it started, by PID. Packages: xvfb, dbus-daemon, at-spi2-core, python3-pyatspi (scripts/setup.sh).
# Usage: run-atspi.sh PRAKSISPLAN PRAKSISPLAN-CLI
set -uo pipefail

app=${1:?usage: run-atspi.sh PRAKSISPLAN PRAKSISPLAN-CLI}
cli=${2:?usage: run-atspi.sh PRAKSISPLAN PRAKSISPLAN-CLI}
here=$(cd "$(dirname "$0")" && pwd)

launcher=
for l in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$l" ] && launcher=$l && break
done
python=
for p in /usr/bin/python3 python3; do
    if command -v "$p" >/dev/null && "$p" -c 'import pyatspi' 2>/dev/null; then
        python=$p
        break
    fi
done
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v dbus-run-session >/dev/null || missing+=(dbus-daemon)
[ -n "$launcher" ] || missing+=(at-spi2-core)
[ -n "$python" ] || missing+=(python3-pyatspi)
if [ ${#missing[@]} -gt 0 ]; then
    echo "atspi: missing ${missing[*]}; run scripts/setup.sh" >&2
    exit 1
fi

work=$(mktemp -d)
xvfb_pid=
session_pid=
cleanup() {
    [ -n "$session_pid" ] && kill "$session_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    [ -n "$session_pid" ] && wait "$session_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$work/home" "$work/config" "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export XDG_RUNTIME_DIR=$work/runtime
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
# Under the sanitizer build: libxkbcommon-x11 (the xcb platform's keymap) calls strndup on a length-bounded,
# unterminated buffer, which is valid C but what ASan's strict_string_checks reports; the last flag wins.
[ -n "${ASAN_OPTIONS:-}" ] && export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"

if ! QT_QPA_PLATFORM=offscreen "$cli" --db "$work/demo.praksisplan" demo --students 40 >"$work/demo.log" 2>&1; then
    cat "$work/demo.log" >&2
    echo "atspi: could not make the demo plan" >&2
    exit 1
fi

# A display of its own, away from the low numbers other tools take (and may stop): a random free one, tried
# until an X server answers on it.
display=
for _ in $(seq 10); do
    d=$((200 + RANDOM % 700))
    [ -e "/tmp/.X$d-lock" ] || [ -e "/tmp/.X11-unix/X$d" ] && continue
    # -noreset: the bus launcher connects first to publish the bus on the root window and leaves; a server that
    # resets then drops that and refuses the program while it resets
    Xvfb ":$d" -screen 0 1366x768x24 -nolisten tcp -noreset 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 50); do
        [ -S "/tmp/.X11-unix/X$d" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -S "/tmp/.X11-unix/X$d" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
        display=$d
        break
    fi
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
    xvfb_pid=
done
if [ -z "$display" ]; then
    cat "$work/xvfb.log" >&2
    echo "atspi: Xvfb did not start" >&2
    exit 1
fi
export DISPLAY=:$display

# The session runs the AT-SPI bus launcher (which starts the accessibility bus and its registry) and the walk; it
# ends them when the walk is done. timeout stops all of it if something hangs.
timeout --kill-after=10 300 dbus-run-session -- bash -c '
    "$1" --launch-immediately &
    bus=$!
    "$2" "$3" "$4" "$5"
    rc=$?
    kill "$bus" 2>/dev/null
    wait "$bus" 2>/dev/null
    exit $rc
' atspi "$launcher" "$python" "$here/atspi_walk.py" "$app" "$work/demo.praksisplan" &
session_pid=$!
wait "$session_pid"
rc=$?
session_pid=
exit $rc
