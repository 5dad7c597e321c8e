#!/usr/bin/env bash
# Boot benchmark: time from `java -jar payara-micro.jar` to /health answering UP, for an empty
# Payara Micro and for Parallax (fresh embedded H2 each time), same version, same machine, same
# run, alternating. Prints each run, the medians and their ratio. Payara Micro reports DOWN ("No
# Application deployed") while nothing is deployed, so the empty baseline deploys an empty WAR.
# Parallax gets the settings a node needs (Keycloak's address and the clients' DEV ONLY secrets
# from config/keycloak/dev.env); no Keycloak needs to run, since nothing signs in.
#
#   web/bench/boot.sh [runs]      (default 5; the WAR must be built first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
micro=web/target/runtime/payara-micro.jar
war=web/target/parallax.war
[ -f "$micro" ] && [ -f "$war" ] || { echo "Build the WAR first (./run.sh does, or ./mvnw package)"; exit 1; }
while IFS='=' read -r key value; do
  [[ "$key" =~ ^[A-Z_]+$ ]] && [ -z "${!key:-}" ] && export "$key=$value"
done < config/keycloak/dev.env
export PARALLAX_KEYCLOAK_URL="${PARALLAX_KEYCLOAK_URL:-http://localhost:18499}"
export PARALLAX_BASE_URL="http://localhost:18480"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=18480
mkdir -p "$work/empty/WEB-INF"
echo '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>' >"$work/empty/WEB-INF/web.xml"
jar cf "$work/empty.war" -C "$work/empty" .

boot() { # $1 = label, rest = extra Payara Micro arguments; prints milliseconds to UP
  local run_dir="$work/$1-$RANDOM"
  mkdir -p "$run_dir/tmp"
  local start end pid
  start=$(date +%s%N)
  PARALLAX_DB_URL="jdbc:h2:file:$run_dir/h2/parallax" \
    java -Djava.io.tmpdir="$run_dir/tmp" -jar "$micro" --nocluster --port "$port" \
    --rootdir "$run_dir/root" "${@:2}" >"$run_dir/log" 2>&1 &
  pid=$!
  until curl -fsS "http://localhost:$port/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "$1 died; see $run_dir/log" >&2; exit 1; }
    if (( ($(date +%s%N) - start) / 1000000000 > 180 )); then
      echo "$1 not UP after 180 s; see $run_dir/log" >&2; kill "$pid"; exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

empty=(); app=()
for i in $(seq "$runs"); do
  e=$(boot empty --deploy "$work/empty.war"); p=$(boot parallax --deploy "$war")
  empty+=("$e"); app+=("$p")
  printf 'run %d: empty Payara Micro %6d ms   Parallax %6d ms\n' "$i" "$e" "$p"
done
me=$(printf '%s\n' "${empty[@]}" | median)
mp=$(printf '%s\n' "${app[@]}" | median)
awk -v e="$me" -v p="$mp" \
  'BEGIN { printf "median: empty %d ms, Parallax %d ms, ratio %.2f (target <= 2.0)\n", e, p, p / e }'
