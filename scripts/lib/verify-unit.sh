# verify_unit BINARY: systemd-analyze verify on deploy/newsdesk.service, with its paths pointed
# at BINARY (verify insists that ExecStart exists) and throwaway files and its user at root
# (which exists everywhere), then its security exposure, which must stay at or below
# UNIT_MAX_EXPOSURE.
UNIT_MAX_EXPOSURE=2.0

verify_unit() {
    local binary=$1 dir out
    command -v systemd-analyze >/dev/null || { echo "systemd-analyze not found: unit not verified" >&2; return 0; }
    dir=$(mktemp -d)
    touch "$dir/newsdesk.env" "$dir/database-password"
    sed -e "s#/opt/newsdesk/bin/newsdesk#$binary#g" -e "s#/etc/newsdesk/#$dir/#g" \
        -e "s#^User=.*#User=root#" -e "s#^Group=.*#Group=root#" \
        "$ROOT/deploy/newsdesk.service" > "$dir/newsdesk.service"
    out=$(systemd-analyze verify "$dir/newsdesk.service" 2>&1) || true
    if [ -n "$out" ]; then
        rm -rf "$dir"
        echo "systemd-analyze verify failed:" >&2; echo "$out" >&2; return 1
    fi
    echo "systemd-analyze verify: deploy/newsdesk.service OK" >&2

    # --offline rates the file itself (as shipped: its own User=); older systemd cannot, and
    # then the score is not checked.
    sed -e "s#/opt/newsdesk/bin/newsdesk#$binary#g" -e "s#/etc/newsdesk/#$dir/#g" \
        "$ROOT/deploy/newsdesk.service" > "$dir/newsdesk.service"
    if ! out=$(systemd-analyze security --offline=yes --no-pager "$dir/newsdesk.service" 2>&1); then
        rm -rf "$dir"
        echo "systemd-analyze security cannot rate unit files here: exposure not checked" >&2
        return 0
    fi
    rm -rf "$dir"
    local exposure
    exposure=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$out")
    [ -n "$exposure" ] || { echo "systemd-analyze security printed no exposure level:" >&2; echo "$out" >&2; return 1; }
    if awk -v e="$exposure" -v max="$UNIT_MAX_EXPOSURE" 'BEGIN { exit !(e > max) }'; then
        echo "$out" | grep '✗' >&2
        echo "systemd-analyze security: exposure $exposure is above $UNIT_MAX_EXPOSURE (the findings above)" >&2
        return 1
    fi
    echo "systemd-analyze security: exposure $exposure (at most $UNIT_MAX_EXPOSURE)" >&2
}
