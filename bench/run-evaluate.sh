#!/usr/bin/env bash
# bench/run-evaluate.sh: HTTP load benchmark of POST /api/v1/scoring/evaluate.
# Builds in Release, writes BENCH_BODIES different valid request bodies (default 16) for set 8 of rulebook
# 26-2026 with a 7-member council (`OcopHub.Bench.Http gen-evaluate`), starts the app on 127.0.0.1 with a
# fresh SQLite database in a temp dir, and runs the bodies (random pick, seed 26) at concurrency 1, 8 and 32
# for BENCH_SECONDS each (default 10) after a 3 s warm-up. Prints every run, a summary table and the
# server's peak memory (VmHWM), then stops the server and deletes the temp dir.
# Any non-2xx answer fails the script (exit code != 0) and no numbers are reported for that run: the tool
# sends one request per body first and prints the server's answer if it is not 2xx.
#
# Knobs: BENCH_SECONDS, BENCH_BODIES, BENCH_SET (8), BENCH_MEMBERS (7), BENCH_CONCURRENCY ("1 8 32"),
#        BENCH_PORT, BENCH_NO_BUILD=1, BENCH_TOKEN (sent as a bearer token if set; the endpoint is anonymous).
set -euo pipefail
source "$(dirname "$0")/http-common.sh"

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
BODIES="${BENCH_BODIES:-16}"
SET="${BENCH_SET:-8}"
MEMBERS="${BENCH_MEMBERS:-7}"
CONCURRENCY="${BENCH_CONCURRENCY:-1 8 32}"

build_all
start_server

"${BENCH[@]}" gen-evaluate --rulebook "$REPO_ROOT/data/reference/rulebooks/26-2026.json" --set "$SET" --members "$MEMBERS" \
  --count "$BODIES" --seed 26 --out-dir "$BENCH_TMP/evaluate" || die "could not generate the request bodies"

for c in $CONCURRENCY; do
  run_bench "POST scoring/evaluate set $SET x$MEMBERS c=$c" --templates "$BENCH_TMP/evaluate/templates.txt" \
    --pick random --seed 26 --concurrency "$c" --duration "$SECONDS_PER_RUN" --warmup 3
done

print_summary
