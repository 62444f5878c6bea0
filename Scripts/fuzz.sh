#!/usr/bin/env bash
# Runs the mutation fuzzers (Tests/Doc2SwiftCoreTests/Fuzz) for a given time per target.
#   Scripts/fuzz.sh [seconds per target, default 60] [target: markdown|extractor|json|mustache|all] [seed]
# Builds the tests in release mode (faster inputs) in .build-fuzz, then runs each target in its own
# process and prints executions per target, crashes (the process died) and hangs (one input ran
# longer than DOC2SWIFT_FUZZ_TIMEOUT seconds, default 10; the input is saved in $TMPDIR).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
target="${2:-all}"
seed="${3:-$RANDOM$RANDOM}"
targets=(markdown extractor json mustache)
[ "$target" = all ] || targets=("$target")
declare -A test_of=([markdown]=markdownReader [extractor]=pageExtractor [json]=jsonSampleParser [mustache]=templateEngine)
swift build --build-tests -c release --scratch-path .build-fuzz -Xswiftc -enable-testing >/dev/null || exit 1
status=0
for name in "${targets[@]}"; do
    log="$(mktemp)"
    DOC2SWIFT_FUZZ_SECONDS="$seconds" DOC2SWIFT_FUZZ_TARGET="$name" DOC2SWIFT_FUZZ_SEED="$seed" \
        swift test -c release --scratch-path .build-fuzz --skip-build -Xswiftc -enable-testing \
        --filter "MutationFuzzTests/${test_of[$name]}" >"$log" 2>&1
    code=$?
    line="$(grep -m1 "^fuzz $name:" "$log")"
    if [ -n "$line" ] && [ $code -eq 0 ]; then
        echo "$line (seed $seed)"
    elif grep -q "fuzz $name: HANG" "$log"; then
        grep "fuzz $name: HANG" "$log"; echo "fuzz $name: 1 hangs (seed $seed)"; status=1
    else
        echo "fuzz $name: CRASH (exit $code, seed $seed); last lines:"; tail -20 "$log"; status=1
    fi
    rm -f "$log"
done
exit $status
