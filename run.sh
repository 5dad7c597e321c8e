#!/usr/bin/env bash
# Runs Parallax on the embedded defaults: Payara Micro with the WAR, an H2 database under ./data,
# a demo school seeded on first start. Builds what is missing first. Ctrl-C stops everything it
# started; a second run reuses ./data.
#
# Settings (environment): PARALLAX_PORT (default 8080); PARALLAX_DB_URL, PARALLAX_DB_USER,
# PARALLAX_DB_PASSWORD to use PostgreSQL instead of the embedded H2 (see README).
set -euo pipefail
cd "$(dirname "$0")"

port="${PARALLAX_PORT:-8080}"
war=web/target/parallax.war
micro=web/target/runtime/payara-micro.jar
data="$PWD/data"

say() { printf '\033[1m[parallax]\033[0m %s\n' "$*"; }

command -v java >/dev/null || { say "Java 17 or newer is needed (java not found)."; exit 1; }

stale() {
  [ ! -f "$war" ] || [ ! -f "$micro" ] ||
    [ -n "$(find pom.xml config domain ejb web -newer "$war" -type f -not -path '*/target/*' -print -quit)" ]
}
if stale; then
  say "Building Parallax (first run or sources changed) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl web -am
fi

if curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null; then
  say "Port $port is already in use: stop what runs there or set PARALLAX_PORT."
  exit 1
fi

mkdir -p "$data/tmp" "$data/payara-micro"
say "Starting Payara Micro on port $port (data in $data) ..."
java -Xmx1g -Djava.io.tmpdir="$data/tmp" -jar "$micro" \
  --deploy "$war" --port "$port" --nocluster --rootdir "$data/payara-micro" \
  >"$data/parallax.log" 2>&1 &
server=$!
stop() {
  trap - INT TERM EXIT
  if kill -0 "$server" 2>/dev/null; then
    say "Stopping Parallax ..."
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
}
trap stop INT TERM EXIT

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
  REST API (cohorts):                    http://localhost:$port/api/v1/cohorts
  OpenAPI document:                      http://localhost:$port/openapi
  Health:                                http://localhost:$port/health
  Log:                                   $data/parallax.log

  Demo school: "Demo Coaching School" with two cohorts (embedded database only).
  Logins come with Keycloak (identity issue); until then every visitor acts for the demo school.

  Press Ctrl-C to stop.
INFO
wait "$server"
