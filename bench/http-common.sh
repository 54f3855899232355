# bench/http-common.sh: sourced by run-smoke.sh and run-evaluate.sh (not run on its own).
#
# Builds the web app and the load tool in Release, starts the app on 127.0.0.1 with a fresh SQLite database
# in a temp dir, waits for /health, and registers a trap that stops the server and deletes the temp dir on
# exit, failure or Ctrl-C. After `start_server`: $BASE_URL, $SERVER_PID, $BENCH_TMP, $BENCH (the tool).
# A script may set DB_PROVIDER (Sqlite | PostgreSQL) and DB_CONNECTION before `run_app`/`start_server` to use
# another database, and call `stop_server` to start again on another one; $ADMIN_PASSWORD is the admin's.
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
DB_PROVIDER="${DB_PROVIDER:-Sqlite}"
DB_CONNECTION="${DB_CONNECTION:-}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Bench${RANDOM}Pass2026x}"
CLEANUP_HOOKS=()

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] FAILED: $*" >&2; exit 1; }

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    log "server (pid $SERVER_PID) stopped"
  fi
  SERVER_PID=""
}

cleanup() {
  local rc=$?
  stop_server
  local hook
  for hook in "${CLEANUP_HOOKS[@]+"${CLEANUP_HOOKS[@]}"}"; do $hook || true; done
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

prepare_tmp() {
  [[ -n "$BENCH_TMP" ]] || BENCH_TMP="$(mktemp -d -t ocophub-bench.XXXXXX)"
}

# The app's environment, in a subshell: the temp dir as working directory, so relative paths the app writes
# (data/keys for Data Protection) land there; --contentRoot points at the build output so appsettings.json is read.
app_env() {
  cd "$BENCH_TMP"
  export ASPNETCORE_ENVIRONMENT=Production
  export DataProtection__KeysPath="$BENCH_TMP/keys"
  export Storage__ImportsPath="$BENCH_TMP/imports"
  # BENCH_POSTGRES (set by run-import.sh) is a shorthand for DB_PROVIDER=PostgreSQL with that connection.
  if [[ -n "${BENCH_POSTGRES:-}" && "$DB_PROVIDER" == Sqlite && -z "${DB_CONNECTION:-}" ]]; then
    DB_PROVIDER=PostgreSQL; DB_CONNECTION="$BENCH_POSTGRES"
  fi
  export Database__Provider="$DB_PROVIDER"
  if [[ "$DB_PROVIDER" == PostgreSQL ]]; then
    export ConnectionStrings__PostgreSQL="$DB_CONNECTION"
  else
    export ConnectionStrings__Sqlite="${DB_CONNECTION:-Data Source=$BENCH_TMP/ocop.db}"
  fi
  export Seed__AdminPassword="$ADMIN_PASSWORD"
  export RateLimits__PublicPerMinute=100000000
  export RateLimits__LoginPerMinute=100000000
}

# run_app COMMAND ARGS...: a maintenance command of the app (e.g. generate) on the same database as the server.
run_app() {
  prepare_tmp
  ( app_env; exec dotnet "$WEB_DLL" "$@" --contentRoot "$(dirname "$WEB_DLL")" )
}

start_server() {
  prepare_tmp
  local port="${BENCH_PORT:-$(free_port)}"
  BASE_URL="http://127.0.0.1:$port"
  log "starting the app on $BASE_URL ($DB_PROVIDER database; temp dir $BENCH_TMP)"
  (
    app_env
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
  printf '%-34s %5s %9s %11s %9s %9s %9s %9s %8s %14s %12s\n' label conc requests "req/s" "p50 ms" "p95 ms" "p99 ms" "max ms" "errors" "server VmHWM" "srv CPU/req"
  jq -r '[.label, .concurrency, .requests, .throughputRps, .latencyMs.p50, .latencyMs.p95, .latencyMs.p99, .latencyMs.max, .errors,
          (if .serverVmHwmKb then ((.serverVmHwmKb/1024*10|round)/10|tostring) + " MiB" else "n/a" end),
          (if .serverCpuSeconds and .requests > 0 then ((.serverCpuSeconds/.requests*1e6|round)|tostring) + " µs" else "n/a" end)] | @tsv' \
    "$BENCH_TMP/results.jsonl" |
    while IFS=$'\t' read -r l c n r p50 p95 p99 mx e m cpu; do
      printf '%-34s %5s %9s %11s %9s %9s %9s %9s %8s %14s %12s\n' "$l" "$c" "$n" "$r" "$p50" "$p95" "$p99" "$mx" "$e" "$m" "$cpu"
    done
}
