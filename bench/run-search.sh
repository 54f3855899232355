#!/usr/bin/env bash
# bench/run-search.sh: GET /api/v1/products?q=… on a national-scale dataset, on SQLite and on PostgreSQL.
# For each provider: a fresh database, `generate --producers 8000 --products 20000` (timed), the server started
# on it, a bearer token for the national administrator, then a mix of realistic searches (folded and accented
# words, with and without province/set/star filters, pages 1–3) at each concurrency (default 1, 8, 32) for
# BENCH_SECONDS each after a 2 s warm-up. Prints every run, the setup, and a summary with the server's peak memory.
#
# PostgreSQL: BENCH_PG is a server connection string in Npgsql form (the Database part is ignored; a fresh
# database ocop_bench_<random> is created with psql and dropped at the end), e.g.
#   BENCH_PG="Host=127.0.0.1;Port=55432;Username=postgres" bench/run-search.sh
# Without BENCH_PG, a server on 127.0.0.1:55432 (user postgres) is used when pg_isready finds one; otherwise
# (or BENCH_PG=skip, or no psql) PostgreSQL is skipped and the summary says so.
#
# Knobs: BENCH_SECONDS (10), BENCH_WARMUP (2), BENCH_CONCURRENCY ("1 8 32"), BENCH_PRODUCERS (8000), BENCH_PRODUCTS (20000),
#        BENCH_SEED (2026), BENCH_PROVIDERS ("Sqlite PostgreSQL"), BENCH_BASELINE (a Release output folder of another
#        commit: measured "before", back to back with this tree, "after"), and those of http-common.sh.
set -euo pipefail
source "$(dirname "$0")/http-common.sh"

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
CONCURRENCY="${BENCH_CONCURRENCY:-1 8 32}"
PRODUCERS="${BENCH_PRODUCERS:-8000}"
PRODUCTS="${BENCH_PRODUCTS:-20000}"
SEED="${BENCH_SEED:-2026}"
PROVIDERS="${BENCH_PROVIDERS:-Sqlite PostgreSQL}"
PG_SERVER="${BENCH_PG:-}"
PG_DB=""
SETUP_NOTES=()

build_all
prepare_tmp

# --- the query mix: q as typed by people (folded or accented), filters, pages 1–3 -------------------------
enc() { jq -rn --arg v "$1" '$v|@uri'; }
TEMPLATES="$BENCH_TMP/search-templates.txt"
{
  for q in "nuoc mam" "Nước mắm" "bi xanh ba be" "che thai nguyen" "mien dong" "Miến dong" "mat ong" "Mật ong rừng" \
           "ruou ngo" "tinh dau que" "ca phe" "gao nep" "Chè Shan tuyết" "tra hoa vang" "xyz khong co"; do
    echo "GET /api/v1/products?q=$(enc "$q")"
  done
  echo "GET /api/v1/products?q=$(enc "nuoc mam")&page=2"
  echo "GET /api/v1/products?q=$(enc "mat ong")&page=3"
  echo "GET /api/v1/products?q=$(enc "che")&province=19"
  echo "GET /api/v1/products?q=$(enc "Chè")&province=19&page=2"
  echo "GET /api/v1/products?q=$(enc "nuoc mam")&star=4"
  echo "GET /api/v1/products?q=$(enc "gao")&set=3&page=2"
  echo "GET /api/v1/products?q=$(enc "mien dong")&province=19&star=3"
  echo "GET /api/v1/products?q=$(enc "ca phe")&star=4&page=2"
  echo "GET /api/v1/products"
  echo "GET /api/v1/products?page=3"
  echo "GET /api/v1/products?set=11&page=2"
  echo "GET /api/v1/products?province=01&star=3&page=3"
  echo "GET /api/v1/products?province=19"
  echo "GET /api/v1/products?star=5"
} >"$TEMPLATES"

# --- PostgreSQL server: given, found, or skipped --------------------------------------------------------------
pg_part() { # pg_part KEY...: a value of the Npgsql connection string $PG_SERVER (keys case-insensitive)
  local k; for k in "$@"; do
    tr ';' '\n' <<<"$PG_SERVER" | awk -F= -v k="$k" 'tolower($1)==tolower(k) { sub(/^[^=]*=/, ""); print; exit }' | grep . && return 0
  done
  return 1
}
pg_psql() {
  PGPASSWORD="$(pg_part Password || true)" psql -X -q -v ON_ERROR_STOP=1 -h "$(pg_part Host Server || echo 127.0.0.1)" \
    -p "$(pg_part Port || echo 5432)" -U "$(pg_part Username 'User Id' User || echo postgres)" -d postgres "$@"
}
drop_pg_db() { [[ -n "$PG_DB" ]] && pg_psql -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" && log "database $PG_DB dropped"; PG_DB=""; }
CLEANUP_HOOKS+=(drop_pg_db)

pg_available() {
  [[ "$PG_SERVER" == skip ]] && { SETUP_NOTES+=("PostgreSQL skipped (BENCH_PG=skip)"); return 1; }
  command -v psql >/dev/null || { SETUP_NOTES+=("PostgreSQL skipped: psql not found"); return 1; }
  if [[ -z "$PG_SERVER" ]]; then
    if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 55432; then
      PG_SERVER="Host=127.0.0.1;Port=55432;Username=postgres"
    else
      SETUP_NOTES+=("PostgreSQL skipped: no BENCH_PG and no server on 127.0.0.1:55432"); return 1
    fi
  fi
  pg_psql -c "select 1" >/dev/null 2>&1 || { SETUP_NOTES+=("PostgreSQL skipped: cannot connect with BENCH_PG"); return 1; }
}

# --- builds: this tree, and optionally a baseline build measured back to back with it -------------------------
# BENCH_BASELINE=DIR (a Release output folder of another commit, holding OcopHub.Web.dll): each provider then gets
# two fresh databases (each generated and migrated by its own build) and two servers, and every concurrency level
# runs "before" then "after" one right after the other, so both see the same machine load.
BUILD_TAGS=(); BUILD_DLLS=()
if [[ -n "${BENCH_BASELINE:-}" ]]; then
  [[ -f "$BENCH_BASELINE/OcopHub.Web.dll" ]] || die "BENCH_BASELINE=$BENCH_BASELINE has no OcopHub.Web.dll"
  BUILD_TAGS+=(before); BUILD_DLLS+=("$BENCH_BASELINE/OcopHub.Web.dll")
  BUILD_TAGS+=(after); BUILD_DLLS+=("$WEB_DLL")
  SETUP_NOTES+=("before = $BENCH_BASELINE, after = this tree ($(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))")
else
  BUILD_TAGS+=(""); BUILD_DLLS+=("$WEB_DLL")
fi
THIS_WEB_DLL="$WEB_DLL"

SERVER_PIDS=(); SERVER_URLS=(); SERVER_TOKENS=(); PG_DBS=()
stop_servers() { local p; for p in "${SERVER_PIDS[@]+"${SERVER_PIDS[@]}"}"; do SERVER_PID="$p"; stop_server; done; SERVER_PIDS=(); SERVER_URLS=(); SERVER_TOKENS=(); }
drop_pg_dbs() { local d; for d in "${PG_DBS[@]+"${PG_DBS[@]}"}"; do PG_DB="$d"; drop_pg_db; done; PG_DBS=(); }
CLEANUP_HOOKS+=(stop_servers drop_pg_dbs)

# --- one build on one provider: fresh database, generate, start the server (left running), get a token --------
prepare_build() {
  local provider="$1" label="$2"
  log "== $label: generating $PRODUCERS producers and $PRODUCTS products (seed $SEED)"
  local start=$SECONDS
  run_app generate --producers "$PRODUCERS" --products "$PRODUCTS" --seed "$SEED" >"$BENCH_TMP/generate-$label.log" 2>&1 \
    || { tail -n 30 "$BENCH_TMP/generate-$label.log" >&2; die "generate failed on $provider"; }
  local line; line="$(grep '^Generated' "$BENCH_TMP/generate-$label.log" || true)"
  log "$line (whole command incl. migrations + reference data: $((SECONDS - start)) s)"
  SETUP_NOTES+=("$label: $line; whole command incl. migrations and reference data $((SECONDS - start)) s")
  if [[ "$provider" == PostgreSQL ]]; then
    # What autovacuum does a minute after a bulk load, done now so that no run starts before it (fresh statistics,
    # visibility map for index-only scans); the same for every build.
    pg_psql -d "$PG_DB" -c "VACUUM ANALYZE" || die "VACUUM ANALYZE failed"
  fi

  start_server
  local token; token="$(curl -fsS -X POST "$BASE_URL/api/v1/auth/token" -H 'content-type: application/json' \
      -d "{\"userName\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)"
  [[ -n "$token" && "$token" != null ]] || die "no bearer token"
  local total; total="$(curl -fsS "$BASE_URL/api/v1/products?pageSize=1" -H "Authorization: Bearer $token" | jq .total)"
  log "$label: products visible to the national administrator: $total"
  SERVER_PIDS+=("$SERVER_PID"); SERVER_URLS+=("$BASE_URL"); SERVER_TOKENS+=("$token")
  SERVER_PID=""  # kept in SERVER_PIDS; the next start_server starts another one
}

# --- one provider: every build prepared, then each concurrency level on each build in turn --------------------
bench_provider() {
  local provider="$1" label="$2" i
  for i in "${!BUILD_TAGS[@]}"; do
    local tag="${BUILD_TAGS[$i]}"; WEB_DLL="${BUILD_DLLS[$i]}"
    case "$provider" in
      Sqlite) DB_PROVIDER=Sqlite; DB_CONNECTION="Data Source=$BENCH_TMP/search${tag:+-$tag}.db" ;;
      PostgreSQL)
        PG_DB="ocop_bench_$$_${RANDOM}${tag:+_$tag}"
        pg_psql -c "CREATE DATABASE \"$PG_DB\"" || die "cannot create database $PG_DB"
        PG_DBS+=("$PG_DB")
        DB_PROVIDER=PostgreSQL
        DB_CONNECTION="$(tr ';' '\n' <<<"$PG_SERVER" | grep -vi '^ *database *=' | paste -sd';');Database=$PG_DB" ;;
    esac
    prepare_build "$provider" "$label${tag:+ $tag}"
  done
  [[ "$provider" == PostgreSQL ]] && SETUP_NOTES+=("PostgreSQL server: $(pg_psql -At -c 'show server_version' 2>/dev/null || echo '?')")
  for c in $CONCURRENCY; do
    for i in "${!BUILD_TAGS[@]}"; do
      local tag="${BUILD_TAGS[$i]}"
      SERVER_PID="${SERVER_PIDS[$i]}"; BASE_URL="${SERVER_URLS[$i]}"
      run_bench "$label${tag:+ $tag} search mix c=$c" --templates "$TEMPLATES" --pick random --seed 26 --token "${SERVER_TOKENS[$i]}" \
        --concurrency "$c" --duration "$SECONDS_PER_RUN" --warmup "${BENCH_WARMUP:-2}"
    done
  done
  SERVER_PID=""
  stop_servers
  drop_pg_dbs
  WEB_DLL="$THIS_WEB_DLL"
}

for provider in $PROVIDERS; do
  case "$provider" in
    Sqlite) bench_provider Sqlite sqlite ;;
    PostgreSQL)
      if pg_available; then bench_provider PostgreSQL postgres; else log "${SETUP_NOTES[-1]}"; fi ;;
    *) die "unknown provider '$provider' in BENCH_PROVIDERS" ;;
  esac
done

echo "== setup =="
echo "machine: $(nproc) logical CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(. /etc/os-release && echo "$PRETTY_NAME"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo ".NET: $(dotnet --version) SDK, Release build; dataset: $PRODUCERS producers, $PRODUCTS products, seed $SEED; $(wc -l <"$TEMPLATES") query templates, random pick"
for n in "${SETUP_NOTES[@]}"; do echo "$n"; done
print_summary
