#!/usr/bin/env bash
# Boot benchmark: time from `java -jar payara-micro.jar` to /health answering UP, for an empty
# Payara Micro and for Parallax (embedded H2), same version, same machine, same run, alternating. Prints each run, the medians and their ratio. Payara Micro reports DOWN ("No
# Application deployed") while nothing is deployed, so the empty baseline deploys an empty WAR.
# Parallax gets the settings a node needs (Keycloak's address and the clients' DEV ONLY secrets
# from config/keycloak/dev.env); no Keycloak needs to run, since nothing signs in.
#
#   web/bench/boot.sh [runs [label:jvm-options ...]]     (default 5 runs; build the WAR first)
#
# Each start gets a fresh database, as the first node of a new installation does; a variant with
# DB=current starts on a copy of one already at this build's schema version, as a node that joins
# a cluster or restarts does (one untimed start migrates it first). By default Parallax starts as
# ./run.sh starts a node, with the class archive (AppCDS) that one first, untimed start records,
# once on a fresh database ("first") and once on a current one ("joining"). Other variants are
# measured in the same alternating run, each as label:JVM options, where the word CDS stands for
# the archive, e.g.
#   web/bench/boot.sh 5 plain: 'quick:CDS -XX:TieredStopAtLevel=1' 'serial:CDS -XX:+UseSerialGC DB=current'
# and a variant may deploy another WAR (to compare builds in one run): 'old:CDS WAR=/tmp/old.war'.
# The empty Payara Micro gets BOOT_EMPTY_OPTS (none by default). Besides the wall clock, each run
# reports the CPU time the JVM used until UP: on a machine shared with other work that figure is
# the steadier one; of it, the main thread's (which deploys) and the JIT compiler threads' share.
# BOOT_LOGS=dir keeps each run's Payara log there; BOOT_WAR=path measures another WAR;
# BOOT_TIMEOUT (600 s) is how long a start may take before the run is given up.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("first:CDS" "joining:CDS DB=current")
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
  [ -z "${seed_db:-}" ] || cp -r "$seed_db" "$run_dir/h2"
  local start end pid
  start=$(date +%s%N)
  PARALLAX_DB_URL="jdbc:h2:file:$run_dir/h2/parallax" \
    java ${java_opts:-} -Djava.io.tmpdir="$run_dir/tmp" -jar "$micro" --nocluster --port "$port" \
    --rootdir "$run_dir/root" "${@:2}" >"$run_dir/log" 2>&1 &
  pid=$!
  until curl -fsS "http://localhost:$port/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "$1 died; its log ends:" >&2; tail -20 "$run_dir/log" >&2; exit 1; }
    if (( ($(date +%s%N) - start) / 1000000000 > ${BOOT_TIMEOUT:-600} )); then
      echo "$1 not UP after ${BOOT_TIMEOUT:-600} s; its log ends:" >&2; tail -20 "$run_dir/log" >&2
      kill "$pid"; exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  # CPU time (user + system) the JVM spent until then: less at the mercy of other load than the wall
  local cpu main=0 jit=0 task t c
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$pid/stat")
  # of which the thread that deploys (named "java", as the launcher's) and the JIT's compiler threads
  for task in /proc/"$pid"/task/*; do
    t=$(cat "$task/comm" 2>/dev/null) || continue
    c=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "$task/stat" 2>/dev/null) || continue
    case "$t" in java) main=$((main + c)) ;; C1\ * | C2\ *) jit=$((jit + c)) ;; esac
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -z "${BOOT_LOGS:-}" ] || { mkdir -p "$BOOT_LOGS"; cp "$run_dir/log" "$BOOT_LOGS/${run_dir##*/}.log"; }
  echo "$(( (end - start) / 1000000 )) $cpu $main $jit"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
spread() { sort -n | awk '{a[NR]=$1} END {printf "%d..%d", a[1], a[NR]}'; }

cds_opts="-XX:SharedArchiveFile=$work/parallax.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
if [[ " ${variants[*]} " =~ [:\ ]CDS ]]; then
  echo "recording the class archive (one untimed Parallax start) ..."
  # C1 alone for this start: the archive holds classes, not compiled code, and it comes sooner
  java_opts="-XX:ArchiveClassesAtExit=$work/parallax.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1" \
    boot training --deploy "$war" --prebootcommandfile config/payara/pre-boot.asadmin >/dev/null
  [ -s "$work/parallax.jsa" ] || { echo "no class archive was written" >&2; exit 1; }
fi
if [[ " ${variants[*]} " =~ DB=current ]]; then
  echo "migrating a database to this build's schema (one untimed Parallax start) ..."
  java_opts="-XX:TieredStopAtLevel=1" boot migrating --deploy "$war" \
    --prebootcommandfile config/payara/pre-boot.asadmin >/dev/null
  current_db=$(ls -d "$work"/migrating-*/h2)
fi

declare -A wall cpu main jit
labels=(empty)
for v in "${variants[@]}"; do labels+=("${v%%:*}"); done
for i in $(seq "$runs"); do
  line=$(printf 'run %d:' "$i")
  for v in "empty:" "${variants[@]}"; do
    label="${v%%:*}"; opts="${v#*:}"; opts="${opts//CDS/$cds_opts}"; vwar="$war"
    if [[ " $opts " =~ \ WAR=([^ ]+) ]]; then vwar="${BASH_REMATCH[1]}"; opts="${opts/WAR=$vwar/}"; fi
    seed=""
    if [[ " $opts " =~ \ DB=current ]]; then seed="$current_db"; opts="${opts/DB=current/}"; fi
    if [ "$label" = empty ]; then
      read -r w c m j < <(java_opts="${BOOT_EMPTY_OPTS:-}" boot empty --deploy "$work/empty.war")
    else
      read -r w c m j < <(java_opts="$opts" seed_db="$seed" boot "$label" --deploy "$vwar" \
        --prebootcommandfile config/payara/pre-boot.asadmin)
    fi
    wall[$label]+="$w "; cpu[$label]+="$c "; main[$label]+="$m "; jit[$label]+="$j "
    line+=$(printf '  %s %d ms (cpu %d: main %d, jit %d)' "$label" "$w" "$c" "$m" "$j")
  done
  echo "$line   load $(cut -d' ' -f1 /proc/loadavg)"
done
me=$(tr ' ' '\n' <<<"${wall[empty]}" | grep . | median)
mec=$(tr ' ' '\n' <<<"${cpu[empty]}" | grep . | median)
for label in "${labels[@]}"; do
  mw=$(tr ' ' '\n' <<<"${wall[$label]}" | grep . | median)
  mc=$(tr ' ' '\n' <<<"${cpu[$label]}" | grep . | median)
  mm=$(tr ' ' '\n' <<<"${main[$label]}" | grep . | median)
  mj=$(tr ' ' '\n' <<<"${jit[$label]}" | grep . | median)
  range=$(tr ' ' '\n' <<<"${wall[$label]}" | grep . | spread)
  awk -v l="$label" -v w="$mw" -v c="$mc" -v e="$me" -v ec="$mec" -v r="$range" -v m="$mm" -v j="$mj" 'BEGIN {
    printf "median %-10s %7d ms (range %s), ratio %.2f   cpu %7d ms, ratio %.2f (main thread %d, compilers %d)\n", l, w, r, w / e, c, c / ec, m, j }'
done
echo "(target: a Parallax node UP in at most 2.0 times the empty Payara Micro's wall clock)"
