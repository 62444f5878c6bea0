#!/usr/bin/env bash
# Loopback replay gate: drives every documented operation that has samples through the generated
# client over a real socket. For each target it writes the schema (`doc2swift schema`), starts
# Scripts/replay-server.py on 127.0.0.1 (a free port chosen at run time), runs the generated
# replay tests (`swift test --filter Replay`) with DOC2SWIFT_REPLAY_URL pointing at it, stops the
# server, and prints per API how many operations were exchanged and which were not, and why.
#
#   Scripts/replay-gate.sh [seeds] [superoffice] [apollo-er] [onoffice]     (default: seeds superoffice)
#
# `seeds` uses the committed Generated/ modules of this package (built and tested in place);
# a corpus folder of ../shared/corpus (DOC2SWIFT_CORPUS) is generated into a temporary package,
# compiled with warnings as errors and tested there; a missing corpus is skipped.
# DOC2SWIFT_SCRATCH_PATH sets SwiftPM's --scratch-path for this package's builds.
# Needs python3 (standard library only). Exits non-zero when a test fails, a request differs
# from its sample, or a generated replay test did not reach the server.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
corpus=${DOC2SWIFT_CORPUS:-../shared/corpus}
scratch=()
if [ -n "${DOC2SWIFT_SCRATCH_PATH:-}" ]; then scratch=(--scratch-path "$DOC2SWIFT_SCRATCH_PATH"); fi
# Loopback must never go through a proxy.
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"

work=$(mktemp -d)
server_pid=""
stop_server() {
  [ -n "$server_pid" ] || return 0
  if kill -0 "$server_pid" 2>/dev/null; then
    python3 - "$1" <<'PY' >/dev/null 2>&1 || true
import sys, urllib.request
request = urllib.request.Request(sys.argv[1] + "/__replay/shutdown", method="POST")
urllib.request.urlopen(request, timeout=5).read()
PY
    # Bounded wait: 50 × 0.1 s, then a kill.
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$server_pid" 2>/dev/null || true
  fi
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() { stop_server "${base_url:-http://127.0.0.1:1}"; rm -rf "$work"; }
trap cleanup EXIT

swift build "${scratch[@]}" --product doc2swift >/dev/null
bin=$(swift build "${scratch[@]}" --show-bin-path)/doc2swift
status=0

for target in "${@:-seeds superoffice}"; do
  for name in $target; do
    if [ "$name" = seeds ]; then
      package=$root
      schema_args=(Input)
      test_args=("${scratch[@]}")
      swift build "${scratch[@]}" --build-tests >"$work/$name.build.log" 2>&1 || {
        grep -E "error|warning" "$work/$name.build.log" | head -40; echo "replay-gate: build failed for $name"; status=1; continue; }
    else
      if [ ! -d "$corpus/$name" ]; then echo "replay-gate: $corpus/$name not found; skipped"; continue; fi
      package=$work/$name
      # The seeds' API names, so that modules and clients are named as in Generated/.
      case "$name" in
        superoffice) api=SuperOffice ;;
        apollo-er) api=ApolloER ;;
        onoffice) api=onOffice ;;
        *) api=$name ;;
      esac
      schema_args=("$corpus/$name" --api "$api")
      test_args=()
      "$bin" generate "$corpus/$name" --api "$api" --output "$package" --package "${api}Replay" >"$work/$name.gen.log" 2>&1 || {
        cat "$work/$name.gen.log"; echo "replay-gate: generation failed for $name"; status=1; continue; }
      (cd "$package" && swift build --build-tests -Xswiftc -warnings-as-errors >"$work/$name.build.log" 2>&1) || {
        grep -E "error|warning" "$work/$name.build.log" | head -40; echo "replay-gate: build failed for $name"; status=1; continue; }
    fi
    "$bin" schema "${schema_args[@]}" >"$work/$name.schema.json" 2>/dev/null

    rm -f "$work/port"
    python3 Scripts/replay-server.py --schema "$work/$name.schema.json" --port-file "$work/port" \
      --summary-file "$work/$name.summary.json" --idle-timeout 300 --max-lifetime 3600 2>"$work/$name.server.log" &
    server_pid=$!
    for _ in $(seq 1 100); do [ -s "$work/port" ] && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    if [ ! -s "$work/port" ]; then
      cat "$work/$name.server.log"; echo "replay-gate: the replay server did not start"; status=1; server_pid=""; continue
    fi
    base_url="http://127.0.0.1:$(tr -d '[:space:]' <"$work/port")"

    tests_ok=1
    (cd "$package" && DOC2SWIFT_REPLAY_URL=$base_url swift test "${test_args[@]}" --skip-build --filter Replay) \
      >"$work/$name.test.log" 2>&1 || tests_ok=0
    stop_server "$base_url"
    if grep -q "✘" "$work/$name.test.log"; then
      grep -E "✘|differs|expected|- " "$work/$name.test.log" | head -60; tests_ok=0
    fi
    summary_line=$(grep -E "Test run with" "$work/$name.test.log" | tail -1 || true)
    python3 - "$work/$name.schema.json" "$work/$name.summary.json" "$package" "$name" "${summary_line:-no test summary}" <<'PY' || status=1
import json, os, re, sys
schema_path, summary_path, package, target, tests = sys.argv[1:6]
apis = json.load(open(schema_path, encoding="utf-8"))
ledger = json.load(open(summary_path, encoding="utf-8")).get("apis", {}) if os.path.exists(summary_path) else {}
expected = {}
pattern = re.compile(r'ReplayServer\.exchange\(api: "((?:[^"\\]|\\.)*)", operationID: "((?:[^"\\]|\\.)*)"')
for folder, _, files in os.walk(os.path.join(package, "Generated", "Tests") if target == "seeds" else os.path.join(package, "Tests")):
    if os.path.basename(folder) != "Replay":
        continue
    for file in files:
        for api, operation in pattern.findall(open(os.path.join(folder, file), encoding="utf-8").read()):
            expected.setdefault(api, set()).add(operation)
failed = False
for api in apis:
    name = api["name"]
    operations = api["operations"]
    with_samples = [o for o in operations if o["requestSamples"] or o["responseSamples"]]
    exchanged = ledger.get(name, {})
    both = sum(1 for e in exchanged.values() if e["withSampleRequest"] and e["withSampleResponse"])
    request_only = sum(1 for e in exchanged.values() if e["withSampleRequest"] and not e["withSampleResponse"])
    response_only = sum(1 for e in exchanged.values() if e["withSampleResponse"] and not e["withSampleRequest"])
    body_unchecked = sum(1 for e in exchanged.values() if e.get("bodyUnchecked"))
    matched = sum(e["matched"] for e in exchanged.values())
    mismatched = sum(e["mismatched"] for e in exchanged.values())
    print("replay-gate: %s (%s): %d operations, %d with samples; %d exchanged over 127.0.0.1 "
          "(%d with sample request and response, %d sample request with a documented response, "
          "%d sample response to a request checked against the documented endpoint; "
          "%d whose sample request shows no body, compared without it); "
          "%d requests matched, %d differed; %s"
          % (name, target, len(operations), len(with_samples), len(exchanged), both, request_only, response_only,
             body_unchecked, matched, mismatched, tests))
    for operation_id, entry in sorted(exchanged.items()):
        for differences in entry["differences"][:3]:
            print("  %s differs: %s" % (operation_id, "; ".join(differences)))
    missing = expected.get(name, set()) - set(exchanged)
    for operation_id in sorted(missing):
        print("  %s: has replay tests but sent nothing to the server" % operation_id)
    for operation in with_samples:
        if operation["id"] in exchanged or operation["id"] in expected.get(name, set()):
            continue
        reasons = [s.get("untestedReason") for s in operation["requestSamples"] + operation["responseSamples"]]
        reasons = [r for r in reasons if r] or ["its samples cannot be rebuilt with the client"]
        print("  not exchanged: %s (%s)" % (operation["id"], "; ".join(sorted(set(reasons)))))
    failed = failed or bool(missing) or mismatched > 0
sys.exit(1 if failed else 0)
PY
    if [ "$tests_ok" = 0 ]; then
      echo "replay-gate: replay tests failed for $name (log: swift test --filter Replay)"; tail -30 "$work/$name.test.log"; status=1
    fi
  done
done
exit $status
