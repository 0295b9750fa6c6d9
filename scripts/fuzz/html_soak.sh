#!/usr/bin/env bash
# Runs RobustnessTests with fresh random seeds until the time budget is spent; prints the
# seed of any failing run so it can be replayed with ROBUSTNESS_SEED=<seed>.
# usage: scripts/fuzz/html_soak.sh [seconds=300] [scale=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
budget=${1:-300}
scale=${2:-5}
swift build --build-tests >/dev/null
deadline=$(( $(date +%s) + budget ))
runs=0
while [ "$(date +%s)" -lt "$deadline" ]; do
    seed=$(od -An -N8 -tu8 /dev/urandom | tr -d ' ')
    if ! ROBUSTNESS_SEED=$seed ROBUSTNESS_SCALE=$scale timeout 600 swift test --skip-build --filter RobustnessTests >/tmp/html_soak.log 2>&1; then
        echo "FAILED with ROBUSTNESS_SEED=$seed ROBUSTNESS_SCALE=$scale (log: /tmp/html_soak.log)"
        exit 1
    fi
    runs=$((runs + 1))
done
echo "ok: $runs runs, scale $scale"
