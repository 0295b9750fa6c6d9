# check_install: scripts/install into a throwaway prefix, then proves the installed binary runs
# on a host without Swift: it loads no toolchain library, and it parses a page (enrichment
# data) and migrates a database (SQL resources) with the toolchain and the build folder hidden
# from it. Needs DATABASE_URL (start_postgres).
check_install() {
    local prefix problems=0
    prefix=$(mktemp -d /tmp/newsdesk-install.XXXXXX)
    "$ROOT/scripts/install" --prefix "$prefix" --no-service --debug

    local toolchain
    toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
    if ldd "$prefix/bin/newsdesk" | grep -F "$toolchain" >&2; then
        echo "install check: the installed binary loads libraries from the toolchain ($toolchain)" >&2
        problems=1
    fi

    PGOPTIONS="-c client_min_messages=warning" psql -qX "$DATABASE_URL" -c "DROP DATABASE IF EXISTS install_check" -c "CREATE DATABASE install_check" >/dev/null
    local url=${DATABASE_URL%/*}/install_check
    # In a mount namespace of its own, empty folders are mounted over the toolchain and the
    # build folder (where a binary could still find resource bundles by their build path).
    local hide="mount -t tmpfs tmpfs '$toolchain' && mount -t tmpfs tmpfs '$ROOT/.build' &&"
    if ! unshare --mount --propagation private true 2>/dev/null; then
        echo "install check: cannot make a mount namespace here; the toolchain stays visible" >&2
        hide=""
    fi
    local out version
    version=$(sed -n 's/.*current = "\(.*\)".*/\1/p' "$ROOT/Sources/BuildInfo/NewsdeskVersion.swift")
    if ! out=$(unshare_maybe "$hide" "env -i LD_LIBRARY_PATH= '$prefix/bin/newsdesk' --version"); then
        echo "install check: --version failed: $out" >&2; problems=1
    elif [ "$out" != "$version" ]; then
        echo "install check: --version printed '$out', not '$version'" >&2; problems=1
    fi
    if ! out=$(unshare_maybe "$hide" "env -i '$prefix/bin/newsdesk' process '$ROOT/samples/harbour-ferry.txt'") \
        || ! grep -q '"entities":\[{' <<<"$out"; then
        echo "install check: process failed or found no entities: ${out:0:300}" >&2; problems=1
    fi
    if ! out=$(unshare_maybe "$hide" "env -i '$prefix/bin/newsdesk' migrate --database-url '$url'" 2>&1) \
        || ! grep -q "applied: 0001_jobs" <<<"$out"; then
        echo "install check: migrate failed: $out" >&2; problems=1
    fi
    psql -qX "$DATABASE_URL" -c "DROP DATABASE install_check" >/dev/null
    rm -rf "$prefix"
    [ "$problems" = 0 ] || return 1
    echo "install check: newsdesk $version runs installed, with no Swift toolchain" >&2
}

# unshare_maybe SETUP COMMAND: COMMAND in a private mount namespace after SETUP, or as it is
# when SETUP is empty.
unshare_maybe() {
    if [ -n "$1" ]; then
        unshare --mount --propagation private sh -c "$1 $2"
    else
        sh -c "$2"
    fi
}
