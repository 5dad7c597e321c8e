#!/usr/bin/env bash
# Failover benchmark of a two-node Parallax cluster behind HAProxy (./run.sh --nodes 2): public
# tools only (bash, curl, HAProxy, hey from Debian's packages, installed when missing).
#
# Prints, through the balancer:
#   - sessions logged per second (REST POST /api/v1/me/sessions as the demo trainee, bearer token)
#     with 2 nodes, then with 1 node (after node 1 was killed);
#   - the time from kill -9 of node 1 to the first successful request;
#   - the acknowledged writes (201) lost across the kill: each one is read back afterwards; must be 0.
#
#   web/bench/failover.sh            BENCH_SECONDS (10) per throughput run, BENCH_CONCURRENCY (4),
#                                    BENCH_KILL_AFTER (5) s of writes before the kill and as many after
#
# It starts its own cluster on free ports (data under ./data, as ./run.sh) and stops it at the end.
# On a shared machine the figures say more about failover (no errors, no loss) than about speed.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${BENCH_SECONDS:-10}"
concurrency="${BENCH_CONCURRENCY:-4}"
kill_after="${BENCH_KILL_AFTER:-5}"
out="$PWD/data/bench"
mkdir -p "$out"

say() { printf '\033[1m[failover]\033[0m %s\n' "$*"; }
ms() { echo $(($(date +%s%N) / 1000000)); }

. web/bench/lib.sh
need_hey
export PARALLAX_PORT; PARALLAX_PORT=$(free_run 3)
export PARALLAX_KEYCLOAK_PORT; PARALLAX_KEYCLOAK_PORT=$(free_run 2)
export PARALLAX_MAIL_PORT; PARALLAX_MAIL_PORT=$(free_run 1)
free $((PARALLAX_MAIL_PORT + 5000)) || PARALLAX_MAIL_PORT=$(free_run 1)
export PARALLAX_CLUSTER_PORT; PARALLAX_CLUSTER_PORT=$(free_run 2)
export PARALLAX_PG_PORT; PARALLAX_PG_PORT=$(free_run 1)
export PARALLAX_CLUSTER_NAME="parallax-bench-$$"
# a shared machine starts Keycloak and the nodes slowly
export PARALLAX_START_TIMEOUT="${PARALLAX_START_TIMEOUT:-900}"
base="http://localhost:$PARALLAX_PORT"

say "Starting ./run.sh --nodes 2 (balancer on $PARALLAX_PORT; log $out/run.log) ..."
./run.sh --nodes 2 >"$out/run.log" 2>&1 &
run=$!
stop() {
  trap - INT TERM EXIT
  say "Stopping the cluster ..."
  kill -TERM "$run" 2>/dev/null || true
  wait "$run" 2>/dev/null || true
}
trap stop INT TERM EXIT
since=$SECONDS
until grep -q "Parallax is up" "$out/run.log"; do
  kill -0 "$run" 2>/dev/null || { say "./run.sh stopped:"; tail -20 "$out/run.log"; exit 1; }
  (( SECONDS - since < 1200 )) || { say "The cluster was not up after 1200 s"; exit 1; }
  sleep 2
done
say "Cluster up after $((SECONDS - since)) s."

# DEV ONLY client secret, as ./run.sh reads it, unless the environment sets it.
secret="${PARALLAX_API_CLIENT_SECRET:-$(sed -n 's/^PARALLAX_API_CLIENT_SECRET=//p' config/keycloak/dev.env)}"
token() {
  curl -fsS -d grant_type=password -d client_id=parallax-api -d "client_secret=$secret" \
    -d username=demo-ada-quinn -d password=parallax-demo \
    "http://localhost:$PARALLAX_KEYCLOAK_PORT/realms/parallax/protocol/openid-connect/token" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
tok=$(token)
[ -n "$tok" ] || { say "No token for the demo trainee"; exit 1; }
auth=(-H "Authorization: Bearer $tok")

client=$(curl -fsS -o /dev/null -w '%header{location}' "${auth[@]}" -H 'Content-Type: application/json' \
  -d "{\"code\":\"BENCH-$$\",\"paymentBasis\":\"PAID\"}" "$base/api/v1/me/clients")
client="${client##*/}"
[ -n "$client" ] || { say "Could not add the bench client"; exit 1; }
body="{\"clientId\":\"$client\",\"heldOn\":\"$(date -d yesterday +%F)\",\"minutes\":60,\"focus\":\"CLEAR\",\"outcome\":\"PARTIAL\",\"approach\":\"PARTIAL\",\"participation\":\"CLEAR\",\"driftMarkers\":[],\"responsibilityShare\":50}"

# Sessions logged per second through the balancer: requests/s and the answers' status codes.
throughput() { # $1: label
  local report="$out/hey-$1.txt"
  hey -z "${seconds}s" -c "$concurrency" -m POST -T application/json "${auth[@]}" -d "$body" \
    "$base/api/v1/me/sessions" >"$report"
  summarise "$report"
}
summarise() { # hey separates labels and figures by tabs
  local rps codes
  rps=$(sed -n 's/^[[:space:]]*Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' "$1")
  codes=$(sed -n '/Status code distribution/,/^$/p' "$1" | grep -o '\[[0-9]*\][[:space:]]*[0-9]* responses' | tr -s '[:space:]' ' ')
  echo "$rps sessions/s; $codes; errors: $(grep -c '^  \[' <(sed -n '/Error distribution/,$p' "$1") || true)"
}

say "Throughput with 2 nodes (${seconds} s, ${concurrency} at once) ..."
two=$(throughput two-nodes)
say "  $two"

# Writes through the balancer, one after another, across the kill: each line "ms status id".
writes="$out/writes.log"; : >"$writes"
writer() {
  local until=$(( $(ms) + 2 * kill_after * 1000 + 3000 ))
  while (( $(ms) < until )); do
    local answer
    answer=$(curl -s -o /dev/null -w '%{http_code} %header{location}' --max-time 30 "${auth[@]}" \
      -H 'Content-Type: application/json' -d "$body" "$base/api/v1/me/sessions" || echo "000 -")
    echo "$(ms) ${answer% *} ${answer##*/}" >>"$writes"
  done
}
writer &
writing=$!
sleep "$kill_after"

node=$(pgrep -f -- "--rootdir $PWD/data/cluster/node-1/root" | head -1)
[ -n "$node" ] || { say "node 1 not found"; exit 1; }
killed=$(ms)
kill -9 "$node"
say "kill -9 node 1 (pid $node)"
first=""
while [ -z "$first" ]; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "${auth[@]}" "$base/api/v1/me/sessions" || true)
  [[ "$code" == 2* ]] && first=$(ms)
  (( $(ms) - killed < 120000 )) || { say "No successful request within 120 s of the kill"; break; }
done
wait "$writing"

acked=$(awk '$2 == 201 { print $3 }' "$writes")
failed=$(awk '$2 != 201' "$writes" | wc -l)
lost=0
for id in $acked; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$base/api/v1/me/sessions/$id")
  [ "$code" = 200 ] || { lost=$((lost + 1)); echo "lost: $id ($code)" >>"$out/lost.log"; }
done
slowest=$(awk 'NR > 1 { d = $1 - prev; if (d > max) max = d } { prev = $1 } END { print max + 0 }' "$writes")

say "Throughput with 1 node (node 1 dead) ..."
tok=$(token); auth=(-H "Authorization: Bearer $tok")
one=$(throughput one-node)
say "  $one"

summary="$out/summary.txt"
cat >"$summary" <<SUMMARY
Parallax failover benchmark, $(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)
  sessions logged through the balancer, 2 nodes: $two
  sessions logged through the balancer, 1 node:  $one
  kill -9 of node 1 to the first successful request: $(( ${first:-$killed} - killed )) ms$( [ -z "$first" ] && echo " (none within 120 s)")
  writes across the kill: $(wc -l <"$writes") sent, $(echo "$acked" | grep -c . || true) acknowledged (201), $failed not acknowledged, longest gap between two answers $slowest ms
  acknowledged writes lost: $lost
SUMMARY
cat "$summary"
(( lost == 0 ))
