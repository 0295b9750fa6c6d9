# verify_unit BINARY: systemd-analyze verify on deploy/newsdesk.service, with its paths
# pointed at BINARY (verify insists that ExecStart exists) and a throwaway env file.
verify_unit() {
    local binary=$1 dir
    command -v systemd-analyze >/dev/null || { echo "systemd-analyze not found: unit not verified" >&2; return 0; }
    dir=$(mktemp -d)
    touch "$dir/newsdesk.env"
    sed -e "s#/opt/newsdesk/bin/newsdesk#$binary#g" -e "s#/etc/newsdesk/newsdesk.env#$dir/newsdesk.env#" \
        -e "s#^User=.*#User=root#" -e "s#^Group=.*#Group=root#" \
        "$ROOT/deploy/newsdesk.service" > "$dir/newsdesk.service"
    local out
    out=$(systemd-analyze verify "$dir/newsdesk.service" 2>&1) || true
    rm -rf "$dir"
    if [ -n "$out" ]; then echo "systemd-analyze verify failed:" >&2; echo "$out" >&2; return 1; fi
    echo "systemd-analyze verify: deploy/newsdesk.service OK" >&2
}
