# Sourced by the load scripts. rate: reads wrk's report on standard input and prints its requests per
# second. A round with any answer other than 2xx measured failures, not work (the raw floor once answered
# every register 500 for weeks and its "throughput" was compared with the API's), so it ends the script.
rate() {
  local out; out="$(cat)"
  if grep -q 'Non-2xx' <<< "$out"; then
    echo "a round had failed answers, so its rate means nothing:" >&2; echo "$out" >&2
    kill -TERM "$$"; exit 1
  fi
  awk '/Requests\/sec/ {print $2}' <<< "$out"
}
