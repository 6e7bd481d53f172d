#!/usr/bin/env bash
# Two builds of the API (or one build under two settings) loaded at the same time, side by side, so that
# both see the same machine: the CPU each spends a request, per round, and the ratio B/A.
#
#   tools/load/side-by-side.sh <publish dir A> <publish dir B> [rounds=5] [read|register]
#   ENV_B="DOTNET_TieredPGO=0" tools/load/side-by-side.sh out/api out/api
#
# Why: this machine's own speed drifts, by up to 2x within minutes (the same build read a call at 129 and
# at 236 µs of CPU a few rounds apart), so builds measured one after the other (compare.sh, baseline.sh)
# cannot tell changes of less than about 10 % from that drift. Loaded together, both builds go through the
# same slow and fast spells: within a round, two copies of the same build agree to within about 10 %,
# and the median of the rounds' ratios to within a few per cent (docs/architecture.md, "Performance").
# What it measures is each process's CPU a request (user and system, from /proc), not throughput: the two
# share the cores, so neither one's rate is what it would be alone.
#
# A publish dir is `dotnet publish -c Release -r linux-x64 --self-contained false src/AfterSales.Api -o DIR`
# (ReadyToRun, as a deployment is). ENV_A and ENV_B add environment assignments (space-separated) to one
# side. Each side gets 4 of wrk's connections; both are first driven for WARMUP seconds (default 30).
# Needs: wrk (Debian package) and the Development cluster running (dotnet run starts it, with demo data).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
dir_a="$(cd "$1" && pwd)"; dir_b="$(cd "$2" && pwd)"; rounds="${3:-5}"; path="${4:-read}"
port_a=5099; port_b=5098
db="Host=127.0.0.1;Port=${LocalPostgres__Port:-54329};Username=aftersales;Password=aftersales-dev;Database=aftersales"
export Auth__SigningKey="load-test-signing-key-of-at-least-32-characters" Auth__Issuer=aftersales-load Auth__Audience=aftersales-load
export ConnectionStrings__AfterSales="$db" RateLimiting__Enabled=false Database__SeedDemoData=false
pids=(); work="$(mktemp -d)"
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 1' TERM
. "$here/tools/load/common.sh"

start() { # dir port environment extra-settings → pid in $started
  # shellcheck disable=SC2086 # the extra settings are words on purpose
  (cd "$here/src/AfterSales.Api" && ASPNETCORE_ENVIRONMENT="$3" ASPNETCORE_URLS="http://127.0.0.1:$2" exec env $4 dotnet "$1/AfterSales.Api.dll" >"$work/api-$2.log" 2>&1) &
  started=$!; wait_ready "http://127.0.0.1:$2/health/ready"
}

# A token and a call to read, from a Development instance of A (the Production ones share its signing key).
start "$dir_a" "$port_a" Development "${ENV_A:-}"
sign_in_and_register "$port_a"
kill "$started"; wait "$started" 2>/dev/null || true

start "$dir_a" "$port_a" Production "${ENV_A:-}"; a=$started; pids+=("$a")
start "$dir_b" "$port_b" Production "${ENV_B:-}"; b=$started; pids+=("$b")
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" > "$work/post.lua"
case "$path" in
  read) route="api/v1/calls/$call"; script=() ;;
  register) route="api/v1/calls"; script=(-s "$work/post.lua") ;;
  *) echo "path: read or register" >&2; exit 2 ;;
esac
load() { # seconds → $work/a.txt, $work/b.txt
  wrk -t1 -c4 -d"$1" "${script[@]}" -H "Authorization: Bearer $token" "http://127.0.0.1:$port_a/$route" > "$work/a.txt" & local first=$!
  wrk -t1 -c4 -d"$1" "${script[@]}" -H "Authorization: Bearer $token" "http://127.0.0.1:$port_b/$route" > "$work/b.txt"
  wait "$first"
}
load "${WARMUP:-30}s"
requests() { grep -Eo '[0-9]+ requests in' "$1" | awk '{print $1}'; }
ratios=""
echo "$path, side by side: CPU a request (µs) and requests each round"
for round in $(seq 1 "$rounds"); do
  a0=$(ticks "$a"); b0=$(ticks "$b"); load 10s; a1=$(ticks "$a"); b1=$(ticks "$b")
  rate < "$work/a.txt" >/dev/null; rate < "$work/b.txt" >/dev/null
  na=$(requests "$work/a.txt"); nb=$(requests "$work/b.txt")
  ua=$(( (a1 - a0) * 1000000 / $(getconf CLK_TCK) / na )); ub=$(( (b1 - b0) * 1000000 / $(getconf CLK_TCK) / nb ))
  r=$(awk -v a="$ua" -v b="$ub" 'BEGIN {printf "%.2f", b / a}'); ratios+="$r "
  printf 'round %s   A %6s µs (%s requests)   B %6s µs (%s requests)   B/A %s\n' "$round" "$ua" "$na" "$ub" "$nb" "$r"
done
echo "median B/A: $(tr ' ' '\n' <<< "$ratios" | grep . | median)"
