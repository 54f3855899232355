#!/usr/bin/env bash
# test.sh: run the whole OCOP Hub test suite (.ci/run calls it).
#
# What it does:
#   1. Installs what is missing from Debian's apt: PostgreSQL 15 + contrib,
#      Chromium and DejaVu fonts. It checks that the binaries exist.
#   2. Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port.
#      The cluster lives in a temp dir. A trap stops it and deletes the dir
#      on exit, on failure and on Ctrl-C.
#   3. Exports OCOPHUB_TEST_POSTGRES (Npgsql connection string, superuser)
#      and OCOPHUB_CHROMIUM. It keeps CI as the environment gives it.
#   4. Runs `dotnet test OcopHub.slnx` once, with one trx file per test project.
#   5. Adds up the trx <Counters> and prints the elapsed time. The last line is
#      "N passed, N failed", plus ", N skipped" when some tests were skipped.
#      The exit code is non-zero if any test failed, dotnet test failed,
#      or no test ran.
#
# Optional knobs (the defaults suit CI):
#   OCOPHUB_TEST_RESULTS       where the trx files go (default: ./TestResults)
#   OCOPHUB_TEST_HANG_TIMEOUT  per-test hang timeout for dotnet test --blame-hang
#                              (default: 15m); a hung test host is killed and the
#                              run fails instead of hanging CI.
set -euo pipefail

START_SECONDS=$SECONDS
cd "$(dirname "$0")"
REPO_ROOT=$PWD

export DEBIAN_FRONTEND=noninteractive
# Build servers (MSBuild nodes, VBCSCompiler) that outlive the build can keep
# the CI output pipe open. Turn them off unless the caller already chose.
export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"
export DOTNET_CLI_USE_MSBUILD_SERVER="${DOTNET_CLI_USE_MSBUILD_SERVER:-0}"
export UseSharedCompilation="${UseSharedCompilation:-false}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"

PG_VERSION=15
PGBIN="/usr/lib/postgresql/$PG_VERSION/bin"   # real binaries, not /usr/local/bin wrappers
PGSHARE="/usr/share/postgresql/$PG_VERSION"
CHROMIUM=/usr/bin/chromium
DEJAVU_DIR=/usr/share/fonts/truetype/dejavu
RESULTS_DIR="${OCOPHUB_TEST_RESULTS:-$REPO_ROOT/TestResults}"
HANG_TIMEOUT="${OCOPHUB_TEST_HANG_TIMEOUT:-15m}"

log() { printf '[test.sh] %s\n' "$*"; }
die() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------
# Cleanup: stop the cluster, delete its dir, remove our temporary policy-rc.d.
# It can run more than once: it runs explicitly before the summary and again
# from the EXIT trap.
# ---------------------------------------------------------------------------
PGTMP=""
PGDATA_DIR=""
OUR_POLICY_RC=0

stop_cluster() {
    if [[ -n "$PGDATA_DIR" && -f "$PGDATA_DIR/postmaster.pid" ]]; then
        local pid
        pid=$(head -n1 "$PGDATA_DIR/postmaster.pid" 2>/dev/null || true)
        (cd / && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 30 stop) >/dev/null 2>&1 \
            || (cd / && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 15 stop) >/dev/null 2>&1 \
            || true
        # Last resort: kill the postmaster we started, by its own pid.
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
        fi
    fi
}

DOTNET_PID=""   # also the id of its process group (see `set -m` below)
stop_dotnet() {
    # Stop the process group this script started for dotnet test, by its id:
    # dotnet, MSBuild nodes, vstest.console and the test hosts.
    [[ -n "$DOTNET_PID" ]] || return 0
    if kill -0 -- "-$DOTNET_PID" 2>/dev/null; then
        kill -TERM -- "-$DOTNET_PID" 2>/dev/null || true
        local _
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 -- "-$DOTNET_PID" 2>/dev/null || break
            sleep 1
        done
        kill -KILL -- "-$DOTNET_PID" 2>/dev/null || true
    fi
    DOTNET_PID=""
}

cleanup() {
    stop_dotnet
    stop_cluster
    if [[ -n "$PGTMP" && -d "$PGTMP" ]]; then
        rm -rf -- "$PGTMP"
    fi
    PGTMP=""
    PGDATA_DIR=""
    if [[ "$OUR_POLICY_RC" == 1 ]]; then
        rm -f /usr/sbin/policy-rc.d
        OUR_POLICY_RC=0
    fi
}

# shellcheck disable=SC2317  # called from traps
on_exit() {
    local rc=$?
    trap '' INT TERM HUP   # do not let a second Ctrl-C cut the cleanup short
    trap - EXIT
    cleanup
    exit "$rc"
}
# shellcheck disable=SC2317  # called from traps
on_signal() {
    trap '' INT TERM HUP
    log "interrupted by SIG$1, cleaning up"
    exit "$2"          # runs on_exit
}
trap on_exit EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

# ---------------------------------------------------------------------------
# 1. System packages
# ---------------------------------------------------------------------------
missing_pkgs=()
check_prereqs() {
    missing_pkgs=()
    local b
    for b in initdb pg_ctl postgres; do
        if [[ ! -x "$PGBIN/$b" ]]; then missing_pkgs+=("postgresql-$PG_VERSION"); break; fi
    done
    [[ -x "$PGBIN/psql" ]] || missing_pkgs+=("postgresql-client-$PG_VERSION")
    if [[ ! -f "$PGSHARE/extension/unaccent.control" || ! -f "$PGSHARE/extension/pg_trgm.control" ]]; then
        missing_pkgs+=(postgresql-contrib)
    fi
    [[ -x "$CHROMIUM" ]] || missing_pkgs+=(chromium)
    if [[ ! -f "$DEJAVU_DIR/DejaVuSans.ttf" || ! -f "$DEJAVU_DIR/DejaVuSans-Bold.ttf" ]]; then
        missing_pkgs+=(fonts-dejavu-core)
    fi
    return 0
}

check_prereqs
if (( ${#missing_pkgs[@]} > 0 )); then
    log "missing: ${missing_pkgs[*]}; installing with apt-get"
    [[ $EUID -eq 0 ]] || die "installing packages needs root (missing: ${missing_pkgs[*]})"
    # Do not let the packages' maintainer scripts start services (such as the
    # default 'main' PostgreSQL cluster) during the install.
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        OUR_POLICY_RC=1
    fi
    apt-get update -q -o Acquire::Retries=3
    apt-get install -y -q --no-install-recommends -o Acquire::Retries=3 \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing_pkgs[@]}" </dev/null
    if [[ "$OUR_POLICY_RC" == 1 ]]; then rm -f /usr/sbin/policy-rc.d; OUR_POLICY_RC=0; fi
    check_prereqs
    (( ${#missing_pkgs[@]} == 0 )) || die "still missing after apt-get install: ${missing_pkgs[*]}"
fi
command -v dotnet >/dev/null 2>&1 || die "dotnet SDK not found on PATH"
command -v runuser >/dev/null 2>&1 || die "runuser (util-linux) not found"
if ! id -u postgres >/dev/null 2>&1; then
    [[ $EUID -eq 0 ]] || die "system user 'postgres' is missing"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
[[ $EUID -eq 0 ]] || die "test.sh must run as root (it runs PostgreSQL as user postgres via runuser)"

# ---------------------------------------------------------------------------
# 2. Throwaway PostgreSQL cluster
# ---------------------------------------------------------------------------
PGTMP=$(mktemp -d /tmp/ocophub-pg.XXXXXX)   # short path: the Unix socket lives here too
PGDATA_DIR="$PGTMP/data"
chown postgres:postgres "$PGTMP"
chmod 700 "$PGTMP"
PG_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$PG_PASSWORD" > "$PGTMP/pwfile"
chown postgres:postgres "$PGTMP/pwfile"
chmod 600 "$PGTMP/pwfile"

as_postgres() { (cd "$PGTMP" && runuser -u postgres -- "$@"); }

log "initdb in $PGTMP"
as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres --pwfile="$PGTMP/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log" >&2; die "initdb failed"; }
rm -f "$PGTMP/pwfile"

cat >> "$PGDATA_DIR/postgresql.conf" <<EOF

# --- test.sh: throwaway test cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGTMP'
max_connections = 200
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF

port_in_use() {
    # A successful TCP connect means something already listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

PG_PORT=""
for attempt in 1 2 3 4 5 6 7 8; do
    # 20000-31999: below Linux's ephemeral range (32768+), so outgoing
    # connections do not take it first.
    candidate=$(( 20000 + RANDOM % 12000 ))
    if port_in_use "$candidate"; then continue; fi
    if as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGTMP/postgres.log" -w -t 60 \
            -o "-p $candidate" start >/dev/null 2>&1; then
        PG_PORT=$candidate
        break
    fi
    log "could not start PostgreSQL on port $candidate (attempt $attempt), trying another"
    stop_cluster
done
if [[ -z "$PG_PORT" ]]; then
    tail -n 30 "$PGTMP/postgres.log" >&2 2>/dev/null || true
    die "could not start PostgreSQL"
fi
log "PostgreSQL $PG_VERSION listening on 127.0.0.1:$PG_PORT"

# Check that the contrib extensions the app needs can be created (in a
# scratch database, over TCP with the same password the tests get).
PGPASSWORD="$PG_PASSWORD" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres >/dev/null <<'SQL' \
    || die "PostgreSQL extension check failed (unaccent, pg_trgm)"
CREATE DATABASE ocophub_extcheck;
\c ocophub_extcheck
CREATE EXTENSION unaccent;
CREATE EXTENSION pg_trgm;
SELECT unaccent('Hà Nội'), similarity('cà phê', 'ca phe');
\c postgres
DROP DATABASE ocophub_extcheck;
SQL
log "extensions unaccent and pg_trgm are available"

export OCOPHUB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"
export OCOPHUB_CHROMIUM="$CHROMIUM"
log "OCOPHUB_TEST_POSTGRES=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=***;Database=postgres"
log "OCOPHUB_CHROMIUM=$OCOPHUB_CHROMIUM CI=${CI:-<unset>}"

# ---------------------------------------------------------------------------
# 3. Tests
# ---------------------------------------------------------------------------
rm -rf -- "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

log "dotnet test OcopHub.slnx"
dotnet_rc=0
# dotnet test runs as a background job in its own process group (set -m),
# and the script waits for it. A signal (Ctrl-C, SIGTERM) then interrupts the
# wait at once. The trap stops that whole group and then the cluster.
set -m
dotnet test OcopHub.slnx \
    --logger "trx;LogFilePrefix=ocophub" \
    --results-directory "$RESULTS_DIR" \
    --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none \
    </dev/null &
DOTNET_PID=$!
set +m
wait "$DOTNET_PID" || dotnet_rc=$?
DOTNET_PID=""
log "dotnet test exited with $dotnet_rc"

cleanup
log "PostgreSQL stopped and its temp dir removed"

# ---------------------------------------------------------------------------
# 4. Summary from the trx files
# ---------------------------------------------------------------------------
counter() {   # counter NAME "<Counters ...>"  -> number (0 if absent)
    local v
    v=$(sed -n "s/.* $1=\"\([0-9][0-9]*\)\".*/\1/p" <<<"$2")
    echo "${v:-0}"
}

passed=0 failed=0 skipped=0 trx_count=0 bad_trx=0
shopt -s nullglob globstar
for trx in "$RESULTS_DIR"/**/*.trx; do
    trx_count=$((trx_count + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)
    if [[ -z "$counters" ]]; then
        log "no <Counters> in $trx"
        bad_trx=$((bad_trx + 1))
        continue
    fi
    passed=$((  passed  + $(counter passed "$counters") ))
    # error/timeout/aborted results count as failures too.
    file_failed=$(( $(counter failed "$counters") + $(counter error "$counters") \
                  + $(counter timeout "$counters") + $(counter aborted "$counters") ))
    # A test host that crashed or was killed for hanging leaves a run whose
    # outcome is Failed/Aborted but has no failed result. Count it as 1 failure.
    run_outcome=$(grep -o '<ResultSummary outcome="[A-Za-z]*"' "$trx" | head -n1 | sed 's/.*outcome="\([A-Za-z]*\)"/\1/' || true)
    if (( file_failed == 0 )) && [[ "$run_outcome" =~ ^(Failed|Aborted|Error|Timeout)$ ]]; then
        log "test run in $(basename "$trx") ended '$run_outcome' without a failed test result (test host crash or hang?): counting 1 failed"
        file_failed=1
    fi
    failed=$(( failed + file_failed ))
    # VSTest's trx leaves notExecuted at 0 for skipped xunit tests. They show
    # up only as total - executed, so take whichever of the two is larger.
    not_run=$(( $(counter total "$counters") - $(counter executed "$counters") ))
    not_executed=$(counter notExecuted "$counters")
    if (( not_executed > not_run )); then not_run=$not_executed; fi
    if (( not_run < 0 )); then not_run=0; fi
    skipped=$(( skipped + not_run ))
    # Name the failed tests so that the CI log shows them near the end.
    grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"[^>]*>' "$trx" 2>/dev/null \
        | sed -n 's/.* testName="\([^"]*\)".*/[test.sh] FAILED: \1/p' || true
done
shopt -u globstar

exit_code=0
if (( trx_count == 0 )); then log "no trx result files in $RESULTS_DIR"; exit_code=1; fi
if (( bad_trx > 0 )); then exit_code=1; fi
if (( dotnet_rc != 0 )); then log "dotnet test failed (exit code $dotnet_rc)"; exit_code=1; fi
if (( failed > 0 )); then exit_code=1; fi
if (( passed + failed == 0 )); then log "no test ran"; exit_code=1; fi
if (( failed == 0 )) && (( dotnet_rc != 0 || bad_trx > 0 || trx_count == 0 )); then
    # The run broke (build error, missing or unreadable results) but no trx
    # records a failed test. Do not print "0 failed" for it.
    log "the run failed but no trx records a failed test: counting 1 failed"
    failed=1
fi

elapsed=$(( SECONDS - START_SECONDS ))
log "trx files: $trx_count in $RESULTS_DIR"
log "elapsed: ${elapsed}s ($((elapsed / 60))m$((elapsed % 60))s)"

summary="$passed passed, $failed failed"
if (( skipped > 0 )); then summary+=", $skipped skipped"; fi
echo "$summary"
exit "$exit_code"
