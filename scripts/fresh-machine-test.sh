#!/usr/bin/env bash
# The README's two commands on a new Debian 12 machine, for real: a minimal Debian 12 root (debootstrap
# --variant=minbase, then only git and ca-certificates), a clone of this checkout's commit in it, then, inside
# it with chroot, `bash scripts/test.sh` and `bash scripts/run.sh` under Xvfb until the window is seen.
# Every package the root gets beyond git and ca-certificates comes from scripts/setup.sh inside it.
#
# usage: scripts/fresh-machine-test.sh        (as root: debootstrap, mount and chroot need it)
# environment:
#   PRAKSIS_FRESH_CACHE    folder for the pristine root's tarball (default ~/.cache/praksisplan); the root is
#                          made anew when the tarball is missing or older than PRAKSIS_FRESH_MAX_AGE_DAYS (30)
#   PRAKSIS_FRESH_LOG      log folder (default build-fresh/ in this checkout): output.log, test.log, run-*.log,
#                          welcome.png, main-window.png, summary.txt
#   PRAKSIS_FRESH_CCACHE=0 build without the host's ccache (default: the host's ccache folder is bind-mounted
#                          into the root and the clone sits at this checkout's path, so the compiler, the flags
#                          and every header must be the same for ccache to reuse an object)
#   PRAKSIS_FRESH_KEEP=1   keep the scratch root (printed at the end) instead of removing it
# Exit status: 0 when both commands worked, 1 when one did not, 2 when the test could not be set up.
set -euo pipefail

repo=${PRAKSIS_FRESH_REPO:-$(cd "$(dirname "$0")/.." && pwd)}
suite=bookworm

if [ "$(id -u)" != 0 ]; then
    echo "fresh-machine: run as root (debootstrap, mount and chroot need it), e.g. sudo $0" >&2
    exit 2
fi
if [ -z "${PRAKSIS_FRESH_SELF:-}" ]; then
    # Runs from a copy of itself (editing or checking out the script meanwhile cannot change a running test), in a
    # private mount namespace: whatever it mounts is gone when it ends, however it ends.
    self=$(mktemp "${TMPDIR:-/tmp}/praksisplan-fresh-test.XXXXXX")
    cp "$0" "$self"
    export PRAKSIS_FRESH_REPO=$repo PRAKSIS_FRESH_SELF=$self
    if unshare --mount --propagation private true 2>/dev/null; then
        exec unshare --mount --propagation private "$BASH" "$self" "$@"
    fi
    exec "$BASH" "$self" "$@"
fi
rm -f "$PRAKSIS_FRESH_SELF" # bash has it open

cache_dir=${PRAKSIS_FRESH_CACHE:-${HOME:-/root}/.cache/praksisplan}
log=${PRAKSIS_FRESH_LOG:-$repo/build-fresh}
max_age_days=${PRAKSIS_FRESH_MAX_AGE_DAYS:-30}
arch=$(dpkg --print-architecture)
tarball=$cache_dir/debian-$suite-minbase-git-$arch.tar

mkdir -p "$log" "$cache_dir"
rm -f "$log"/*.log "$log"/*.png "$log/summary.txt"
log=$(cd "$log" && pwd)
exec > >(tee "$log/output.log") 2>&1

started=$(date +%s)
say() { printf '[fresh-machine %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*"; exit 2; }
since() { echo $(($(date +%s) - $1)); }

# --- what this machine is configured with -------------------------------------------------------------------

# The first enabled binary source on this machine for a suite (deb822 .sources or one-line .list files).
source_for() {
    local want=$1 f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk -v want="$want" 'BEGIN { RS = ""; FS = "\n" }
            {
                types = ""; uris = ""; suites = ""; enabled = "yes"
                for (i = 1; i <= NF; i++) {
                    line = $i
                    if (line ~ /^[ \t]*#/) continue
                    if (match(line, /^Types:[ \t]*/)) types = " " substr(line, RLENGTH + 1) " "
                    else if (match(line, /^URIs:[ \t]*/)) uris = substr(line, RLENGTH + 1)
                    else if (match(line, /^Suites:[ \t]*/)) suites = " " substr(line, RLENGTH + 1) " "
                    else if (match(line, /^Enabled:[ \t]*/)) enabled = substr(line, RLENGTH + 1)
                }
                if (enabled != "no" && types ~ / deb / && suites ~ (" " want " ")) {
                    split(uris, u, /[ \t]+/); print u[1]; exit
                }
            }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        sed -n -E "s/^deb[ \t]+(\[[^]]*\][ \t]+)?([^ \t]+)[ \t]+$want[ \t].*/\2/p" "$f"
    done
}
mirror=${PRAKSIS_FRESH_MIRROR:-$(source_for "$suite" | head -n 1)}
[ -n "$mirror" ] || die "this machine has no apt source for Debian $suite (/etc/apt/sources.list.d); set PRAKSIS_FRESH_MIRROR"
updates_mirror=$(source_for "$suite-updates" | head -n 1)
security_mirror=$(source_for "$suite-security" | head -n 1)
# How this machine reaches the archive (proxy, validity of a snapshot's Release files): the root does the same.
apt_access=$(apt-config dump | grep -E '^Acquire::(https?|ftp)::Proxy|^Acquire::Check-Valid-Until |^Acquire::Check-Date ' || true)
proxy=$(apt-config dump | sed -n -E 's/^Acquire::http::Proxy "(.+)";$/\1/p' | head -n 1)
[ -n "$proxy" ] && export http_proxy=$proxy

host_ccache=
if [ "${PRAKSIS_FRESH_CCACHE:-1}" != 0 ] && command -v ccache >/dev/null; then
    host_ccache=$(ccache -k cache_dir 2>/dev/null || true)
    [ -d "$host_ccache" ] || mkdir -p "$host_ccache" 2>/dev/null || host_ccache=
    # the host's own settings (size limit, base_dir, hash_dir ...), so that the root computes the same keys and
    # never trims the shared cache to a smaller default size
    host_ccache_conf=$(ccache -p 2>/dev/null | grep -v '^(default)' | sed -E 's/^\([^)]*\) //' | grep -v '^cache_dir =' || true)
fi

commit=$(git -C "$repo" rev-parse HEAD)
say "testing commit $(git -C "$repo" log -1 --format='%h %s' | cut -c1-100)"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    say "note: the checkout has uncommitted changes; only the commit is tested"
fi
say "archive: $mirror ($suite)${updates_mirror:+, $suite-updates}${security_mirror:+, $suite-security}"

# --- the pristine root, from the cache or made anew -----------------------------------------------------------

exec 9>"$cache_dir/.lock"
flock 9
if [ -f "$tarball" ] && [ -z "$(find "$tarball" -mtime +"$max_age_days")" ]; then
    root_from="the cached root $tarball"
    say "using $root_from (made $(date -u -r "$tarball" '+%Y-%m-%d %H:%M UTC'))"
else
    t=$(date +%s)
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap on this machine"
        export DEBIAN_FRONTEND=noninteractive
        { apt-get install -y -qq --no-install-recommends debootstrap \
            || { apt-get update -qq && apt-get install -y -qq --no-install-recommends debootstrap; }; } \
            >"$log/debootstrap-install.log" 2>&1 || { cat "$log/debootstrap-install.log"; die "could not install debootstrap"; }
    fi
    make=$(mktemp -d "${TMPDIR:-/tmp}/praksisplan-debootstrap.XXXXXX")
    say "making a new Debian $suite minbase root with git and ca-certificates (debootstrap)"
    if ! debootstrap --variant=minbase --include=git,ca-certificates "$suite" "$make/root" "$mirror" \
        >"$log/debootstrap.log" 2>&1; then
        tail -n 30 "$log/debootstrap.log"
        rm -rf --one-file-system "$make"
        die "debootstrap failed (log: $log/debootstrap.log)"
    fi
    # Debian's standard sources for a Debian 12 machine, from the archive this machine uses.
    rm -f "$make/root/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s%s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            "$mirror" "$suite" "${updates_mirror:+ $suite-updates}"
        if [ -n "$security_mirror" ]; then
            printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
                "$security_mirror" "$suite"
        fi
    } >"$make/root/etc/apt/sources.list.d/debian.sources"
    [ -n "$apt_access" ] && echo "$apt_access" >"$make/root/etc/apt/apt.conf.d/90archive-access"
    chroot "$make/root" apt-get clean
    rm -rf "$make/root/var/lib/apt/lists/"* "$make/root/etc/resolv.conf"
    tar -C "$make/root" --numeric-owner -cf "$tarball.new" .
    mv "$tarball.new" "$tarball"
    rm -rf --one-file-system "$make"
    root_from="a new root (debootstrap, $(since "$t") s)"
    say "made $root_from, cached as $tarball ($(du -h "$tarball" | cut -f1))"
fi
flock -u 9

# --- a scratch copy of it, with what a running machine has ------------------------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/praksisplan-fresh.XXXXXX")
root=$work/root
pids_in_root() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && echo "${p#/proc/}"
    done
    return 0
}
mounts_in_root() { awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r; }
cleanup() {
    local status=$? p m
    set +e
    for p in $(pids_in_root); do kill "$p" 2>/dev/null; done
    sleep 1
    for p in $(pids_in_root); do kill -9 "$p" 2>/dev/null; done
    for m in $(mounts_in_root); do umount "$m" 2>/dev/null || umount -l "$m"; done
    if [ -n "$(mounts_in_root)" ]; then
        say "warning: still mounted under $root, not removing it: $(mounts_in_root | tr '\n' ' ')"
    elif [ "${PRAKSIS_FRESH_KEEP:-0}" = 1 ]; then
        say "kept the root: $root"
    else
        rm -rf --one-file-system "$work"
    fi
    exit $status
}
trap cleanup EXIT
trap 'say "stopped by a signal"; exit 130' INT TERM

mkdir "$root"
tar -C "$root" --numeric-owner -xpf "$tarball" \
    || { rm -f "$tarball"; die "the cached root $tarball could not be unpacked: removed it, the next run makes a new one"; }
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# Quicker installs, the same packages: no fsync per file, no man page index (a scratch root is thrown away).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/fresh-machine-test"
echo 'man-db man-db/auto-update boolean false' | chroot "$root" debconf-set-selections
# no services are started inside a chroot
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys" 2>/dev/null || mount --bind -o ro /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
env_root=(HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb
          PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
# This machine's language settings where the root has them (every Debian has C.UTF-8): ccache's keys include them.
for v in LANG LC_ALL LC_CTYPE LC_MESSAGES; do
    case ${!v:-} in C | POSIX | C.UTF-8 | C.utf8) env_root+=("$v=${!v}") ;; esac
done
if [ -n "$host_ccache" ]; then
    mkdir -p "$root$host_ccache"
    mount --bind "$host_ccache" "$root$host_ccache"
    printf '%s\n' "cache_dir = $host_ccache" "$host_ccache_conf" >"$root/etc/praksis-host-ccache.conf"
    env_root+=(CCACHE_CONFIGPATH=/etc/praksis-host-ccache.conf)
    say "ccache: the host's $host_ccache (objects are reused only for the same compiler, flags and headers)"
fi
in_root() { chroot "$root" /usr/bin/env -i "${env_root[@]}" "$@"; }
# The root shares this machine's network namespace, so X servers here (their abstract sockets) are there too:
# their lock files tell xvfb-run -a in the root (the package test) to pick another display.
copy_x_locks() { cp -p /tmp/.X[0-9]*-lock "$root/tmp/" 2>/dev/null || true; }

# The clone sits at this checkout's path, so that paths in the build (and so ccache's keys) are the same.
mkdir -p "$(dirname "$root$repo")"
git clone -q --no-hardlinks "$repo" "$root$repo"
git -C "$root$repo" checkout -q --detach "$commit"
say "cloned $commit into the root at $repo"

# --- the README's test command ----------------------------------------------------------------------------------

say "running the README's test command in the root: bash scripts/test.sh (log: $log/test.log)"
t=$(date +%s)
copy_x_locks
set +e
in_root bash -c 'cd "$1" && bash scripts/test.sh' - "$repo" 2>&1 | tee "$log/test.log" \
    | grep --line-buffered -E '^setup:|FAILED|error:|tests passed|tests failed|\*\*\*'
test_rc=${PIPESTATUS[0]}
set -e
test_secs=$(since "$t")
counts=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log/test.log" | tail -n 1)
total=$(echo "$counts" | sed -n -E 's/.* out of ([0-9]+).*/\1/p')
failed=$(echo "$counts" | sed -n -E 's/.*, ([0-9]+) tests? failed.*/\1/p')
# A test that skips because a tool is missing hides a gap in setup.sh: it counts as a failure here.
ctest_log=$root$repo/build/Testing/Temporary/LastTest.log
skips=
[ -f "$ctest_log" ] && cp "$ctest_log" "$log/LastTest.log" && skips=$(grep -E '^SKIP +:' "$ctest_log" || true)
missing_tools=$(echo "$skips" | grep -i 'not installed' || true)
if [ "$test_rc" != 0 ]; then
    say "the test command failed (exit $test_rc); its last lines:"
    tail -n 60 "$log/test.log" | sed 's/^/    /'
elif [ -n "$missing_tools" ]; then
    say "the test command passed, but tests skipped for want of a tool setup.sh does not install:"
    echo "$missing_tools" | sed 's/^/    /'
    test_rc=1
fi
[ -n "$skips" ] && { say "skipped test functions:"; echo "$skips" | sed 's/^/    /'; }
say "test command: exit $test_rc, ${total:-?} tests, ${failed:-?} failed, in $test_secs s"

# --- the README's run command under Xvfb, until its window is seen --------------------------------------------

# A display number free on this machine: the root shares its network namespace (X's abstract sockets).
display=150
while [ -e "/tmp/.X$display-lock" ] || grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix; do
    display=$((display + 1))
done
set +e # from here on every failure is counted, none ends the script
run_rc=0
windows=()
shots=()
if [ "$test_rc" = 0 ] || [ -x "$root$repo/build/app/praksisplan" ]; then
    (exec chroot "$root" /usr/bin/env -i "${env_root[@]}" Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp) \
        >"$log/xvfb.log" 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do
        in_root env DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
        sleep 0.2
    done
    in_root env DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 || { cat "$log/xvfb.log"; die "Xvfb did not start in the root"; }

    # Starts `bash scripts/run.sh ARGS` in the root, waits for its window (run.sh execs the program, so the
    # window's _NET_WM_PID is the started process), checks the window has a title and the program is still
    # running after it painted, takes a screenshot, then stops the program. usage: see_window NAME ARG...
    see_window() {
        local name=$1 app win title t0 ok=0
        shift
        t0=$(date +%s)
        (exec chroot "$root" /usr/bin/env -i "${env_root[@]}" DISPLAY=":$display" LANG=C.UTF-8 \
            bash -c 'cd "$1" && shift && exec bash scripts/run.sh "$@"' - "$repo" "$@") >"$log/run-$name.log" 2>&1 &
        app=$!
        win=
        while [ "$(since "$t0")" -lt 300 ]; do
            kill -0 "$app" 2>/dev/null || break
            win=$(in_root env DISPLAY=":$display" xdotool search --onlyvisible --pid "$app" 2>/dev/null | tail -n 1 || true)
            [ -n "$win" ] && break
            sleep 0.5
        done
        if [ -n "$win" ]; then
            sleep 3 # let it paint
            title=$(in_root env DISPLAY=":$display" xdotool getwindowname "$win" 2>/dev/null || true)
            if kill -0 "$app" 2>/dev/null && [ -n "$title" ] \
                && in_root env DISPLAY=":$display" import -window "$win" "/tmp/$name.png" 2>>"$log/run-$name.log"; then
                cp "$root/tmp/$name.png" "$log/$name.png"
                windows+=("\"$title\"")
                shots+=("$log/$name.png")
                say "run command ($name): window \"$title\" after $(since "$t0") s, still running; screenshot $log/$name.png"
                ok=1
            fi
        fi
        if [ $ok = 0 ]; then
            if kill -0 "$app" 2>/dev/null; then
                say "run command ($name): no window with a title within $(since "$t0") s (log: $log/run-$name.log)"
            else
                wait "$app"
                st=$?
                say "run command ($name): the program exited (status $st) before its window was seen (log: $log/run-$name.log)"
            fi
            tail -n 20 "$log/run-$name.log" | sed 's/^/    /'
            run_rc=1
        fi
        kill "$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
    }
    # 1. as a new user: no plan yet, so the first-start window (a demo plan is offered)
    say "running the README's run command in the root under Xvfb: bash scripts/run.sh"
    see_window welcome
    # 2. with a plan (made by the root's own praksisplan-cli): the main window
    if in_root "$repo/build/app/praksisplan-cli" --db /root/demo.praksisplan demo >"$log/demo.log" 2>&1; then
        say "running it again with a demo plan: bash scripts/run.sh /root/demo.praksisplan"
        see_window main-window /root/demo.praksisplan
    else
        say "praksisplan-cli demo failed in the root (log: $log/demo.log)"
        run_rc=1
    fi
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
else
    say "the run command is not tried: the test command built nothing"
    run_rc=1
fi

# --- summary --------------------------------------------------------------------------------------------------

passed=0
[ "$test_rc" = 0 ] && passed=$((passed + 1))
[ "$run_rc" = 0 ] && passed=$((passed + 1))
{
    echo "fresh Debian $suite machine, $root_from, commit $commit"
    echo "test command (bash scripts/test.sh): exit $test_rc; ${total:-?} tests, ${failed:-?} failed; $test_secs s"
    echo "run command (bash scripts/run.sh): exit $run_rc; windows: ${windows[*]:-none}"
    for s in "${shots[@]}"; do echo "screenshot: $s"; done
    echo "total: $(since "$started") s; log folder: $log"
} | tee "$log/summary.txt"
echo "fresh-machine: $passed passed, $((2 - passed)) failed"
[ "$passed" = 2 ]
