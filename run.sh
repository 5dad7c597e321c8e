#!/usr/bin/env bash
# Runs Parallax on the embedded defaults: a local mail sink (GreenMail), Keycloak (dev mode, realm
# imported from config/keycloak), Payara Micro with parallax-demo.war (the product WAR plus the demo
# module) on an H2 database under ./data, and a demo school seeded on first start, in the database
# and in Keycloak. Builds what is missing first. Ctrl-C stops everything it started; a second run
# reuses ./data.
#
#   ./run.sh               one node (the embedded H2)
#   ./run.sh --nodes N     N Payara Micro nodes as one Hazelcast cluster behind HAProxy (installed
#                          from Debian's packages when missing), sharing one PostgreSQL: the one
#                          PARALLAX_DB_URL names, else a throw-away one under ./data/cluster/pg
#
# Settings (environment): PARALLAX_PORT (default 8080), PARALLAX_KEYCLOAK_PORT (8180),
# PARALLAX_MAIL_PORT (SMTP 3025, mail API 8025); PARALLAX_DB_URL, PARALLAX_DB_USER,
# PARALLAX_DB_PASSWORD to use PostgreSQL instead of the embedded H2 (see README). Secrets come from
# config/keycloak/dev.env (DEV ONLY) unless the environment sets them. Cluster mode: the balancer
# answers on PARALLAX_PORT, node i on PARALLAX_PORT + i; PARALLAX_CLUSTER_NAME (parallax),
# PARALLAX_CLUSTER_PORT (Hazelcast, 5900: node i on 5900 + i - 1), PARALLAX_CLUSTER_HOSTS (the
# nodes' addresses for Hazelcast's TCP/IP discovery, default 127.0.0.1), PARALLAX_PG_PORT (5433).
# PARALLAX_QUICK_START=true: the nodes' JVMs compile with C1 alone (-XX:TieredStopAtLevel=1): a
# start in half the CPU on a small machine (web/bench/boot.sh), but requests 21-57 % slower once
# serving (web/bench/jit.sh): for demos and nodes that must be back fast, not the default.
# PARALLAX_JAVA_OPTS: more options for the nodes' JVMs, after the script's own (e.g. -Xmx2g).
# PARALLAX_START_TIMEOUT: seconds to wait for Keycloak (default 240) and for each node (180).
set -euo pipefail
cd "$(dirname "$0")"

nodes=1
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="${2:?--nodes needs a number}"; shift 2 ;;
    --nodes=*) nodes="${1#--nodes=}"; shift ;;
    *) echo "usage: ./run.sh [--nodes N]" >&2; exit 2 ;;
  esac
done
[[ "$nodes" =~ ^[1-9][0-9]?$ ]] || { echo "--nodes wants a number from 1 to 99" >&2; exit 2; }

port="${PARALLAX_PORT:-8080}"
kc_port="${PARALLAX_KEYCLOAK_PORT:-8180}"
smtp_port="${PARALLAX_MAIL_PORT:-3025}"
mail_api_port=$((smtp_port + 5000))
war=web/target/parallax-demo.war
micro=web/target/runtime/payara-micro.jar
data="$PWD/data"

say() { printf '\033[1m[parallax]\033[0m %s\n' "$*"; }

command -v java >/dev/null || { say "Java 17 or newer is needed (java not found)."; exit 1; }

stale() {
  [ ! -f "$war" ] || [ ! -f "$micro" ] ||
    [ ! -d config/target/keycloak ] || [ ! -f config/target/mail/greenmail-standalone.jar ] ||
    [ ! -f config/target/postgres/postgres-linux-x86_64.txz ] ||
    [ -n "$(find pom.xml domain ejb demo web -newer "$war" -type f -not -path '*/target/*' -print -quit)" ]
}
if stale; then
  say "Building Parallax (first run or sources changed) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl config,web -am
fi

pg_port="${PARALLAX_PG_PORT:-5433}"
cluster_name="${PARALLAX_CLUSTER_NAME:-parallax}"
cluster_port="${PARALLAX_CLUSTER_PORT:-5900}"
busy=("$port" "$kc_port" "$smtp_port" "$mail_api_port")
if (( nodes > 1 )); then
  for i in $(seq "$nodes"); do busy+=($((port + i)) $((cluster_port + i - 1))); done
  [ -n "${PARALLAX_DB_URL:-}" ] || busy+=("$pg_port")
fi
for p in "${busy[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    say "Port $p is already in use: stop what runs there or set PARALLAX_PORT / PARALLAX_KEYCLOAK_PORT / PARALLAX_MAIL_PORT / PARALLAX_CLUSTER_PORT / PARALLAX_PG_PORT."
    exit 1
  fi
done

# DEV ONLY secrets and passwords, unless the environment already sets them.
while IFS='=' read -r key value; do
  [[ "$key" =~ ^[A-Z_]+$ ]] && [ -z "${!key:-}" ] && export "$key=$value"
done < config/keycloak/dev.env
export PARALLAX_BASE_URL="http://localhost:$port"
export PARALLAX_KEYCLOAK_URL="http://localhost:$kc_port"
export PARALLAX_SMTP_PORT="$smtp_port"

# Class data sharing (AppCDS): the first start records the classes Payara Micro and Parallax load
# into an archive (written when that node stops); later starts map it instead of reading, parsing
# and verifying those classes again. A rebuilt WAR or runtime records a new one. web/bench/boot.sh
# measures the gain.
cds="$data/parallax-cds.jsa"
cds_use=()
cds_record=()
java_feature=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "${java_feature%%.*}" -ge 19 ] 2>/dev/null; then
  # JDK 19+ keeps the archive up to date by itself
  cds_use=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$cds" -Xlog:cds=off -Xlog:cds+dynamic=off)
  cds_record=("${cds_use[@]}")
elif [ -s "$cds" ] && [ "$cds" -nt "$war" ] && [ "$cds" -nt "$micro" ]; then
  cds_use=(-XX:SharedArchiveFile="$cds" -Xlog:cds=off -Xlog:cds+dynamic=off)
  cds_record=("${cds_use[@]}")
else
  rm -f "$cds" "$cds.new"
  cds_record=(-XX:ArchiveClassesAtExit="$cds.new" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

jit=()
[ "${PARALLAX_QUICK_START:-false}" != true ] || jit=(-XX:TieredStopAtLevel=1)
read -ra extra_opts <<<"${PARALLAX_JAVA_OPTS:-}"
jit+=("${extra_opts[@]}")

pids=()
stop() {
  trap - INT TERM EXIT
  say "Stopping Parallax, Keycloak and the mail sink$( ((nodes > 1)) && echo ", the balancer and the database") ..."
  for pid in "${pids[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  # the class archive the first start recorded, complete now that its JVM has exited
  if [ -s "$cds.new" ]; then mv -f "$cds.new" "$cds"; fi
  if [ -n "${pg_data:-}" ]; then
    "${as_db[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
  fi
}
trap stop INT TERM EXIT

mkdir -p "$data/tmp" "$data/payara-micro" "$data/keycloak"
say "Starting the mail sink (SMTP $smtp_port) ..."
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_api_port" -Dgreenmail.auth.disabled \
  -jar config/target/mail/greenmail-standalone.jar >"$data/mail.log" 2>&1 &
pids+=($!)

say "Starting Keycloak on port $kc_port (first start takes about a minute) ..."
config/keycloak/start.sh "$data/keycloak" "$kc_port" >"$data/keycloak.log" 2>&1 &
kc=$!
pids+=($kc)
started=$SECONDS
until curl -fsS -o /dev/null "http://localhost:$kc_port/realms/parallax/.well-known/openid-configuration" 2>/dev/null; do
  if ! kill -0 "$kc" 2>/dev/null; then
    say "Keycloak stopped during start-up; the end of $data/keycloak.log:"
    tail -30 "$data/keycloak.log"
    exit 1
  fi
  if (( SECONDS - started > ${PARALLAX_START_TIMEOUT:-240} )); then
    say "Keycloak was not ready after ${PARALLAX_START_TIMEOUT:-240} s; see $data/keycloak.log"
    exit 1
  fi
  sleep 1
done

# Waits until the node whose log is $2 (process $1) is ready; $3 is its port.
await_ready() {
  local pid="$1" log="$2" node_port="$3" since=$SECONDS
  until curl -fsS "http://localhost:$node_port/health/ready" 2>/dev/null | grep -q '"UP"'; do
    if grep -q "Exception while loading the app" "$log"; then
      say "Parallax failed to deploy; the errors from $log:"
      grep -E "SEVERE|Caused by" "$log" | head -20
      exit 1
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      say "Payara Micro stopped during start-up; the end of $log:"
      tail -40 "$log"
      exit 1
    fi
    if (( SECONDS - since > ${PARALLAX_START_TIMEOUT:-180} )); then
      say "Parallax was not ready after ${PARALLAX_START_TIMEOUT:-180} s; see $log"
      exit 1
    fi
    sleep 0.5
  done
}

started=$SECONDS
if (( nodes == 1 )); then
  say "Starting Payara Micro on port $port (data in $data) ..."
  # A fresh root directory each start: a reused one first redeploys its stale copy of the app.
  rm -rf "$data/payara-micro"
  java -Xmx1g "${cds_record[@]}" "${jit[@]}" -Djava.io.tmpdir="$data/tmp" -jar "$micro" \
    --deploy "$war" --port "$port" --nocluster --rootdir "$data/payara-micro" \
    --prebootcommandfile config/payara/pre-boot.asadmin \
    >"$data/parallax.log" 2>&1 &
  server=$!
  pids+=($server)
  await_ready "$server" "$data/parallax.log" "$port"
  main=$server
  logs="$data/parallax.log"
else
  cluster="$data/cluster"
  mkdir -p "$cluster"
  if [ -z "${PARALLAX_DB_URL:-}" ]; then
    pg_bin="$cluster/pg-dist/bin"
    pg_data="$cluster/pg"
    # PostgreSQL refuses to run as root: the throw-away database belongs to nobody when we are.
    as_db=(); [ "$(id -u)" = 0 ] && as_db=(runuser -u nobody --)
    if [ ! -x "$pg_bin/postgres" ]; then
      mkdir -p "$cluster/pg-dist"
      tar -xJf config/target/postgres/postgres-linux-x86_64.txz -C "$cluster/pg-dist"
    fi
    if [ ! -f "$pg_data/PG_VERSION" ]; then
      mkdir -p "$pg_data"; [ "$(id -u)" = 0 ] && chown nobody "$pg_data" "$cluster"
      "${as_db[@]}" "$pg_bin/initdb" -D "$pg_data" -U parallax -A trust -E UTF8 >"$cluster/initdb.log"
    fi
    say "Starting PostgreSQL on port $pg_port (data in $pg_data) ..."
    "${as_db[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1" \
      -l "$cluster/postgres.log" -w start >/dev/null
    # the zonky binaries carry no psql/createdb: Parallax uses the database initdb made
    export PARALLAX_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
    export PARALLAX_DB_USER=parallax PARALLAX_DB_PASSWORD=parallax-cluster-demo-only
    # the demo school, seeded by the first node alone (the others start once it is ready)
    export PARALLAX_DEMO_SCHOOL_SERVER_DATABASE=true
  fi
  if ! command -v haproxy >/dev/null; then
    say "Installing HAProxy from Debian's packages ..."
    sudo_=(); [ "$(id -u)" = 0 ] || sudo_=(sudo)
    "${sudo_[@]}" apt-get install -y -q haproxy >"$cluster/apt.log" 2>&1 ||
      { "${sudo_[@]}" apt-get update -q >>"$cluster/apt.log" 2>&1 &&
        "${sudo_[@]}" apt-get install -y -q haproxy >>"$cluster/apt.log" 2>&1; } ||
      { say "Could not install HAProxy; see $cluster/apt.log"; exit 1; }
  fi
  hosts="${PARALLAX_CLUSTER_HOSTS:-127.0.0.1}"
  members=$(for i in $(seq "$nodes"); do printf '%s:%d,' "$hosts" $((cluster_port + i - 1)); done)
  members="${members%,}"
  servers=""
  logs=""
  for i in $(seq "$nodes"); do
    node_port=$((port + i))
    node="$cluster/node-$i"
    rm -rf "$node/root"  # fresh each start: a reused root first redeploys a stale copy of the app
    mkdir -p "$node/tmp"
    say "Starting node $i of $nodes on port $node_port (Hazelcast $((cluster_port + i - 1)), cluster '$cluster_name') ..."
    java -Xmx768m "${cds_use[@]}" "${jit[@]}" -Djava.io.tmpdir="$node/tmp" -jar "$micro" \
      --deploy "$war" --port "$node_port" --name "parallax-$i" --rootdir "$node/root" \
      --clustermode "tcpip:$members" --startport "$((cluster_port + i - 1))" \
      --clustername "$cluster_name" --interfaces "$hosts" --nohostaware \
      --prebootcommandfile config/payara/pre-boot.asadmin \
      >"$node/parallax.log" 2>&1 &
    pids+=($!)
    (( i == 1 )) && await_ready "$!" "$node/parallax.log" "$node_port"
    node_pids[$i]=$!
    servers+="  server node-$i 127.0.0.1:$node_port"$'\n'
    logs+="$node/parallax.log "
  done
  for i in $(seq 2 "$nodes"); do await_ready "${node_pids[$i]}" "$cluster/node-$i/parallax.log" $((port + i)); done
  cat >"$cluster/haproxy.cfg" <<HAPROXY
# Written by ./run.sh --nodes $nodes: round robin, no stickiness (any node serves any session), a
# request that finds its node gone is sent to another.
global
  log stdout format raw local0 notice
defaults
  mode http
  log global
  option httplog
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
frontend parallax
  bind 127.0.0.1:$port
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /health/ready
  default-server inter 1s fall 2 rise 2
$servers
HAPROXY
  say "Starting HAProxy on port $port ..."
  haproxy -db -f "$cluster/haproxy.cfg" >"$cluster/haproxy.log" 2>&1 &
  main=$!
  pids+=($main)
  logs+="$cluster/haproxy.log"
  until curl -fsS "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do sleep 0.3; done
fi

cat <<INFO

  Parallax is up after $((SECONDS - started)) s:   http://localhost:$port/
  REST API (bearer tokens):              http://localhost:$port/api/v1/...
  OpenAPI document:                      http://localhost:$port/openapi
  Health:                                http://localhost:$port/health
  Keycloak (realm parallax):             http://localhost:$kc_port/admin/  (admin / $KC_BOOTSTRAP_ADMIN_PASSWORD)
  Mail sink (invitations):               http://localhost:$mail_api_port/api/user/<address>/messages/INBOX/
  Logs:                                  $logs $data/keycloak.log $data/mail.log

  Demo logins (DEV ONLY passwords):
    platform admin   operator         / $PARALLAX_OPERATOR_PASSWORD
    school admin     demo-admin       / parallax-demo
    supervisor       demo-sam-rivera  / parallax-demo
    trainee          demo-ada-quinn   / parallax-demo

  An API token:  curl -d grant_type=password -d client_id=parallax-api \\
                   -d client_secret=$PARALLAX_API_CLIENT_SECRET -d username=demo-admin -d password=parallax-demo \\
                   http://localhost:$kc_port/realms/parallax/protocol/openid-connect/token

$( ((nodes > 1)) && printf '  %s nodes (cluster %s) behind HAProxy; node i also answers on port %s + i.\n\n' "$nodes" "$cluster_name" "$port")
  Press Ctrl-C to stop.
INFO
wait "$main"
