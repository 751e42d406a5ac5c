#!/usr/bin/env bash
# Runs .ci/run on fresh clones of HEAD while every core is kept busy by a Node
# busy loop (issue 13.7: no test may depend on the machine's speed). Usage:
#   scripts/ci-under-load.sh [runs=2]
# Prints each run's last line ("N passed, N failed") and exits non-zero when a
# run fails. The clones live in a temporary folder that is removed at the end.
set -uo pipefail
runs=${1:-2}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cores=$(nproc)
hogs=()
cleanup() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq "$cores"); do
  node -e 'for (;;) { Math.sqrt(Math.random()); }' &
  hogs+=($!)
done
echo "== $cores busy loops running; $runs run(s) of .ci/run"
status=0
for i in $(seq "$runs"); do
  git clone -q "$repo" "$work/run$i"
  start=$SECONDS
  (cd "$work/run$i" && bash .ci/run) >"$work/run$i.log" 2>&1
  code=$?
  echo "run $i: exit $code after $((SECONDS - start)) s: $(tail -1 "$work/run$i.log")"
  if [ "$code" -ne 0 ]; then
    status=1
    grep -E "FAIL|CI STEP FAILED" "$work/run$i.log" | head -20
  fi
done
exit "$status"
