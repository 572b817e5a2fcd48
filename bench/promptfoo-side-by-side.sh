#!/usr/bin/env bash
# Side by side: promptfoo (a peer tool) and `atlas screen bench` on the same items, against the same loopback
# endpoint (org.llmatlas.screen.bench.LatencyEndpoint: fixed latency, canned answers, its own JVM).
#
#   bench/promptfoo-side-by-side.sh            # 2,000 items x 2 candidates, 50 ms, concurrency 32
#   ITEMS=500 LATENCY_MS=20 bench/promptfoo-side-by-side.sh
#
# Needs promptfoo installed outside the project (PROMPTFOO_DIR, default /tmp/pf), e.g. on Node 20:
#   mkdir -p /tmp/pf && cd /tmp/pf && npm install --no-audit --no-fund promptfoo@0.120.0
#   ln -sfn dist/drizzle node_modules/promptfoo/drizzle
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
items="${ITEMS:-2000}" latency="${LATENCY_MS:-50}" concurrency="${CONCURRENCY:-32}"
pf="${PROMPTFOO_DIR:-/tmp/pf}"
[[ -x "$pf/node_modules/.bin/promptfoo" ]] || { echo "no promptfoo in $pf (set PROMPTFOO_DIR; see the header)" >&2; exit 2; }

cd "$root"
work="$(mktemp -d)"
trap 'exec 3>&- 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== atlas screen bench ($items items x 2 candidates, ${latency} ms, concurrency $concurrency)"
./atlas screen bench --items "$items" --latency-ms "$latency" --concurrency "$concurrency" \
  --prompts-csv "$work/tests.csv" --json "$work/atlas.json" || true
java="$(cat .atlas/java-home)/bin/java"

# The endpoint stops when its standard input closes: hold it open on fd 3 until the end.
mkfifo "$work/stdin"
"$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m -Dsun.net.httpserver.nodelay=true \
  -cp "atlas-cli/target/atlas-cli.jar:atlas-cli/target/lib/*" org.llmatlas.screen.bench.LatencyEndpoint \
  --latency-ms "$latency" <"$work/stdin" >"$work/endpoint.log" 2>&1 &
exec 3>"$work/stdin"
for _ in $(seq 100); do grep -q '^READY ' "$work/endpoint.log" && break; sleep 0.1; done
url="$(sed -n 's/^READY //p' "$work/endpoint.log")"
[[ -n "$url" ]] || { echo "the endpoint did not start:"; cat "$work/endpoint.log"; exit 2; } >&2

cat >"$work/promptfooconfig.yaml" <<YAML
description: LLM ATLAS side by side
prompts: ["{{prompt}}"]
providers:
  - {id: "openai:chat:a", label: a, config: {apiBaseUrl: "$url", apiKey: "x", temperature: 0, max_tokens: 512}}
  - {id: "openai:chat:b", label: b, config: {apiBaseUrl: "$url", apiKey: "x", temperature: 0, max_tokens: 512}}
tests: file://$work/tests.csv
YAML

echo "== promptfoo $(cd "$pf" && node -p 'require("./node_modules/promptfoo/package.json").version') (same items, endpoint $url)"
ideal="$(awk -v n="$items" -v l="$latency" -v c="$concurrency" 'BEGIN { printf "%.2f", n * 2 * l / 1000 / c }')"
(cd "$pf" && PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 /usr/bin/time -f '%e %M %U %S' -o "$work/time" \
  node_modules/.bin/promptfoo eval -c "$work/promptfooconfig.yaml" --no-cache -j "$concurrency" --no-progress-bar \
  >"$work/promptfoo.log" 2>&1) || true
read -r wall rss user sys <"$work/time"
awk -v w="$wall" -v i="$ideal" -v r="$rss" -v u="$user" -v s="$sys" -v n="$items" 'BEGIN {
  printf "wall           %.2f s, ideal %.2f s, ratio %.2f\n", w, i, w / i
  printf "CPU            %.2f ms per request (user + system, %d requests)\n", (u + s) * 1000 / (2 * n), 2 * n
  printf "peak RSS       %.0f MB\n", r / 1024 }'
grep -E '^(Successes|Failures|Errors|Pass Rate)|Duration' "$work/promptfoo.log" || tail -n 5 "$work/promptfoo.log"
