# Shared by scripts/demo, scripts/test and scripts/install: install what is missing, build
# with visible progress, and start a throwaway PostgreSQL on loopback under .local/ (owned by
# the postgres user: initdb refuses root).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$ROOT/.local"
mkdir -p "$LOCAL"

# apt_install PACKAGE...: installs Debian packages, as root or through sudo.
apt_install() {
    echo "installing: $*" >&2
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# What building needs: Swift on the PATH, and the C libraries' headers.
need_build_packages() {
    local missing=()
    command -v swift >/dev/null || { echo "swift is not on PATH (Swift 6.2+ is needed)" >&2; exit 1; }
    command -v pkg-config >/dev/null || missing+=(pkg-config)
    pkg-config --exists libpq 2>/dev/null || missing+=(libpq-dev)
    pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
    pkg-config --exists libcrypto 2>/dev/null || missing+=(libssl-dev)
    if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

# What building and running against a throwaway database need.
need_packages() {
    need_build_packages
    pg_bin >/dev/null 2>&1 || apt_install postgresql
}

# build ARGS...: swift build with its progress on the terminal (a first build takes minutes).
build() {
    echo "== building (swift build $*): a first build takes a few minutes" >&2
    (cd "$ROOT" && swift build "$@")
}

# The directory holding initdb/pg_ctl (Debian keeps them out of PATH).
pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

# as_pg CMD...: run as the postgres user when we are root.
as_pg() {
    # From /, since the postgres user may not be allowed into the current folder.
    if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# The role that logs in with a password even on this trust-everything server, so that tests
# can check a password really reaches PostgreSQL (OperationsTests creates it).
PASSWORD_CHECK_ROLE=newsdesk_password_check

# start_postgres NAME: a fresh cluster in .local/NAME on a free loopback port, with fsync off
# (tests need no durability) unless PG_OPTIONS says otherwise (benchmarks set it empty, so
# that ALTER SYSTEM can switch durability: options on the command line would override it).
# Exports DATABASE_URL and registers a trap that stops the cluster on exit.
start_postgres() {
    local name=$1 bin port
    stop_kept_postgres "$name"
    bin=$(pg_bin)
    PGDATA_DIR="$LOCAL/$name"
    if [ -f "$PGDATA_DIR/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" stop -m immediate >/dev/null 2>&1 || true; fi
    rm -rf "$PGDATA_DIR"
    mkdir -p "$PGDATA_DIR"
    if [ "$(id -u)" = 0 ]; then
        chmod 755 "$LOCAL"
        # The server runs as postgres, which must reach the folder: a checkout under a private
        # home directory is out of its reach, so fall back to /tmp there.
        if ! runuser -u postgres -- test -x "$LOCAL"; then
            rm -rf "$PGDATA_DIR"
            PGDATA_DIR=$(mktemp -d "/tmp/newsdesk-$name.XXXXXX")
        fi
        chown postgres: "$PGDATA_DIR"
    fi
    as_pg "$bin/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # First match wins: this one role must send its password; everyone else is trusted.
    as_pg sed -i "1i host all $PASSWORD_CHECK_ROLE 127.0.0.1/32 scram-sha-256" "$PGDATA_DIR/pg_hba.conf"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PGDATA_DIR ${PG_OPTIONS--c fsync=off} -c max_connections=200" start >/dev/null
    PG_BIN=$bin
    export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    trap stop_postgres EXIT
    echo "PostgreSQL running on 127.0.0.1:$port (data in $PGDATA_DIR)" >&2
}

stop_postgres() {
    [ -n "${PGDATA_DIR:-}" ] || return 0
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" stop -m fast >/dev/null 2>&1 || true
    case "$PGDATA_DIR" in /tmp/newsdesk-*) rm -rf "$PGDATA_DIR" ;; esac
}

# keep_postgres NAME: leaves the cluster running past this script's exit, noting where it is
# in .local/NAME.kept so that stop_kept_postgres (or the next start_postgres) can stop it.
keep_postgres() {
    printf 'PGDATA_DIR=%q\nPG_BIN=%q\nDATABASE_URL=%q\n' "$PGDATA_DIR" "$PG_BIN" "$DATABASE_URL" > "$LOCAL/$1.kept"
    trap - EXIT
}

# stop_kept_postgres NAME: stops a cluster keep_postgres left running, if there is one.
stop_kept_postgres() {
    local kept="$LOCAL/$1.kept"
    [ -f "$kept" ] || return 0
    (
        # shellcheck disable=SC1090
        source "$kept"
        stop_postgres
        echo "stopped the PostgreSQL kept at $DATABASE_URL" >&2
    )
    rm -f "$kept"
}
