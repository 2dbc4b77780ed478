#!/usr/bin/env bash
# Run the suite (.ci/run: the README's test command on a clean clone) N times in a row while a
# CPU-bound loop runs beside it; one line per run, and a non-zero exit if any run failed.
#   bash bench/suite_under_load.sh [N]      (default 10; the clone goes to a temporary folder)
set -u
runs=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
clone=$(mktemp -d)/itinerary
git clone -q "$root" "$clone" || exit 1
[ -d "$root/../shared" ] && ln -s "$root/../shared" "$(dirname "$clone")/shared"
( while :; do python3 -c "sum(i * i for i in range(10**7))"; done ) &
load=$!
trap 'kill $load 2>/dev/null; rm -rf "$(dirname "$clone")"' EXIT
failed=0
for i in $(seq "$runs"); do
  start=$(date +%s)
  (cd "$clone" && .ci/run) > "$clone.run-$i.log" 2>&1
  rc=$?
  echo "run $i: exit $rc, $(( $(date +%s) - start )) s, $(tail -n 1 "$clone.run-$i.log")"
  [ "$rc" -eq 0 ] || failed=1
done
exit "$failed"
