#!/usr/bin/env bash
# Starts one Keycloak (dev mode) for Parallax, in the foreground, with the realm imported from
# config/keycloak/parallax-realm.json on its first start.
#
#   config/keycloak/start.sh INSTANCE_DIR HTTP_PORT [MANAGEMENT_PORT]
#
# INSTANCE_DIR holds this Keycloak's own data (its H2 database under data/h2); the distribution
# the build unpacked (config/target/keycloak) is shared read-only through symlinks. The realm's
# placeholders come from the environment: PARALLAX_BASE_URL, PARALLAX_SMTP_PORT and the variables
# of config/keycloak/dev.env (dev and test only; production sets its own).
set -euo pipefail
config="$(cd "$(dirname "$0")/.." && pwd)"
instance="$1"
port="$2"
management_port="${3:-$((port + 1))}"

dist=$(ls -d "$config"/target/keycloak/keycloak-*/ 2>/dev/null | head -1)
if [ -z "$dist" ] || [ ! -x "$dist/bin/kc.sh" ]; then
  echo "Keycloak distribution missing under $config/target/keycloak: build first (./mvnw package)." >&2
  exit 1
fi
dist="${dist%/}"

mkdir -p "$instance/data/import"
if [ ! -d "$instance/bin" ]; then
  cp -r "$dist/bin" "$instance/bin"
fi
for part in lib themes providers conf; do
  [ -e "$instance/$part" ] || ln -s "$dist/$part" "$instance/$part"
done
cp "$config/keycloak/parallax-realm.json" "$instance/data/import/parallax-realm.json"

exec "$instance/bin/kc.sh" start-dev \
  --http-port="$port" \
  --http-management-port="$management_port" \
  --hostname="http://localhost:$port" \
  --import-realm \
  --log-level=warn,org.keycloak.exportimport:info,org.keycloak.services:error
