#!/usr/bin/env bash
# OpenAPI gate: exports every API of Input/ and of each shared corpus (../shared/corpus/<name>,
# read with --api <name>; by default every folder of the corpus) with `doc2swift openapi`, and
# validates each document as OpenAPI 3.1 with the Python package openapi-spec-validator; a schema
# that constrains nothing (`{}`, or annotations only) also fails. Prints one line per document.
#
# The validator is installed with pip when missing (python3 -m pip install ...); without python3
# or pip the script fails, it never skips. A corpus folder that is absent is reported as skipped.
# DOC2SWIFT_BIN runs an already built executable instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${DOC2SWIFT_CORPUS:-../shared/corpus}
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ] && [ -d "$corpus" ]; then
  # Every folder of the corpus, in name order.
  while IFS= read -r folder; do corpora+=("$folder"); done < <(cd "$corpus" && find . -mindepth 1 -maxdepth 1 -type d \
    | sed 's|^\./||' | LC_ALL=C sort)
fi
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
# A schema of annotations only (`{}` with a description) says nothing a consumer can use;
# generators warn on it. Every property and component schema must constrain something.
annotations = {"description", "title", "examples", "example", "default", "deprecated"}
def empty(schema):
    return isinstance(schema, dict) and not any(k for k in schema if k not in annotations and not k.startswith("x-"))
empties = [f"{name}.{prop}" for name, schema in document.get("components", {}).get("schemas", {}).items()
           for prop, value in (schema.get("properties") or {}).items() if empty(value)]
empties += [name for name, schema in document.get("components", {}).get("schemas", {}).items() if empty(schema)]
print(f"{operations} operations, {len(document.get('components', {}).get('schemas', {}))} schemas, "
      f"{len(empties)} empty schemas" + (f" (first: {', '.join(empties[:3])})" if empties else ""))
PY
)
  if [[ "$counts" != *" 0 empty schemas"* ]]; then
    echo "validate-openapi: $label: has schemas that constrain nothing ($counts)"; status=1
  elif output=$(python3 -m openapi_spec_validator --schema 3.1 "$document" 2>&1); then
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
