#!/usr/bin/env bash
# OpenAPI gate: exports every API of Input/ and of each shared corpus (../shared/corpus/<name>,
# read with --api <name>) with `doc2swift openapi`, and validates each document as OpenAPI 3.1
# with the Python package openapi-spec-validator. Prints one line per document.
#
# The validator is installed with pip when missing (python3 -m pip install ...); without python3
# or pip the script fails, it never skips. A corpus folder that is absent is reported as skipped.
# DOC2SWIFT_BIN runs an already built executable instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${DOC2SWIFT_CORPUS:-../shared/corpus}
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(superoffice apollo-er onoffice)
requirement='openapi-spec-validator>=0.7,<1'

if ! command -v python3 >/dev/null 2>&1; then
  echo "validate-openapi: error: python3 not found; it is needed to run openapi-spec-validator" >&2
  exit 1
fi
if ! python3 -c 'import openapi_spec_validator' >/dev/null 2>&1; then
  echo "validate-openapi: installing $requirement with pip"
  if ! python3 -m pip install --quiet "$requirement"; then
    echo "validate-openapi: error: could not install $requirement (is pip available?);" \
      "run: python3 -m pip install '$requirement'" >&2
    exit 1
  fi
fi

if [ -n "${DOC2SWIFT_BIN:-}" ]; then
  bin=$DOC2SWIFT_BIN
else
  swift build --product doc2swift >/dev/null
  bin=$(swift build --show-bin-path)/doc2swift
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# Exports one input ($1, extra doc2swift arguments after it) to $work; the export log is shown on failure.
export_documents() {
  local input=$1 log=$2; shift 2
  if ! "$bin" openapi "$input" "$@" >"$log" 2>&1; then
    cat "$log"; echo "validate-openapi: error: export of $input failed"; status=1; return 1
  fi
}

# Validates one document and prints its line.
validate() {
  local document=$1 label=$2 counts
  counts=$(python3 - "$document" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
operations = sum(1 for item in document.get("paths", {}).values() for key in item if key in methods)
print(f"{operations} operations, {len(document.get('components', {}).get('schemas', {}))} schemas")
PY
)
  if output=$(python3 -m openapi_spec_validator --schema 3.1 "$document" 2>&1); then
    echo "validate-openapi: $label: valid OpenAPI 3.1 ($counts)"
  else
    echo "$output" | head -40
    echo "validate-openapi: $label: INVALID ($counts)"; status=1
  fi
}

mkdir -p "$work/Input" "$work/corpus"
if export_documents Input "$work/Input.log" --output "$work/Input"; then
  for document in "$work"/Input/*.openapi.json; do
    validate "$document" "Input/$(basename "$document")"
  done
fi
for name in "${corpora[@]}"; do
  if [ ! -d "$corpus/$name" ]; then
    echo "validate-openapi: corpus $corpus/$name not found; skipped"
    continue
  fi
  document="$work/corpus/$name.openapi.json"
  if export_documents "$corpus/$name" "$work/$name.log" --api "$name" --output "$document"; then
    validate "$document" "corpus/$name.openapi.json"
  fi
done
exit $status
