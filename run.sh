#!/usr/bin/env bash
# Runs Parallax on the embedded defaults: a local mail sink (GreenMail), Keycloak (dev mode, realm
# imported from config/keycloak), Payara Micro with parallax-demo.war (the product WAR plus the demo
# module) on an H2 database under ./data, and a demo school seeded on first start, in the database
# and in Keycloak. Builds what is missing first. Ctrl-C stops everything it started; a second run
# reuses ./data.
#
# Settings (environment): PARALLAX_PORT (default 8080), PARALLAX_KEYCLOAK_PORT (8180),
# PARALLAX_MAIL_PORT (SMTP 3025, mail API 8025); PARALLAX_DB_URL, PARALLAX_DB_USER,
# PARALLAX_DB_PASSWORD to use PostgreSQL instead of the embedded H2 (see README). Secrets come from
# config/keycloak/dev.env (DEV ONLY) unless the environment sets them.
set -euo pipefail
cd "$(dirname "$0")"

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
    [ -n "$(find pom.xml domain ejb demo web -newer "$war" -type f -not -path '*/target/*' -print -quit)" ]
}
if stale; then
  say "Building Parallax (first run or sources changed) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl web -am
fi

for p in "$port" "$kc_port" "$smtp_port" "$mail_api_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    say "Port $p is already in use: stop what runs there or set PARALLAX_PORT / PARALLAX_KEYCLOAK_PORT / PARALLAX_MAIL_PORT."
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

pids=()
stop() {
  trap - INT TERM EXIT
  say "Stopping Parallax, Keycloak and the mail sink ..."
  for pid in "${pids[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
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
  if (( SECONDS - started > 240 )); then
    say "Keycloak was not ready after 240 s; see $data/keycloak.log"
    exit 1
  fi
  sleep 1
done

say "Starting Payara Micro on port $port (data in $data) ..."
java -Xmx1g -Djava.io.tmpdir="$data/tmp" -jar "$micro" \
  --deploy "$war" --port "$port" --nocluster --rootdir "$data/payara-micro" \
  --prebootcommandfile config/payara/pre-boot.asadmin \
  >"$data/parallax.log" 2>&1 &
server=$!
pids+=($server)
started=$SECONDS

started=$SECONDS
until curl -fsS "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
  if grep -q "Exception while loading the app" "$data/parallax.log"; then
    say "Parallax failed to deploy; the errors from $data/parallax.log:"
    grep -E "SEVERE|Caused by" "$data/parallax.log" | head -20
    exit 1
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    say "Payara Micro stopped during start-up; the end of $data/parallax.log:"
    tail -40 "$data/parallax.log"
    exit 1
  fi
  if (( SECONDS - started > 180 )); then
    say "Parallax was not ready after 180 s; see $data/parallax.log"
    exit 1
  fi
  sleep 0.5
done

cat <<INFO

  Parallax is up after $((SECONDS - started)) s:   http://localhost:$port/
  REST API (bearer tokens):              http://localhost:$port/api/v1/...
  OpenAPI document:                      http://localhost:$port/openapi
  Health:                                http://localhost:$port/health
  Keycloak (realm parallax):             http://localhost:$kc_port/admin/  (admin / $KC_BOOTSTRAP_ADMIN_PASSWORD)
  Mail sink (invitations):               http://localhost:$mail_api_port/api/user/<address>/messages/INBOX/
  Logs:                                  $data/parallax.log, $data/keycloak.log, $data/mail.log

  Demo logins (DEV ONLY passwords):
    platform admin   operator         / $PARALLAX_OPERATOR_PASSWORD
    school admin     demo-admin       / parallax-demo
    supervisor       demo-sam-rivera  / parallax-demo
    trainee          demo-ada-quinn   / parallax-demo

  An API token:  curl -d grant_type=password -d client_id=parallax-api \\
                   -d client_secret=$PARALLAX_API_CLIENT_SECRET -d username=demo-admin -d password=parallax-demo \\
                   http://localhost:$kc_port/realms/parallax/protocol/openid-connect/token

  Press Ctrl-C to stop.
INFO
wait "$server"
