# bench/http-common.sh: sourced by run-smoke.sh and run-evaluate.sh (not run on its own).
#
# Builds the web app and the load tool in Release, starts the app on 127.0.0.1 with a fresh SQLite database
# in a temp dir, waits for /health, and registers a trap that stops the server and deletes the temp dir on
# exit, failure or Ctrl-C. After `start_server`: $BASE_URL, $SERVER_PID, $BENCH_TMP, $BENCH (the tool).
#
# Knobs: BENCH_PORT (default: a free port), BENCH_NO_BUILD=1 (reuse the Release builds),
#        BENCH_STARTUP_TIMEOUT seconds to wait for /health (default 120),
#        BENCH_ADMIN_PASSWORD (default: random; set it when the script must sign in as admin),
#        BENCH_POSTGRES (an Npgsql connection string: run on PostgreSQL instead of SQLite).

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB_DLL="$REPO_ROOT/src/OcopHub.Web/bin/Release/net10.0/OcopHub.Web.dll"
BENCH_DLL="$REPO_ROOT/bench/OcopHub.Bench.Http/bin/Release/net10.0/OcopHub.Bench.Http.dll"
BENCH=(dotnet "$BENCH_DLL")

export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"
export DOTNET_CLI_USE_MSBUILD_SERVER="${DOTNET_CLI_USE_MSBUILD_SERVER:-0}"
export UseSharedCompilation="${UseSharedCompilation:-false}"

SERVER_PID=""
BENCH_TMP=""

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] FAILED: $*" >&2; exit 1; }

cleanup() {
  local rc=$?
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    log "server (pid $SERVER_PID) stopped"
  fi
  if [[ -n "$BENCH_TMP" && -d "$BENCH_TMP" ]]; then
    if (( rc != 0 )) && [[ -f "$BENCH_TMP/server.log" ]]; then
      log "last lines of the server log:"
      tail -n 20 "$BENCH_TMP/server.log" >&2 || true
    fi
    rm -rf "$BENCH_TMP"
    log "temp dir $BENCH_TMP deleted"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_all() {
  if [[ "${BENCH_NO_BUILD:-0}" == 1 ]]; then
    [[ -f "$WEB_DLL" && -f "$BENCH_DLL" ]] || die "BENCH_NO_BUILD=1 but the Release builds are missing"
    return
  fi
  log "building the web app and the load tool (Release)"
  dotnet build -c Release "$REPO_ROOT/src/OcopHub.Web/OcopHub.Web.csproj" -nologo -v q >&2 || die "web app build failed"
  dotnet build -c Release "$REPO_ROOT/bench/OcopHub.Bench.Http/OcopHub.Bench.Http.csproj" -nologo -v q >&2 || die "load tool build failed"
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
  else
    echo $((20000 + RANDOM % 20000))
  fi
}

start_server() {
  BENCH_TMP="$(mktemp -d -t ocophub-bench.XXXXXX)"
  local port="${BENCH_PORT:-$(free_port)}"
  BASE_URL="http://127.0.0.1:$port"
  log "starting the app on $BASE_URL (fresh $([[ -n "${BENCH_POSTGRES:-}" ]] && echo "PostgreSQL database" || echo "SQLite database"), files in $BENCH_TMP)"
  # Working directory: the temp dir, so relative paths the app writes (data/keys for Data Protection) land
  # there; --contentRoot points at the build output so appsettings.json is read.
  (
    cd "$BENCH_TMP"
    export ASPNETCORE_ENVIRONMENT=Production
    export DataProtection__KeysPath="$BENCH_TMP/keys"
    export ConnectionStrings__Sqlite="Data Source=$BENCH_TMP/ocop.db"
    export Seed__AdminPassword="${BENCH_ADMIN_PASSWORD:-Bench${RANDOM}Pass2026x}"
    export Storage__ImportsPath="$BENCH_TMP/imports"
    if [[ -n "${BENCH_POSTGRES:-}" ]]; then
      export Database__Provider=PostgreSQL
      export ConnectionStrings__PostgreSQL="$BENCH_POSTGRES"
    fi
    export RateLimits__PublicPerMinute=100000000
    export RateLimits__LoginPerMinute=100000000
    exec dotnet "$WEB_DLL" --urls "$BASE_URL" --contentRoot "$(dirname "$WEB_DLL")"
  ) >"$BENCH_TMP/server.log" 2>&1 &
  SERVER_PID=$!
  local timeout="${BENCH_STARTUP_TIMEOUT:-120}" start=$SECONDS
  until curl -fsS -o /dev/null --max-time 2 "$BASE_URL/health" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the app exited during startup (see the log above)"
    (( SECONDS - start < timeout )) || die "no healthy /health within ${timeout}s"
    sleep 0.5
  done
  log "app healthy after $((SECONDS - start)) s (pid $SERVER_PID)"
}

# run_bench LABEL ARGS...: runs the tool against $BASE_URL with --server-pid; appends its JSON line to
# $BENCH_TMP/results.jsonl; the tool's exit code is kept (non-2xx answers fail the script).
run_bench() {
  local label="$1"; shift
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server (pid $SERVER_PID) is no longer running before '$label' (stopped by something else?)"
  "${BENCH[@]}" --url "$BASE_URL" --server-pid "$SERVER_PID" --label "$label" \
    --json-out "$BENCH_TMP/last.json" "$@" || die "benchmark '$label' failed (exit code $?)"
  cat "$BENCH_TMP/last.json" >>"$BENCH_TMP/results.jsonl"
  echo
}

# print_summary: one table row per run from results.jsonl (needs jq; skipped without it).
print_summary() {
  [[ -f "$BENCH_TMP/results.jsonl" ]] || return 0
  command -v jq >/dev/null 2>&1 || { log "jq not found: no summary table"; return 0; }
  echo "== summary (same machine, same run; compare ratios) =="
  printf '%-34s %5s %9s %11s %9s %9s %9s %9s %12s %14s\n' label conc requests "req/s" "p50 ms" "p95 ms" "p99 ms" "max ms" "errors" "server VmHWM"
  jq -r '[.label, .concurrency, .requests, .throughputRps, .latencyMs.p50, .latencyMs.p95, .latencyMs.p99, .latencyMs.max, .errors,
          (if .serverVmHwmKb then ((.serverVmHwmKb/1024*10|round)/10|tostring) + " MiB" else "n/a" end)] | @tsv' \
    "$BENCH_TMP/results.jsonl" |
    while IFS=$'\t' read -r l c n r p50 p95 p99 mx e m; do
      printf '%-34s %5s %9s %11s %9s %9s %9s %9s %12s %14s\n' "$l" "$c" "$n" "$r" "$p50" "$p95" "$p99" "$mx" "$e" "$m"
    done
}
