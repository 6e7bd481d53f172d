#!/usr/bin/env bash
# Compares the API's throughput under two variants of its settings, interleaved, against 127.0.0.1.
# A variant is settings as environment assignments separated by "|"; ConnectionOptions=… is appended
# to the connection string.
#
#   tools/load/compare.sh "ConnectionOptions=Max Auto Prepare=0" ""
#   tools/load/compare.sh "Database__PoolContexts=false" "Database__PoolContexts=true" 5
#
# Needs: wrk (Debian package), the Development PostgreSQL cluster running (dotnet run starts it), and
# a Release build (dotnet build -c Release src/AfterSales.Api). It reads one call (GET /calls/{id}) and
# registers calls (POST /calls) as the demo center's clerk, 8 connections, 10 s each, and prints req/s.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
a="$1"; b="$2"; rounds="${3:-3}"
port=5099
. "$here/tools/load/common.sh"
trap 'exit 1' TERM
base="Host=127.0.0.1;Port=${LocalPostgres__Port:-54329};Username=aftersales;Password=aftersales-dev;Database=aftersales"

start() {
  (
    cd "$here/src/AfterSales.Api"
    export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning RateLimiting__Enabled=false
    export ConnectionStrings__AfterSales="$base"
    IFS='|' read -ra settings <<< "$1"
    for setting in "${settings[@]}"; do
      case "$setting" in
        ConnectionOptions=*) export ConnectionStrings__AfterSales="$base;${setting#ConnectionOptions=}" ;;
        *=*) export "${setting?}" ;;
      esac
    done
    exec dotnet bin/Release/net10.0/AfterSales.Api.dll >/tmp/aftersales-load.log 2>&1
  ) &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.5; done
  echo "the API did not start; see /tmp/aftersales-load.log" >&2; exit 1
}

measure() {
  local token call body lua
  sign_in_and_register "$port"
  lua=$(mktemp)
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" > "$lua"
  wrk -t2 -c8 -d3s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/calls/$call" >/dev/null
  local get post
  get=$(wrk -t2 -c8 -d10s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/calls/$call" | rate)
  post=$(wrk -t2 -c8 -d10s -s "$lua" -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/calls" | rate)
  rm -f "$lua"
  echo "$get $post"
}

for round in $(seq 1 "$rounds"); do
  for variant in "$a" "$b"; do
    start "$variant"
    read -r get post < <(measure)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf 'round %s  %-50s  GET /calls/{id} %8s req/s   POST /calls %7s req/s\n' "$round" "${variant:-(as configured)}" "$get" "$post"
  done
done
