#!/usr/bin/env bash
# Lints the committed contract (api-specs/openapi.json) with Redocly's recommended rules and Spectral's
# OpenAPI rules, at pinned versions installed from npm into a throwaway folder; fails on any error or
# warning. The rule sets are api-specs/redocly.yaml and api-specs/spectral.yaml.
#
#   tools/contract/lint.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error @redocly/cli@2.77.0 @stoplight/spectral-cli@6.16.3 >/dev/null)

status=0
redocly_out="$("$tools/node_modules/.bin/redocly" lint "$here/api-specs/openapi.json" --config "$here/api-specs/redocly.yaml" 2>&1)" || status=1
# Redocly passes with warnings; the contract may have none.
if grep -Eq '[0-9]+ warnings?\.' <<<"$redocly_out"; then status=1; fi
grep -Ev '^\s*(║|╔|╚)' <<<"$redocly_out" | sed '/^\s*$/d'
"$tools/node_modules/.bin/spectral" lint "$here/api-specs/openapi.json" --ruleset "$here/api-specs/spectral.yaml" --fail-severity=warn || status=1
if [ "$status" -eq 0 ]; then echo "contract lint: clean"; else echo "contract lint: problems above"; fi
exit "$status"
