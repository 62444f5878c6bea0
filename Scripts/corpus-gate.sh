#!/usr/bin/env bash
# Real-corpus gate: generates one module from every page of each API folder in ../shared/corpus,
# compiles it as a standalone package with warnings as errors, and runs its sample tests. It also
# measures coverage: the operations doc2swift finds (`doc2swift schema`) against the endpoint
# declarations Scripts/count-endpoints.py counts in the raw pages without doc2swift, matched by
# (method, normalised path), so coverage = found ∩ declared / declared.
# The "sample tests" column gives the test functions that passed and, in brackets, the cases of
# table-driven tests (one per sample or object example) that ran.
#
# Usage: Scripts/corpus-gate.sh [--min-coverage N] [--scratch-path DIR] [--keep DIR] [FOLDER[=N] ...] [all]
#   FOLDER        a corpus folder, gated: its generation, build and sample tests must pass (exit 1
#                 otherwise), as must its coverage when a threshold applies. Default: superoffice.
#   FOLDER=N      the same, with a coverage threshold of N percent for this folder.
#   all           adds every other folder of the corpus, report-only: its row is printed but never
#                 fails the gate (their parsers are still being written).
#   --min-coverage N   threshold for the named folders without their own (also $DOC2SWIFT_MIN_COVERAGE).
#                 A folder whose pages declare no endpoint (onoffice: one POST for every action)
#                 has no coverage figure ("n/a") and passes any threshold.
#   --scratch-path DIR builds doc2swift there (also $DOC2SWIFT_SCRATCH_PATH; default SwiftPM's .build).
#   --keep DIR    keeps each folder's logs, schema and comparison (declared vs found) in DIR.
# Prints one line per folder as it goes, then a markdown table. Skips (exit 0) when the corpus is
# not beside the checkout. Exit codes: 0 pass, 1 a gated folder failed, 64 usage error.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '/^# Usage:/,/usage error\.$/p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit "${1:-64}"
}

min_coverage=${DOC2SWIFT_MIN_COVERAGE:-}
scratch=${DOC2SWIFT_SCRATCH_PATH:-}
keep=""
include_all=0
named=()
declare -A threshold=()
while [ $# -gt 0 ]; do
  case "$1" in
    --min-coverage) [ $# -ge 2 ] || usage; min_coverage=$2; shift 2 ;;
    --min-coverage=*) min_coverage=${1#*=}; shift ;;
    --scratch-path) [ $# -ge 2 ] || usage; scratch=$2; shift 2 ;;
    --scratch-path=*) scratch=${1#*=}; shift ;;
    --keep) [ $# -ge 2 ] || usage; keep=$2; shift 2 ;;
    --keep=*) keep=${1#*=}; shift ;;
    -h|--help) usage 0 ;;
    -*) echo "corpus-gate: unknown option '$1'" >&2; usage ;;
    all) include_all=1; shift ;;
    *=*) folder=$(basename "${1%%=*}"); named+=("$folder"); threshold[$folder]=${1#*=}; shift ;;
    *) named+=("$(basename "$1")"); shift ;;
  esac
done
for value in "$min_coverage" "${threshold[@]}"; do
  if [ -n "$value" ] && ! [[ "$value" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
    echo "corpus-gate: coverage threshold '$value' is not a number of percent" >&2
    exit 64
  fi
done
if [ ${#named[@]} -eq 0 ] && [ $include_all -eq 0 ]; then named=(superoffice); fi

corpus=${DOC2SWIFT_CORPUS:-../shared/corpus}
if [ ! -d "$corpus" ]; then
  echo "corpus-gate: $corpus not found; skipped"
  exit 0
fi
folders=("${named[@]}")
declare -A gated=()
for folder in "${named[@]}"; do
  gated[$folder]=1
  [ -d "$corpus/$folder" ] || { echo "corpus-gate: no folder '$folder' in $corpus" >&2; exit 64; }
done
if [ $include_all -eq 1 ]; then
  for path in "$corpus"/*/; do
    folder=$(basename "$path")
    [ -n "${gated[$folder]:-}" ] || folders+=("$folder")
  done
fi

build_flags=()
[ -n "$scratch" ] && build_flags=(--scratch-path "$scratch")
swift build "${build_flags[@]}" --product doc2swift >/dev/null
bin=$(swift build "${build_flags[@]}" --show-bin-path)/doc2swift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "$keep" ] && mkdir -p "$keep"

# Prints "found distinct-found" and writes the schema's operations as [method, path] pairs.
operation_pairs() {
  python3 - "$1" "$2" <<'PY'
import json, sys
schemas = json.load(open(sys.argv[1], encoding="utf-8"))
pairs = [[op["method"], op["path"]] for api in schemas for op in api.get("operations", [])]
json.dump(pairs, open(sys.argv[2], "w", encoding="utf-8"))
PY
}

# Reads a count-endpoints --compare result: "declared matched foundDistinct extra first-missing…".
comparison() {
  python3 - "$1" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
print(c["declared"], c["matched"], c["foundDistinct"], len(c["extra"]), "; ".join(c["missing"][:3]) or "-")
PY
}

# Whether $1 (a percentage) is below $2.
below() { python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)' "$1" "$2"; }

status=0
rows=()
for folder in "${folders[@]}"; do
  api=$folder
  out="$work/$api"
  log="$work/$api.log"
  is_gated=${gated[$folder]:-}
  limit=""
  if [ -n "$is_gated" ]; then limit=${threshold[$folder]:-$min_coverage}; fi
  failures=()
  build="-"; tests="-"; samples="-"; warnings="-"; found="-"; declared="-"; matched="-"; coverage="-"; extra="-"
  if "$bin" generate "$corpus/$api" --api "$api" --output "$out" --package "${api}Corpus" 2>"$log"; then
    warnings=$(grep -c ': warning: ' "$log" || true)
    summary=$(grep -E "^$api: " "$log" | head -1 || true)
    samples=$(sed -nE 's/.*, ([0-9]+ of [0-9]+) samples tested.*/\1/p' <<<"$summary")
    samples=${samples:--}
    "$bin" schema "$corpus/$api" --api "$api" >"$work/$api.schema.json" 2>/dev/null || echo "[]" >"$work/$api.schema.json"
    operation_pairs "$work/$api.schema.json" "$work/$api.found.json"
    found=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/$api.found.json")
    Scripts/count-endpoints.py --corpus "$corpus" --compare "$api" "$work/$api.found.json" >"$work/$api.compare.json"
    read -r declared matched distinct extra missing <<<"$(comparison "$work/$api.compare.json")"
    [ "$distinct" = "$found" ] || found="$found ($distinct distinct)"
    if [ "$declared" -gt 0 ]; then
      coverage=$(python3 -c 'import sys; print("%.1f" % (100.0 * int(sys.argv[1]) / int(sys.argv[2])))' "$matched" "$declared")
      if [ -n "$limit" ] && below "$coverage" "$limit"; then failures+=("coverage $coverage% < $limit%"); fi
    else
      coverage="n/a"
    fi
    if [ "$distinct" -eq 0 ]; then
      build="skipped (no operations)"
      [ -n "$is_gated" ] && failures+=("no operations")
    elif (cd "$out" && swift build --build-tests -Xswiftc -warnings-as-errors >"$work/$api.build.log" 2>&1); then
      build="ok"
      test_status=0
      (cd "$out" && swift test --skip-build >"$work/$api.test.log" 2>&1) || test_status=$?
      line=$(grep -E "Test run with" "$work/$api.test.log" | tail -1 || true)
      count=$(sed -nE 's/.*Test run with ([0-9]+) tests?.*/\1/p' <<<"$line")
      # A table-driven test runs one case per sample or example: the cases say how many ran.
      cases=$(grep -c "Test case passing" "$work/$api.test.log" || true)
      if grep -q "✘" "$work/$api.test.log" || [ "$test_status" -ne 0 ]; then
        tests="failed${count:+ ($count tests)}"
        failures+=("sample tests failed")
        [ -n "$is_gated" ] && grep "✘" "$work/$api.test.log" | head -20
      else
        tests="${count:-0} passed"
        if [ "${cases:-0}" -gt 0 ]; then tests="$tests ($cases cases)"; fi
      fi
    else
      build="failed"
      failures+=("build failed")
      [ -n "$is_gated" ] && grep -E "error|warning" "$work/$api.build.log" | head -40
    fi
  else
    [ -n "$is_gated" ] && cat "$log"
    build="generation failed"
    failures+=("generation failed")
  fi
  if [ ${#failures[@]} -eq 0 ]; then
    verdict="pass"
  elif [ -n "$is_gated" ]; then
    verdict="FAIL: $(IFS=,; echo "${failures[*]}")"
    status=1
  else
    verdict="report only: $(IFS=,; echo "${failures[*]}")"
  fi
  case "$coverage" in
    n/a|-) coverage_cell=$coverage ;;
    *) coverage_cell="$coverage%" ;;
  esac
  if [ -n "$limit" ]; then coverage_cell="$coverage_cell (min $limit%)"; fi
  echo "corpus-gate: ${summary:-$api: no summary}; $warnings warnings; operations found $found, declared $declared," \
    "matched $matched, coverage $coverage_cell; build $build;" \
    "sample tests $tests; $verdict"
  if [ "$declared" != "-" ] && [ "$matched" != "$declared" ]; then
    echo "corpus-gate: $api: declared but not found, first: $missing"
  fi
  rows+=("| $api | $found | $declared | $matched | $coverage_cell | $extra | $samples | $warnings | $build | $tests | $verdict |")
  if [ -n "$keep" ]; then
    cp "$work/$api".* "$keep/" 2>/dev/null || true
  fi
  unset summary missing
done

echo
echo "| folder | operations found | declared | matched | coverage | found, not declared | samples tested | warnings | build | sample tests | gate |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $status
