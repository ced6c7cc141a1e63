#!/usr/bin/env bash
# Builds the legacy-h2 fixture: a data directory written by the broker's embedded
# mongo-java-server/H2 store (before it was replaced), for the migration reader's tests.
#
# Starts the packaged broker (broker/target/quarkus-app/quarkus-run.jar, built with
#   mvn -B -o -q -DskipTests package -pl ngsi-ld-model,broker -am)
# with a fresh data directory, creates entities and subscriptions through the NGSI-LD API,
# saves the GET output of each under expected/, stops the broker with SIGTERM, compacts
# <data dir>/broker.mv.db with H2's MVStoreTool (the broker commits, and so writes a chunk,
# per write: ~125 KB before, ~36 KB after; every map keeps its name and entries, only map
# ids and chunk layout change) and copies it next to this script.
#
# Usage: make-fixture.sh [port]   (default: a free port; never 1026)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../../.." && pwd)"
JAR="$ROOT/broker/target/quarkus-app/quarkus-run.jar"
PORT="${1:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
DATA="$(mktemp -d /tmp/legacy-data.XXXXXX)"
BASE="http://127.0.0.1:$PORT/ngsi-ld/v1"
P="$HERE/payloads"
E="$HERE/expected"
TENANT="legacy-city"

QUARKUS_HTTP_PORT="$PORT" BROKER_STORAGE_PATH="$DATA" java -jar "$JAR" >"$DATA/broker.log" 2>&1 &
BROKER=$!
trap 'kill "$BROKER" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; then break; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null

# send METHOD PATH FILE [TENANT] [CONTENT_TYPE]: fails unless the answer is 2xx
send() {
  local method=$1 path=$2 file=$3 tenant=${4:-} type=${5:-application/json}
  local headers=(-H "Content-Type: $type")
  if [[ -n $tenant ]]; then headers+=(-H "NGSILD-Tenant: $tenant"); fi
  local status
  status=$(curl -s -o "$DATA/last-response" -w '%{http_code}' -X "$method" "${headers[@]}" \
    --data-binary "@$file" "$BASE$path")
  echo "$method $path${tenant:+ (tenant $tenant)} -> $status"
  if [[ $status != 2* ]]; then cat "$DATA/last-response"; exit 1; fi
}

# Default tenant: subscriptions first, so that entity writes produce notifications
# (to unreachable endpoints: the outbox keeps them pending).
send POST /subscriptions "$P/subscription-q.json"
send POST /subscriptions "$P/subscription-mqtt.json"
send POST /entities "$P/station-all-types.json"
send POST /entities "$P/sensor-multi-instance.json"
send POST /entities "$P/sensor-observed.json"
send POST /entities "$P/street-language.json"
send POST /entities "$P/parcel-geo.json"
# Two updates of one entity: version 1 -> 2 -> 3.
send PATCH /entities/urn:ngsi-ld:Sensor:legacy-multi/attrs "$P/sensor-multi-update-1.json"
send POST /entities/urn:ngsi-ld:Sensor:legacy-multi/attrs "$P/sensor-multi-update-2.json"

# Tenant legacy-city.
send POST /subscriptions "$P/tenant-subscription.json" "$TENANT"
send POST /entities "$P/tenant-sensor.json" "$TENANT"
send POST /entities "$P/tenant-with-context.jsonld" "$TENANT" application/ld+json

sleep 3

# expect KIND ID [TENANT]: saves the GET output (normalized, with system attributes)
expect() {
  local kind=$1 id=$2 tenant=${3:-}
  local dir="$E/${tenant:-default}/$kind"
  local headers=(-H "Accept: application/json")
  if [[ -n $tenant ]]; then headers+=(-H "NGSILD-Tenant: $tenant"); fi
  mkdir -p "$dir"
  curl -sf "${headers[@]}" "$BASE/$kind/$id?options=sysAttrs" | jq -S . >"$dir/${id##*:}.json"
}

rm -rf "$E"
for id in Station:legacy-all-types Sensor:legacy-multi Sensor:legacy-observed \
  Street:legacy-language Parcel:legacy-geo; do
  expect entities "urn:ngsi-ld:$id"
done
expect entities urn:ngsi-ld:Sensor:legacy-city-1 "$TENANT"
expect entities urn:ngsi-ld:Sensor:legacy-city-2 "$TENANT"
expect subscriptions urn:ngsi-ld:Subscription:legacy-q
expect subscriptions urn:ngsi-ld:Subscription:legacy-mqtt
expect subscriptions urn:ngsi-ld:Subscription:legacy-city-geo "$TENANT"
# Entity versions are not visible through the API: each create stores version 1, each update
# adds one.
cat >"$E/versions.json" <<'JSON'
{
  "default": {
    "urn:ngsi-ld:Station:legacy-all-types": 1,
    "urn:ngsi-ld:Sensor:legacy-multi": 3,
    "urn:ngsi-ld:Sensor:legacy-observed": 1,
    "urn:ngsi-ld:Street:legacy-language": 1,
    "urn:ngsi-ld:Parcel:legacy-geo": 1
  },
  "legacy-city": {
    "urn:ngsi-ld:Sensor:legacy-city-1": 1,
    "urn:ngsi-ld:Sensor:legacy-city-2": 1
  }
}
JSON

kill -TERM "$BROKER"
wait "$BROKER" || true
trap - EXIT
H2_JAR=("$ROOT"/broker/target/quarkus-app/lib/main/com.h2database.h2-*.jar)
java -cp "${H2_JAR[0]}" org.h2.mvstore.MVStoreTool -compact "$DATA/broker.mv.db"
cp "$DATA/broker.mv.db" "$HERE/broker.mv.db"
echo "fixture: $HERE/broker.mv.db ($(stat -c %s "$HERE/broker.mv.db") bytes); broker log: $DATA/broker.log"
