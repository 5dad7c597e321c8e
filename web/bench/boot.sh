#!/usr/bin/env bash
# Boot benchmark: time from `java -jar payara-micro.jar` to /health answering UP, for an empty
# Payara Micro and for Parallax (fresh embedded H2 each time), same version, same machine, same
# run, alternating. Prints each run, the medians and their ratio. Payara Micro reports DOWN ("No
# Application deployed") while nothing is deployed, so the empty baseline deploys an empty WAR.
# Parallax gets the settings a node needs (Keycloak's address and the clients' DEV ONLY secrets
# from config/keycloak/dev.env); no Keycloak needs to run, since nothing signs in.
#
#   web/bench/boot.sh [runs]      (default 5; the WAR must be built first)
#
# Parallax starts as ./run.sh starts a node: with the class archive (AppCDS) that a first, untimed
# start records (BOOT_CDS=0 measures without it). The empty Payara Micro gets no archive. Besides
# the wall clock, each run reports the CPU time the JVM used until UP: on a machine shared with
# other work that figure is the steadier one.
#
# BOOT_LOGS=dir keeps each run's Payara log there (else they go with the temporary directory);
# BOOT_WAR=path benchmarks another WAR; BOOT_JAVA_OPTS adds JVM options to the Parallax runs only.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
micro=web/target/runtime/payara-micro.jar
war="${BOOT_WAR:-web/target/parallax.war}"
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

boot() { # $1 = label, rest = extra Payara Micro arguments; prints "wall-ms cpu-ms" to UP
  local run_dir="$work/$1-$RANDOM"
  mkdir -p "$run_dir/tmp"
  local start end pid
  start=$(date +%s%N)
  PARALLAX_DB_URL="jdbc:h2:file:$run_dir/h2/parallax" \
    java ${java_opts:-} -Djava.io.tmpdir="$run_dir/tmp" -jar "$micro" --nocluster --port "$port" \
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
  # CPU time (user + system) the JVM spent until then: less at the mercy of other load than the wall
  local cpu
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -z "${BOOT_LOGS:-}" ] || { mkdir -p "$BOOT_LOGS"; cp "$run_dir/log" "$BOOT_LOGS/${run_dir##*/}.log"; }
  echo "$(( (end - start) / 1000000 )) $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

app_opts="${BOOT_JAVA_OPTS:-}"
if [ "${BOOT_CDS:-1}" = 1 ]; then
  echo "recording the class archive (one untimed Parallax start) ..."
  java_opts="$app_opts -XX:ArchiveClassesAtExit=$work/parallax.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
    boot training --deploy "$war" --prebootcommandfile config/payara/pre-boot.asadmin >/dev/null
  [ -s "$work/parallax.jsa" ] || { echo "no class archive was written" >&2; exit 1; }
  app_opts="$app_opts -XX:SharedArchiveFile=$work/parallax.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi

empty=(); app=(); empty_cpu=(); app_cpu=()
for i in $(seq "$runs"); do
  read -r e ec < <(boot empty --deploy "$work/empty.war")
  read -r p pc < <(java_opts="$app_opts" boot parallax --deploy "$war" \
    --prebootcommandfile config/payara/pre-boot.asadmin)
  empty+=("$e"); app+=("$p"); empty_cpu+=("$ec"); app_cpu+=("$pc")
  printf 'run %d: empty Payara Micro %6d ms (cpu %6d ms)   Parallax %6d ms (cpu %6d ms)   load %s\n' \
    "$i" "$e" "$ec" "$p" "$pc" "$(cut -d' ' -f1 /proc/loadavg)"
done
spread() { sort -n | awk '{a[NR]=$1} END {printf "%d..%d", a[1], a[NR]}'; }
me=$(printf '%s\n' "${empty[@]}" | median); mp=$(printf '%s\n' "${app[@]}" | median)
mec=$(printf '%s\n' "${empty_cpu[@]}" | median); mpc=$(printf '%s\n' "${app_cpu[@]}" | median)
printf 'range: empty %s ms, Parallax %s ms\n' "$(printf '%s\n' "${empty[@]}" | spread)" \
  "$(printf '%s\n' "${app[@]}" | spread)"
awk -v e="$mec" -v p="$mpc" 'BEGIN { printf "median cpu: empty %d ms, Parallax %d ms, ratio %.2f\n", e, p, p / e }'
awk -v e="$me" -v p="$mp" \
  'BEGIN { printf "median: empty %d ms, Parallax %d ms, ratio %.2f (target <= 2.0)\n", e, p, p / e }'
