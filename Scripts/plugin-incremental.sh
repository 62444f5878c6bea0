#!/usr/bin/env bash
# Shows how the build plugin behaves in a user's package: builds a copy of
# Examples/PluginConsumer from clean, runs its tests, then checks that
#   1. a build with no change runs no generation and compiles nothing,
#   2. a one-page edit regenerates and recompiles only that page's files.
# Prints the three build times. Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R Examples/PluginConsumer "$work/consumer"
rm -rf "$work/consumer/.build"
cd "$work/consumer"
# The copy lives elsewhere, so point its dependency at this checkout.
sed -i.bak "s|path: \"../..\"|path: \"$root\"|" Package.swift && rm Package.swift.bak

fail() { echo "plugin-incremental: FAIL: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

start=$(now)
swift build --build-tests >"$work/clean.log" 2>&1 || { cat "$work/clean.log"; fail "clean build failed"; }
clean=$(elapsed "$start" "$(now)")
grep -q "doc2swift: generating SDK for RelationsSDK" "$work/clean.log" || fail "clean build did not generate"
grep -qE "superoffice-put-relation-id.md:[0-9]+:[0-9]+: warning: " "$work/clean.log" \
  || fail "generator diagnostics are not shown as file:line:col in the build output"
swift test --skip-build >"$work/test.log" 2>&1 || { cat "$work/test.log"; fail "tests failed"; }
tests=$(grep -E "Test run with" "$work/test.log" | tail -1)

# SwiftPM re-checks outputs that were written during the previous build, so the first build after
# a clean one runs the generator once more; it rewrites nothing, so nothing may be compiled.
swift build --build-tests >"$work/settle.log" 2>&1
if grep -q "Compiling RelationsSDK" "$work/settle.log"; then fail "the build after the clean build compiled RelationsSDK again"; fi

start=$(now)
swift build --build-tests >"$work/noop.log" 2>&1
noop=$(elapsed "$start" "$(now)")
if grep -q "doc2swift: generating" "$work/noop.log"; then fail "a build with no change ran the generator"; fi
if grep -q "Compiling RelationsSDK" "$work/noop.log"; then fail "a build with no change compiled RelationsSDK"; fi

generated=$(find .build -type d -path "*/RelationsSDK/*/Doc2SwiftBuildPlugin/GeneratedSources" | head -1)
[ -n "$generated" ] || fail "cannot find the plugin's output folder"
stamp="$work/stamp"
touch "$stamp"
sleep 1
# One page edit: a property description on the POST page.
sed -i.bak 's/| Comment | String | Comment for relation |/| Comment | String | Comment for the relation |/' \
  Sources/RelationsSDK/docs/superoffice-post-relation.md && rm Sources/RelationsSDK/docs/superoffice-post-relation.md.bak
start=$(now)
swift build --build-tests >"$work/edit.log" 2>&1 || { cat "$work/edit.log"; fail "build after the edit failed"; }
edit=$(elapsed "$start" "$(now)")
grep -q "doc2swift: generating SDK for RelationsSDK" "$work/edit.log" || fail "the edit did not regenerate"
rewritten=$(cd "$generated" && find . -name "*.swift" -newer "$stamp" | sed 's|^\./||' | sort | tr '\n' ' ')
# What the compiler was asked to compile (an object file may be left untouched when its code did not change).
recompiled=$(grep -oE "Compiling RelationsSDK [^ ]+" "$work/edit.log" | sed 's/Compiling RelationsSDK //' | sort | tr '\n' ' ')
[ "$rewritten" = "docs_superoffice-post-relation.swift " ] || fail "rewritten sources: '$rewritten' (expected only the edited page's file)"
case "$recompiled" in
  "docs_superoffice-post-relation.swift ") ;;
  *) fail "recompiled files: '$recompiled' (expected only the edited page's file)";;
esac
echo "plugin-incremental: clean build ${clean}s ($tests), no-op build ${noop}s (no generation, nothing compiled), one-page edit ${edit}s (rewrote: ${rewritten}recompiled: ${recompiled})"
