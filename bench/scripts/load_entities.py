#!/usr/bin/env python3
"""Loads N generated entities (5 types, 10 attributes each) into an NGSI-LD broker through
POST /entityOperations/upsert, 1,000 per request, 4 requests at a time. Used to measure the
broker's memory and start-up index rebuild with a large population:

    python3 bench/scripts/load_entities.py http://127.0.0.1:1026 100000
    # restart the broker, then read the "Entity index ready: ... ms" log line and
    jcmd <pid> GC.run && jcmd <pid> GC.heap_info
"""
import concurrent.futures
import json
import random
import sys
import urllib.request

BATCH = 1000


def entity(i, rnd):
    kind = f"Sensor{i % 5}"
    return {
        "id": f"urn:ngsi-ld:{kind}:{i}",
        "type": kind,
        "temperature": {"type": "Property", "value": round(rnd.uniform(-5, 40), 1),
                        "unitCode": "CEL", "observedAt": "2026-11-25T10:00:00Z"},
        "humidity": {"type": "Property", "value": rnd.randint(10, 100)},
        "status": {"type": "Property", "value": rnd.choice(["ok", "warning", "fault"])},
        "name": {"type": "Property", "value": f"sensor number {i}"},
        "battery": {"type": "Property", "value": rnd.random()},
        "location": {"type": "GeoProperty", "value": {"type": "Point", "coordinates": [
            round(-3.8 + rnd.random() * 0.2, 6), round(40.3 + rnd.random() * 0.2, 6)]}},
        "refDevice": {"type": "Relationship", "object": f"urn:ngsi-ld:Device:{i}"},
        "district": {"type": "Property", "value": f"district-{i % 21}"},
        "installedAt": {"type": "Property",
                        "value": {"@type": "DateTime", "@value": "2024-01-01T00:00:00Z"}},
        "tags": {"type": "Property", "value": ["a", "b", str(i % 7)]},
    }


def post(url, batch):
    rnd = random.Random(batch)
    body = json.dumps([entity(i, rnd) for i in range(batch * BATCH, (batch + 1) * BATCH)])
    request = urllib.request.Request(
        url + "/ngsi-ld/v1/entityOperations/upsert", data=body.encode(),
        headers={"Content-Type": "application/json"}, method="POST")
    return urllib.request.urlopen(request, timeout=300).status


def main():
    url, count = sys.argv[1].rstrip("/"), int(sys.argv[2])
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        statuses = set(pool.map(lambda b: post(url, b), range((count + BATCH - 1) // BATCH)))
    print("HTTP statuses:", sorted(statuses))


if __name__ == "__main__":
    main()
