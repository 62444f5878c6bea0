#!/usr/bin/env bash
# Real-corpus gate: generates one module from every page of each API folder in ../shared/corpus,
# compiles it as a standalone package with warnings as errors, and runs its sample tests.
# Prints one summary line per API. Skips (exit 0) when the corpus is not beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${DOC2SWIFT_CORPUS:-../shared/corpus}
if [ ! -d "$corpus" ]; then
  echo "corpus-gate: $corpus not found; skipped"
  exit 0
fi
swift build --product doc2swift >/dev/null
bin=$(swift build --show-bin-path)/doc2swift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for folder in "${@:-superoffice}"; do
  api=$(basename "$folder")
  out="$work/$api"
  "$bin" generate "$corpus/$api" --api "$api" --output "$out" --package "${api}Corpus" 2>"$work/$api.log" || {
    cat "$work/$api.log"; echo "corpus-gate: generation failed for $api"; status=1; continue; }
  warnings=$(grep -c ': warning: ' "$work/$api.log" || true)
  summary=$(grep -E "^$api: " "$work/$api.log" | head -1)
  if (cd "$out" && swift build --build-tests -Xswiftc -warnings-as-errors >"$work/$api.build.log" 2>&1); then
    tests=$(cd "$out" && swift test --skip-build 2>&1 | tee "$work/$api.test.log" | grep -E "Test run with" | tail -1 || true)
    if grep -q "✘" "$work/$api.test.log"; then
      grep "✘" "$work/$api.test.log" | head -20; status=1
    fi
  else
    grep -E "error|warning" "$work/$api.build.log" | head -40; tests="build failed"; status=1
  fi
  echo "corpus-gate: $summary; $warnings warnings; generated sample tests: ${tests:-none}"
done
exit $status
