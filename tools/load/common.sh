# Sourced by the load scripts: the demo data they drive, and the steps they share.

# The demo center's clerk, and a customer of it with a certificate (Database__SeedDemoData).
clerk=01930000-0000-7000-8001-000000000001
customer=01930000-0000-7000-9001-000000000001
certificate=01930000-0000-7000-a001-000000000001

wait_ready() { for _ in $(seq 1 400); do curl -sf "$1" >/dev/null && return; sleep 0.025; done; echo "not ready: $1" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# The CPU a process has spent so far, user and system, in clock ticks.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# sign_in_and_register <port>: from a Development instance on that port (the development token route), a
# token for the clerk in $token, and a call registered with it: its body in $body, its id in $call.
sign_in_and_register() {
  token=$(curl -s -X POST "http://127.0.0.1:$1/api/v1/dev/tokens" -H 'Content-Type: application/json' -d "{\"staffId\":\"$clerk\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  body="{\"customerId\":\"$customer\",\"certificateId\":\"$certificate\",\"channel\":\"Phone\",\"receivedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"problem\":\"No cooling\"}"
  call=$(curl -s -X POST "http://127.0.0.1:$1/api/v1/calls" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
}

# rate: reads wrk's report on standard input and prints its requests per second. A round with any answer
# other than 2xx measured failures, not work (the raw floor once answered every register 500 for weeks and
# its "throughput" was compared with the API's), so it ends the script.
rate() {
  local out; out="$(cat)"
  if grep -q 'Non-2xx' <<< "$out"; then
    echo "a round had failed answers, so its rate means nothing:" >&2; echo "$out" >&2
    kill -TERM "$$"; exit 1
  fi
  awk '/Requests\/sec/ {print $2}' <<< "$out"
}
