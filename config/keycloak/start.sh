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
#
# The Parallax theme (login pages, account actions, e-mails) is read in place from
# config/keycloak/themes/parallax: the instance's themes directory links to it. start-dev reads
# themes without caching, so an edited template shows on the next page; a production Keycloak
# (kc.sh start) caches them and takes the theme copied into its own themes directory.
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
for part in lib providers conf; do
  [ -e "$instance/$part" ] || ln -s "$dist/$part" "$instance/$part"
done
# instances made before the theme existed linked the whole themes directory to the distribution's
[ ! -L "$instance/themes" ] || rm "$instance/themes"
mkdir -p "$instance/themes"
ln -sfn "$config/keycloak/themes/parallax" "$instance/themes/parallax"
cp "$config/keycloak/parallax-realm.json" "$instance/data/import/parallax-realm.json"

exec "$instance/bin/kc.sh" start-dev \
  --http-port="$port" \
  --http-management-port="$management_port" \
  --hostname="http://localhost:$port" \
  --import-realm \
  --log-level=warn,org.keycloak.exportimport:info,org.keycloak.services:error
