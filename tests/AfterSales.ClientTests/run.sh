#!/usr/bin/env bash
# The generated client's test: generates TypeScript types from the committed contract
# (api-specs/openapi.json), type-checks the flow with strict, noUncheckedIndexedAccess and
# exactOptionalPropertyTypes (and no casts or non-null assertions), starts the API in Development with a
# throwaway PostgreSQL of its own and its demo data, and drives the call-to-closure and money flow.
# Exits non-zero on any failure; .ci/run counts it as one test.
#
#   tests/AfterSales.ClientTests/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port=5181; pg_port=54339
cd "$here"

npm ci --no-audit --no-fund --loglevel=error >/dev/null
npx openapi-typescript "$root/api-specs/openapi.json" -o src/schema.d.ts >/dev/null

# A frontend that needs a cast or a `!` to compile has found a hole in the contract: none are allowed.
node no-casts.mjs
npx tsc

data="$(mktemp -d)"; chmod 755 "$data"
api=""
cleanup() {
  [ -z "$api" ] || kill "$api" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ -f "$data/pg/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- pg_ctl -D "$data/pg" stop -m fast >/dev/null || true
    else pg_ctl -D "$data/pg" stop -m fast >/dev/null || true; fi
  fi
  rm -rf "$data"
}
trap cleanup EXIT

ASPNETCORE_ENVIRONMENT=Development LocalPostgres__DataDirectory="$data/pg" LocalPostgres__Port="$pg_port" \
  dotnet run --project "$root/src/AfterSales.Api" --no-launch-profile --urls "http://127.0.0.1:$port" >"$data/api.log" 2>&1 &
api=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  kill -0 "$api" 2>/dev/null || { cat "$data/api.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the API did not become ready" >&2; tail -40 "$data/api.log" >&2; exit 1; }

node dist/flow.js
