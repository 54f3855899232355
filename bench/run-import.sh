#!/usr/bin/env bash
# bench/run-import.sh: times spreadsheet imports through the HTTP API against a Release build.
# For each database (SQLite always; PostgreSQL too when OCOPHUB_TEST_POSTGRES is set, in a fresh database that is
# dropped afterwards) it starts the app (http-common.sh), then OcopHub.Bench.Import generates a realistic
# producers .xlsx (BENCH_PRODUCERS, default 500, over the communes of Thái Nguyên) and products .xlsx
# (BENCH_ROWS, default 20000, Vietnamese names, 70 % matched to their producer by tax code, 30 % by name, half
# with a GTIN), and times upload, preview (background check, polled) and commit of each, then a re-import of the
# products (all rows unchanged). Prints the numbers, the setup and the server's peak memory (VmHWM).
# Target (issue 4): a 20,000-row products .xlsx imported in under 15 s.
set -euo pipefail
source "$(dirname "$0")/http-common.sh"

ROWS="${BENCH_ROWS:-20000}"
PRODUCERS="${BENCH_PRODUCERS:-500}"
# The admin password the server is seeded with is $ADMIN_PASSWORD (http-common.sh).
IMPORT_DLL="$REPO_ROOT/bench/OcopHub.Bench.Import/bin/Release/net10.0/OcopHub.Bench.Import.dll"

build_all
if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release "$REPO_ROOT/bench/OcopHub.Bench.Import/OcopHub.Bench.Import.csproj" -nologo -v q >&2 || die "import bench build failed"
fi

echo "== setup =="
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version) SDK; Release build"
echo "workload: $PRODUCERS producers, then $ROWS products (.xlsx), as admin (national scope), one import at a time"

run_one() {
  local db="$1"
  start_server
  echo "== $db =="
  dotnet "$IMPORT_DLL" --url "$BASE_URL" --user admin --password "$ADMIN_PASSWORD" \
    --rows "$ROWS" --producers "$PRODUCERS" --server-pid "$SERVER_PID" || die "import benchmark on $db failed"
  # The server's own per-phase timings (read, lookups, rows, saved in) for each preview and commit.
  grep -ohE "Import [0-9a-f]{32} .*" "$BENCH_TMP/server.log" 2>/dev/null | sed -E 's/^Import [0-9a-f]{24}/  server log: import /' || true
  kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  rm -rf "$BENCH_TMP"; BENCH_TMP=""
}

run_one SQLite
if [[ -n "${OCOPHUB_TEST_POSTGRES:-}" ]]; then
  DB="ocop_bench_import_$$"
  export BENCH_POSTGRES="${OCOPHUB_TEST_POSTGRES/Database=postgres/Database=$DB}"
  [[ "$BENCH_POSTGRES" == *"$DB"* ]] || BENCH_POSTGRES="$OCOPHUB_TEST_POSTGRES;Database=$DB"
  run_one PostgreSQL
  # The app created the database on start (migrations); drop it again.
  if command -v psql >/dev/null 2>&1; then
    psql "$(echo "$OCOPHUB_TEST_POSTGRES" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null \
      && log "database $DB dropped" || log "could not drop database $DB"
  else
    log "psql not found: drop database $DB by hand"
  fi
fi
