#!/usr/bin/env bash
# Runs the coverage-guided libFuzzer targets (Scripts/Fuzz/*.swift) for a given time or number of runs each.
#   Scripts/libfuzzer.sh [seconds per target, default 60 | --runs N] [target: markdown|extractor|json|mustache|all]
# The targets drive the same calls as the mutation fuzzer (Tests/Doc2SwiftCoreTests/Fuzz, Scripts/fuzz.sh):
#   markdown   BlockReader.read, and every reader issue must point at a line of the page
#   extractor  BlockReader.read then PageExtractor.extract
#   json       JSONParser.parse, and what parses must parse again from its compact form
#   mustache   Template(name:source:) then TemplateSet.render, with the render limits lowered (see the entry file)
# Steps:
#   1. builds the library targets in release with coverage instrumentation (swiftc -sanitize=fuzzer)
#      in .build-libfuzzer/build (SwiftPM scratch path; never touches .build);
#   2. links each entry file against the built objects with `swiftc -sanitize=fuzzer -O -parse-as-library`
#      into .build-libfuzzer/bin/<target>;
#   3. builds a seed corpus in a temporary folder from the real pages (Input/**/*.md, ../shared/seeds/*.md,
#      ../shared/corpus/**/*.md, Tests/doc2swiftTests/Fixtures/Adversarial/**); for json the code-fence
#      bodies of those pages from their first line starting with `{` or `[`; for mustache Templates/*.mustache;
#   4. runs the targets one after the other (one process at a time), with -timeout=10 (an input running
#      longer than 10 s is a hang), -rss_limit_mb=2048 and -max_len 16384 (pages, JSON) or 20480 (templates).
# Prints `libfuzzer <target>: <N> executions in <S> s, <C> crashes, <H> hangs` per target; N is libFuzzer's
# stat::number_of_executed_units. libFuzzer stops a target at its first crash, hang or out-of-memory. The input is
# saved in $LIBFUZZER_FINDINGS (default ${TMPDIR:-/tmp}/libfuzzer-findings) as
# <target>-<time>-{crash,timeout,oom}-<sha1>, the log with the demangled stack trace as <target>-<time>-log.txt.
# Replay an input with `.build-libfuzzer/bin/<target> <file>` (without SWIFT_BACKTRACE=enable=no the Swift
# runtime prints its own backtrace instead of libFuzzer's).
# Exits non-zero when the build fails or any target crashed or hung.
# Environment:
#   LIBFUZZER_ASAN=1     also instrument with AddressSanitizer (checks the UnsafeBufferPointer code that -O does
#                        not bounds-check; 3-4x slower); builds in .build-libfuzzer/build-asan, bin-asan
#   LIBFUZZER_FINDINGS   folder for crashing / hanging inputs
#   LIBFUZZER_FLAGS      extra libFuzzer flags, e.g. "-seed=1 -only_ascii=1"
#   LIBFUZZER_JOBS       worker processes per target (default 1). They share one corpus folder, so an input one
#                        finds is picked up by the others (libFuzzer re-reads the folder); with --runs N each runs
#                        N/jobs inputs, and the printed executions are the sum over the workers. Use the number of
#                        cores for long runs.
set -uo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '3p' "$0" | sed 's/^# *//' >&2; exit 2; }
seconds=60
runs=""
if [ "${1:-}" = --runs ]; then
    runs="${2:-}"; [[ "$runs" =~ ^[0-9]+$ ]] || usage; shift 2
elif [ $# -gt 0 ]; then
    seconds="$1"; [[ "$seconds" =~ ^[0-9]+$ ]] || usage; shift
fi
target="${1:-all}"
targets=(markdown extractor json mustache)
case "$target" in
    all) ;;
    markdown|extractor|json|mustache) targets=("$target") ;;
    *) usage ;;
esac

declare -A source_of=([markdown]=FuzzMarkdownReader [extractor]=FuzzPageExtractor
                      [json]=FuzzJSONSample [mustache]=FuzzTemplateEngine)
declare -A modules_of=([markdown]="MarkdownBlocks" [extractor]="MarkdownBlocks OrderedJSON Mustache Doc2SwiftCore"
                       [json]="OrderedJSON" [mustache]="Mustache")
declare -A max_len_of=([markdown]=16384 [extractor]=16384 [json]=16384 [mustache]=20480)

sanitizers=fuzzer
suffix=""
if [ "${LIBFUZZER_ASAN:-0}" = 1 ]; then sanitizers=fuzzer,address; suffix=-asan; fi
scratch=".build-libfuzzer/build$suffix"
bin_dir=".build-libfuzzer/bin$suffix"
findings="${LIBFUZZER_FINDINGS:-${TMPDIR:-/tmp}/libfuzzer-findings}"
mkdir -p "$bin_dir" "$findings" || exit 1
findings="$(cd "$findings" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/libfuzzer.XXXXXX")" || exit 1
trap 'rm -rf "$work"' EXIT

# 1. The instrumented library objects and modules. (gold warns about every ASan symbol it cannot export.)
# A source file edited while swiftc reads it fails the build; that is retried (twice).
filter_link_noise() { grep -v "Cannot export local symbol" || true; }
for attempt in 1 2 3; do
    swift build -c release --scratch-path "$scratch" --target Doc2SwiftCore \
        -Xswiftc "-sanitize=$sanitizers" >"$work/build.log" 2>&1 && break
    if [ $attempt -eq 3 ] || ! grep -q "was modified during the build" "$work/build.log"; then
        echo "libfuzzer: swift build failed:"; filter_link_noise <"$work/build.log" | tail -30; exit 1
    fi
done
products="$(swift build -c release --scratch-path "$scratch" --show-bin-path)" || exit 1

# 2. One fuzzer binary per target: the entry file linked with the objects of the modules it needs.
for name in "${targets[@]}"; do
    objects=()
    for module in ${modules_of[$name]}; do objects+=("$products/$module.build"/*.o); done
    if ! swiftc -sanitize="$sanitizers" -O -parse-as-library -swift-version 6 -g -I "$products/Modules" \
            "Scripts/Fuzz/${source_of[$name]}.swift" "${objects[@]}" -o "$bin_dir/$name" >"$work/link.log" 2>&1; then
        echo "libfuzzer: linking $name failed:"; filter_link_noise <"$work/link.log" | tail -30; exit 1
    fi
done

# 3. Seed corpora.
mkdir -p "$work/seeds/pages" "$work/seeds/json" "$work/seeds/mustache"
{
    for folder in Input ../shared/corpus; do [ -d "$folder" ] && find "$folder" -type f -name '*.md'; done
    [ -d ../shared/seeds ] && find ../shared/seeds -maxdepth 1 -type f -name '*.md'
    [ -d Tests/doc2swiftTests/Fixtures/Adversarial ] && find Tests/doc2swiftTests/Fixtures/Adversarial -type f
} | sort | while IFS= read -r page; do
    cp "$page" "$work/seeds/pages/$(echo "$page" | sed 's|^\.*/*||; s|/|_|g')"
done
# Code fences (``` or ~~~) from their first line starting with `{` or `[` to the closing fence.
find "$work/seeds/pages" -type f -name '*.md' -print0 | xargs -0 awk -v out="$work/seeds/json" '
    function flush() { if (json) { file = sprintf("%s/%s-%03d.json", out, page, ++count); printf "%s", body > file; close(file) }
                       fenced = 0; json = 0; body = "" }
    FNR == 1 { flush(); page = FILENAME; sub(/.*\//, "", page); count = 0 }
    /^[ \t]*(```|~~~)/ { if (fenced) flush(); else fenced = 1; next }
    fenced && !json && /^[ \t]*[[{]/ { json = 1 }
    json { body = body $0 "\n" }
    END { flush() }'
printf '%s' '{"a": [1, 2.5e3, true, null, "x\u00e9\n"], "b": {}}' >"$work/seeds/json/sample.json"
cp Templates/*.mustache "$work/seeds/mustache/" 2>/dev/null
printf '%s' '{{#items}}{{name}}{{^last}}, {{/last}}{{/items}}{{! note }}{{> other}}' >"$work/seeds/mustache/hand.mustache"
declare -A seeds_of=([markdown]=pages [extractor]=pages [json]=json [mustache]=mustache)

# 4. Run each target; new inputs go to a scratch corpus folder, the seeds stay as they are.
jobs="${LIBFUZZER_JOBS:-1}"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "libfuzzer: LIBFUZZER_JOBS must be a positive number, not '$jobs'" >&2; exit 2; }
if [ -n "$runs" ]; then limit="-runs=$(( (runs + jobs - 1) / jobs ))"; else limit="-max_total_time=$seconds"; fi
demangle() { if command -v swift-demangle >/dev/null; then swift-demangle --simplified; else cat; fi; }
status=0
for name in "${targets[@]}"; do
    corpus="$work/corpus-$name"; log="$work/$name.log"
    mkdir -p "$corpus"
    prefix="$findings/$name-$(date +%Y%m%d-%H%M%S)-"
    started="$(date +%s.%N)"
    # SWIFT_BACKTRACE=enable=no: let libFuzzer catch a Swift trap (SIGILL) and save the input.
    # Leak checks are off: the Swift runtime keeps caches until exit that LeakSanitizer reports.
    pids=()
    for ((job = 1; job <= jobs; job++)); do
        # shellcheck disable=SC2086
        SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
            "$bin_dir/$name" "$limit" -max_len="${max_len_of[$name]}" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$prefix" ${LIBFUZZER_FLAGS:-} \
            "$corpus" "$work/seeds/${seeds_of[$name]}" >"$log.$job" 2>&1 &
        pids+=($!)
    done
    code=0
    for pid in "${pids[@]}"; do wait "$pid" || code=$?; done
    elapsed="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
    executions=0
    for ((job = 1; job <= jobs; job++)); do
        count="$(grep 'stat::number_of_executed_units:' "$log.$job" | tail -1 | awk '{ print $2 }')"
        [ -n "$count" ] || count="$(grep -o '^#[0-9]*' "$log.$job" | tail -1 | tr -d '#')"
        executions=$(( executions + ${count:-0} ))
    done
    cat "$log".* >"$log"
    crashes=$(find "$findings" -maxdepth 1 -type f \( -name "${prefix##*/}crash-*" -o -name "${prefix##*/}oom-*" \
        -o -name "${prefix##*/}leak-*" \) | wc -l)
    hangs=$(find "$findings" -maxdepth 1 -type f -name "${prefix##*/}timeout-*" | wc -l)
    # A process that died without libFuzzer saving the input still counts as a crash.
    if [ "$code" -ne 0 ] && [ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]; then crashes=1; fi
    echo "libfuzzer $name: $executions executions in $elapsed s ($jobs worker$([ "$jobs" -gt 1 ] && echo s)), $crashes crashes, $hangs hangs"
    if [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ] || [ "$hangs" -ne 0 ]; then
        status=1
        demangle <"$log" | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|INITED|RELOAD)' >"${prefix}log.txt"
        echo "  exit $code; inputs and log (${prefix}log.txt):"
        find "$findings" -maxdepth 1 -type f -name "${prefix##*/}*" ! -name '*log.txt' | sed 's/^/    /'
        grep -v -E '^(0x|  *0x|r[0-9a-z]+ 0x|rflags|cs 0x)' "${prefix}log.txt" | tail -40 | sed 's/^/  | /'
    fi
done
exit $status
