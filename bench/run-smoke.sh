#!/usr/bin/env bash
# bench/run-smoke.sh: checks the HTTP load tool against endpoints that exist today.
# Builds in Release, starts the app on 127.0.0.1 with a fresh SQLite database in a temp dir, then loads
#   GET /health                                   (concurrency 1 and 8)
#   GET /api/v1/admin-units?level=province        (concurrency 1 and 8)
#   both, round-robin, as two templates            (concurrency 8)
# for BENCH_SECONDS each (default 5) after a 2 s warm-up, prints every run and a summary with the server's
# peak memory (VmHWM), then stops the server and deletes the temp dir. Fails on any non-2xx answer.
set -euo pipefail
source "$(dirname "$0")/http-common.sh"

SECONDS_PER_RUN="${BENCH_SECONDS:-5}"
build_all
start_server

TEMPLATES="$BENCH_TMP/smoke-templates.txt"
cat >"$TEMPLATES" <<'T'
GET /health
GET /api/v1/admin-units?level=province
T

for c in 1 8; do
  run_bench "GET /health c=$c" --path /health --concurrency "$c" --duration "$SECONDS_PER_RUN" --warmup 2
  run_bench "GET admin-units province c=$c" --path "/api/v1/admin-units?level=province" --concurrency "$c" --duration "$SECONDS_PER_RUN" --warmup 2
done
run_bench "health+admin-units round-robin c=8" --templates "$TEMPLATES" --concurrency 8 --duration "$SECONDS_PER_RUN" --warmup 2

print_summary
