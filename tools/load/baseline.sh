#!/usr/bin/env bash
# The API against the raw-Npgsql floor (tools/AfterSales.RawBaseline: the same SQL behind bare endpoints),
# both published (Release, ReadyToRun) against the Development cluster's database on 127.0.0.1, the API in Production mode.
# Prints the API's cold start (process start to /health/ready), then, in interleaved rounds of wrk
# (8 connections, 10 s each): reading a call, registering one, and the deadline query beside the
# /health/live floor; the medians, the ratios, the CPU each process spent a request (and its ratio, floor
# over API), and the API's resident memory idle and at its peak.
#
#   tools/load/baseline.sh [rounds=3]
#
# Both processes are first driven on every path for WARMUP seconds each (default 30): the JIT's tiers take
# that long to settle, and a round measured before that compares two programs still compiling themselves.
#
# Needs: wrk (Debian package) and the Development cluster running (dotnet run starts it, with demo data).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-3}"
api_port=5099; raw_port=5097
db="Host=127.0.0.1;Port=${LocalPostgres__Port:-54329};Username=aftersales;Password=aftersales-dev;Database=aftersales"
unit=01930000-0000-7000-8000-000000000001
export Auth__SigningKey="load-test-signing-key-of-at-least-32-characters" Auth__Issuer=aftersales-load Auth__Audience=aftersales-load
# Logging as shipped (appsettings.json: a line per command at Information); the rate limiter off, as wrk is one caller.
export ConnectionStrings__AfterSales="$db" RateLimiting__Enabled=false Database__SeedDemoData=false

# Both published as a deployment is (docs/operations.md): for the platform, ReadyToRun.
out="$(mktemp -d)"
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true "$here/src/AfterSales.Api" -o "$out/api" -v q -nologo >/dev/null
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true "$here/tools/AfterSales.RawBaseline" -o "$out/raw" -v q -nologo >/dev/null
api_dll="$out/api/AfterSales.Api.dll"
raw_dll="$out/raw/AfterSales.RawBaseline.dll"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$out"' EXIT
trap 'exit 1' TERM

start_api() { # environment → pid in $api
  (cd "$here/src/AfterSales.Api" && ASPNETCORE_ENVIRONMENT="$1" ASPNETCORE_URLS="http://127.0.0.1:$api_port" exec dotnet "$api_dll" >/tmp/aftersales-baseline-api.log 2>&1) &
  api=$!
}
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
peak() { awk '/^VmHWM/ {print int($2/1024)}' "/proc/$1/status"; }
. "$here/tools/load/common.sh"

# A token and a call to read, from the Development instance (same signing key as the Production one).
start_api Development; wait_ready "http://127.0.0.1:$api_port/health/ready"
sign_in_and_register "$api_port"
kill "$api"; wait "$api" 2>/dev/null || true

for i in 1 2 3; do
  started=$(date +%s%N); start_api Production; wait_ready "http://127.0.0.1:$api_port/health/ready"
  echo "cold start $i (Production, to /health/ready): $(( ($(date +%s%N) - started) / 1000000 )) ms"
  [ "$i" = 3 ] || { kill "$api"; wait "$api" 2>/dev/null || true; }
done
pids+=("$api")
(ASPNETCORE_URLS="http://127.0.0.1:$raw_port" ConnectionStrings__AfterSales="$db" exec dotnet "$raw_dll" >/tmp/aftersales-baseline-raw.log 2>&1) &
raw=$!; pids+=("$raw"); wait_ready "http://127.0.0.1:$raw_port/health/live"
sleep 1; idle=$(rss "$api")

post=$(mktemp); printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" > "$post"
auth=(-H "Authorization: Bearer $token")
api_get="http://127.0.0.1:$api_port/api/v1/calls/$call"; raw_get="http://127.0.0.1:$raw_port/calls/$call"
deadline="http://127.0.0.1:$api_port/api/v1/units/$unit/dispatch-deadline?receivedAt=2026-11-27T10:00:00%2B08:00&zone=Urban"
warm="${WARMUP:-30}s"
wrk -t2 -c8 -d"$warm" "${auth[@]}" "$api_get" >/dev/null; wrk -t2 -c8 -d"$warm" "$raw_get" >/dev/null
wrk -t2 -c8 -d"$warm" -s "$post" "${auth[@]}" "http://127.0.0.1:$api_port/api/v1/calls" >/dev/null
wrk -t2 -c8 -d"$warm" -s "$post" "http://127.0.0.1:$raw_port/calls" >/dev/null
wrk -t2 -c8 -d"$warm" "${auth[@]}" "$deadline" >/dev/null
declare -A results cpu
# measure <key> <pid> <wrk arguments…>: one 10 s round; its rate goes to results[key], and the CPU the process
# <pid> spent a request (user and system, µs) to cpu[key]: the steadier figure on a machine whose speed drifts.
measure() {
  local key=$1 pid=$2; shift 2
  local before after out requests
  before=$(ticks "$pid"); out="$(wrk -t2 -c8 -d10s "$@")"; after=$(ticks "$pid")
  results[$key]+="$(rate <<< "$out") "
  requests=$(grep -Eo '[0-9]+ requests in' <<< "$out" | awk '{print $1}')
  cpu[$key]+="$(( (after - before) * 1000000 / $(getconf CLK_TCK) / requests )) "
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
last() { tr ' ' '\n' <<< "${results[$1]}" | grep . | tail -1; }
for round in $(seq 1 "$rounds"); do
  measure api_get "$api" "${auth[@]}" "$api_get"
  measure raw_get "$raw" "$raw_get"
  measure api_post "$api" -s "$post" "${auth[@]}" "http://127.0.0.1:$api_port/api/v1/calls"
  measure raw_post "$raw" -s "$post" "http://127.0.0.1:$raw_port/calls"
  measure deadline "$api" "${auth[@]}" "$deadline"
  measure live "$api" "http://127.0.0.1:$api_port/health/live"
  # Each round's own ratios too: the machine's speed drifts, and a round shows how far.
  echo "round $round: read $(ratio "$(last api_get)" "$(last raw_get)")x, register $(ratio "$(last api_post)" "$(last raw_post)")x, quote $(ratio "$(last deadline)" "$(last live)")x"
done
rm -f "$post"
m() { tr ' ' '\n' <<< "${results[$1]}" | grep . | median; }
c() { tr ' ' '\n' <<< "${cpu[$1]}" | grep . | median; }
printf '%-28s %12s %12s %8s %14s %14s %10s\n' "median of $rounds rounds" "API req/s" "raw req/s" "ratio" "API CPU µs/req" "raw CPU µs/req" "CPU ratio"
printf '%-28s %12s %12s %8s %14s %14s %10s\n' "GET /calls/{id}" "$(m api_get)" "$(m raw_get)" "$(ratio "$(m api_get)" "$(m raw_get)")" "$(c api_get)" "$(c raw_get)" "$(ratio "$(c raw_get)" "$(c api_get)")"
printf '%-28s %12s %12s %8s %14s %14s %10s\n' "POST /calls (register)" "$(m api_post)" "$(m raw_post)" "$(ratio "$(m api_post)" "$(m raw_post)")" "$(c api_post)" "$(c raw_post)" "$(ratio "$(c raw_post)" "$(c api_post)")"
printf '%-28s %12s %12s %8s %14s %14s %10s\n' "GET dispatch-deadline" "$(m deadline)" "$(m live) (live)" "$(ratio "$(m deadline)" "$(m live)")" "$(c deadline)" "$(c live) (live)" "$(ratio "$(c live)" "$(c deadline)")"
echo "API resident memory: ${idle} MB idle, ${api:+$(peak "$api")} MB peak"
