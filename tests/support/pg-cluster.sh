#!/bin/bash
# A throwaway PostgreSQL 15 cluster for the tests — never a system service.
#
#   pg-cluster.sh start DIR   initdb into DIR/data, start it on a Unix socket in DIR (no TCP), print the port
#   pg-cluster.sh stop DIR    stop it (fast shutdown) and remove DIR
#
# DIR must be a new, empty folder. The cluster's superuser is `postgres`; it connects over the socket without a
# password ("trust" for that one user only); every other login authenticates with SCRAM-SHA-256, so
# wrong passwords are refused as on a real server. Connect with
#   psql "host=DIR port=PORT user=postgres dbname=postgres"
# PostgreSQL refuses to run as root: as root the server binaries run as the `postgres` user (runuser), and DIR is
# handed to that user. PRAKSIS_PG_BIN overrides where the binaries are (default /usr/lib/postgresql/15/bin).
set -euo pipefail

bin=${PRAKSIS_PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}
dir=${2:-}
if [[ -z "$cmd" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
if [[ ! -x "$bin/initdb" ]]; then
    echo "$0: no PostgreSQL server binaries in $bin (scripts/setup.sh installs postgresql-15)" >&2
    exit 3
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [[ -n "$(ls -A "$dir")" ]]; then
        echo "$0: $dir is not empty" >&2
        exit 2
    fi
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
        # the server must reach DIR through every folder above it
        p=$dir
        while [[ "$p" != "/" ]]; do
            p=$(dirname "$p")
            runuser -u postgres -- test -x "$p" || chmod o+x "$p"
        done
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth=trust >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # the superuser alone connects without a password over the (private) socket; everyone else with a password
    as_owner sh -c "printf '%s\\n' 'local all postgres trust' 'local all all scram-sha-256' \\
        'host all all 127.0.0.1/32 scram-sha-256' 'host all all ::1/128 scram-sha-256' > '$dir/data/pg_hba.conf'"
    # a free socket name: the folder is private, so any port number not in use in it will do
    port=$(( 20000 + RANDOM % 40000 ))
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
