#!/usr/bin/env bash
# What a node's JIT mode costs once it serves: requests per second and latency of one Parallax node
# (./run.sh, the demo school, embedded H2) compiled as the JVM does by default, by C1 and C2 ("full"),
# and by C1 alone ("quick": PARALLAX_QUICK_START=true, -XX:TieredStopAtLevel=1), one after the
# other, on this machine.
# Public tools only (bash, curl, hey from Debian's packages, installed when missing).
#
#   web/bench/jit.sh        BENCH_WARMUP (60) s of load before BENCH_SECONDS (15) s per request
#                           kind, BENCH_CONCURRENCY (4) at once; modes in BENCH_MODES
#                           ("full quick"); a mode of another name runs with the JVM options
#                           in BENCH_OPTS_<name>, e.g. BENCH_MODES="full serial"
#                           BENCH_OPTS_serial=-XX:+UseSerialGC
#
# Request kinds, REST with a bearer token: the trainee's sessions (read), a cohort's contracting
# trend and its accreditation readiness (the school admin's analysis reads), logging a session
# (write; last, and warmed up only by the reads, so that every mode reads the same data). Each mode
# starts on a fresh demo school, in an H2 database of its own under ./data/bench (the one ./run.sh
# keeps under ./data is left alone).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${BENCH_SECONDS:-15}"
warmup="${BENCH_WARMUP:-60}"
concurrency="${BENCH_CONCURRENCY:-4}"
out="$PWD/data/bench"
mkdir -p "$out"
say() { printf '\033[1m[jit]\033[0m %s\n' "$*"; }
. web/bench/lib.sh
need_hey
export PARALLAX_PORT; PARALLAX_PORT=$(free_run 1)
export PARALLAX_KEYCLOAK_PORT; PARALLAX_KEYCLOAK_PORT=$(free_run 2)
export PARALLAX_MAIL_PORT; PARALLAX_MAIL_PORT=$(free_run 1)
free $((PARALLAX_MAIL_PORT + 5000)) || { say "Port $((PARALLAX_MAIL_PORT + 5000)) is taken; run again"; exit 1; }
base="http://localhost:$PARALLAX_PORT"
secret="${PARALLAX_API_CLIENT_SECRET:-$(sed -n 's/^PARALLAX_API_CLIENT_SECRET=//p' config/keycloak/dev.env)}"

run=""
stop() { [ -z "$run" ] || { kill -TERM "$run" 2>/dev/null || true; wait "$run" 2>/dev/null || true; run=""; }; }
trap stop INT TERM EXIT

token() { # $1 = user
  curl -fsS -d grant_type=password -d client_id=parallax-api -d "client_secret=$secret" \
    -d username="$1" -d password=parallax-demo \
    "http://localhost:$PARALLAX_KEYCLOAK_PORT/realms/parallax/protocol/openid-connect/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
load() { # $1 = report file, $2 = seconds, $3 = header, $4 = method, $5 = URL
  local with_body=()
  [ "$4" = GET ] || with_body=(-d "$body")
  hey -z "${2}s" -c "$concurrency" -H "$3" -H 'Accept: application/json' -T application/json \
    -m "$4" "${with_body[@]}" "$5" >"$1"
}
figures() { # requests/s, median and 95th percentile latency (ms), and any answer other than 2xx
  local rps p50 p95 bad
  rps=$(sed -n 's/^[[:space:]]*Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' "$1")
  p50=$(awk '/50% in/ {printf "%.0f", $3 * 1000}' "$1")
  p95=$(awk '/95% in/ {printf "%.0f", $3 * 1000}' "$1")
  bad=$(sed -n '/Status code distribution/,/^$/p' "$1" | grep -o '\[[0-9]*\][[:space:]]*[0-9]*' | grep -v '^\[2' | tr -s '[:space:]' ' ' || true)
  printf '%8.1f/s  p50 %4s ms  p95 %4s ms  %s' "$rps" "$p50" "$p95" "${bad:+not 2xx: $bad}"
}

summary="$out/jit-summary.txt"
echo "Parallax JIT modes, $(date -u +%FT%TZ), $(nproc) cores, ${concurrency} at once, ${seconds} s each after ${warmup} s of warm-up" >"$summary"
for mode in ${BENCH_MODES:-full quick}; do
  # each mode on the same data: a fresh embedded H2 of its own, where the demo school is seeded
  rm -rf "$out/h2-$mode"
  export PARALLAX_DB_URL="jdbc:h2:file:$out/h2-$mode/parallax"
  quick=false; [ "$mode" = quick ] && quick=true
  opts_var="BENCH_OPTS_$mode"; opts="${!opts_var:-}"
  say "Starting ./run.sh with PARALLAX_QUICK_START=$quick${opts:+ PARALLAX_JAVA_OPTS=$opts} (log $out/jit-$mode.log) ..."
  PARALLAX_QUICK_START=$quick PARALLAX_JAVA_OPTS="$opts" ./run.sh >"$out/jit-$mode.log" 2>&1 &
  run=$!
  until grep -q "Parallax is up" "$out/jit-$mode.log"; do
    kill -0 "$run" 2>/dev/null || { say "./run.sh stopped:"; tail -20 "$out/jit-$mode.log"; exit 1; }
    sleep 2
  done
  trainee="Authorization: Bearer $(token demo-ada-quinn)"
  admin="Authorization: Bearer $(token demo-admin)"
  cohort=$(curl -fsS -H "$admin" "$base/api/v1/cohorts" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  client=$(curl -fsS -o /dev/null -w '%header{location}' -H "$trainee" -H 'Content-Type: application/json' \
    -d "{\"code\":\"JIT-$mode-$$\",\"paymentBasis\":\"PAID\"}" "$base/api/v1/me/clients")
  client="${client##*/}"
  [ -n "$cohort" ] && [ -n "$client" ] || { say "No demo cohort or client"; exit 1; }
  body="{\"clientId\":\"$client\",\"heldOn\":\"$(date -d yesterday +%F)\",\"minutes\":60,\"focus\":\"CLEAR\",\"outcome\":\"PARTIAL\",\"approach\":\"PARTIAL\",\"participation\":\"CLEAR\",\"driftMarkers\":[],\"responsibilityShare\":50}"
  kinds=(
    "sessions-read|$trainee|GET|$base/api/v1/me/sessions"
    "cohort-trend|$admin|GET|$base/api/v1/reports/cohorts/$cohort/trend"
    "readiness|$admin|GET|$base/api/v1/accreditation/cohorts/$cohort/readiness"
    "session-write|$trainee|POST|$base/api/v1/me/sessions"
  )
  say "Warming up ($warmup s) ..."
  for kind in "${kinds[@]:0:3}"; do
    IFS='|' read -r name auth method url <<<"$kind"
    load "$out/jit-warm.txt" $((warmup / ${#kinds[@]})) "$auth" "$method" "$url"
  done
  for kind in "${kinds[@]}"; do
    IFS='|' read -r name auth method url <<<"$kind"
    load "$out/jit-$mode-$name.txt" "$seconds" "$auth" "$method" "$url"
    line=$(printf '  %-6s %-14s %s' "$mode" "$name" "$(figures "$out/jit-$mode-$name.txt")")
    say "$line"; echo "$line" >>"$summary"
  done
  stop
done
cat "$summary"
