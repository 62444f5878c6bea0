import Foundation

/// The benchmark's command line. Parsing is by hand, like the CLI's: the package takes no dependencies.
struct BenchOptions {
    /// Page counts of the synthetic corpora, smallest first.
    var sizes = [300, 3_000, 30_000]
    /// Also time a cold debug build of generated modules and their tests.
    var compile = false
    /// `--compile-only`: skip the generation sizes.
    var compileOnly = false
    /// Corpus folders built on their own by `--compile`.
    var compileFolders = ["superoffice"]
    /// Page count of the synthetic corpus `--compile` builds; 0 skips it.
    var compilePages = 3_000
    /// Property counts of the one-type page `--compile` builds.
    var wideSizes = [250, 1_000]
    /// Query parameter counts of the one-request page `--compile` builds (none by default).
    var wideParameterSizes: [Int] = []
    /// Also time clean debug and release builds of the `doc2swift` executable.
    var toolBuild = false
    /// Skip the regeneration that ignores the stamp (it doubles the time of each size).
    var regenerate = true
    /// Where the real pages live (`../shared/corpus` beside the checkout by default).
    var corpusRoot: URL
    /// The package root, for `--tool-build` and the default corpus location.
    var packageRoot: URL
    /// Child mode: measure one size whose corpus the parent already wrote to `input`.
    var one: Int?
    /// Child mode: the synthetic corpus folder, and where to generate (default: beside it).
    var input: URL?
    var output: URL?
    /// `--write-corpus SIZE DIR`: only write a synthetic corpus (to profile the CLI on it).
    var writeCorpus: (size: Int, folder: URL)?

    static let usage = """
        Usage: doc2swift-bench [--sizes 300,3000,30000] [--compile] [--tool-build] [--no-regenerate] [--corpus DIR]
                       [--package-path DIR] [--compile-only] [--compile-folders LIST] [--compile-pages N]
                       [--wide LIST] [--wide-params LIST]

          --sizes LIST      page counts of the synthetic corpora (default 300,3000,30000)
          --compile         cold debug build time of generated modules and, apart, of their tests: the
                            seeds (Input/), each --compile-folders folder, a synthetic corpus of
                            --compile-pages pages, and one page whose type has --wide properties
          --compile-only    --compile without the generation sizes
          --compile-folders LIST
                            corpus folders to build (default superoffice; "none" for none)
          --compile-pages N pages of the synthetic corpus to build (default 3000; 0 skips it)
          --wide LIST       property counts of the one-type page (default 250,1000; "none" for none)
          --wide-params LIST
                            query parameter counts of a one-request page (GET, every parameter
                            optional), built like --wide (default none)
          --tool-build      clean debug and release build time of the doc2swift executable
          --no-regenerate   skip the second full generation that ignores the re-run stamp
          --corpus DIR      the real pages to replicate (default <package>/../shared/corpus)
          --package-path    the doc2swift checkout (default: found from this source file)
          --write-corpus SIZE DIR
                            only write a synthetic corpus of SIZE pages to DIR (for profiling
                            `doc2swift generate DIR --output …`), then exit
        """

    struct UsageError: Error {
        var message: String
    }

    /// The package root as seen from this file: `Sources/doc2swift-bench/BenchOptions.swift`.
    static let defaultPackageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
        var options = BenchOptions(corpusRoot: URL(fileURLWithPath: "/"), packageRoot: defaultPackageRoot)
        var corpus: String?
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--compile": options.compile = true
            case "--compile-only":
                options.compile = true
                options.compileOnly = true
            case "--compile-folders":
                let list = try value(for: argument, in: &remaining)
                options.compileFolders = list == "none" ? [] : list.split(separator: ",").map(String.init)
            case "--compile-pages":
                guard let pages = Int(try value(for: argument, in: &remaining)), pages >= 0 else {
                    throw UsageError(message: "--compile-pages needs a page count (0 to skip)")
                }
                options.compilePages = pages
            case "--wide":
                let list = try value(for: argument, in: &remaining)
                options.wideSizes = list == "none" ? [] : try sizes(list)
            case "--wide-params":
                let list = try value(for: argument, in: &remaining)
                options.wideParameterSizes = list == "none" ? [] : try sizes(list)
            case "--tool-build": options.toolBuild = true
            case "--no-regenerate": options.regenerate = false
            case "--sizes": options.sizes = try sizes(try value(for: argument, in: &remaining))
            case "--corpus": corpus = try value(for: argument, in: &remaining)
            case "--package-path": options.packageRoot = URL(fileURLWithPath: try value(for: argument, in: &remaining))
            case "--one":
                guard let size = Int(try value(for: argument, in: &remaining)), size > 0 else {
                    throw UsageError(message: "--one needs a page count")
                }
                options.one = size
            case "--write-corpus":
                guard let size = Int(try value(for: argument, in: &remaining)), size > 0 else {
                    throw UsageError(message: "--write-corpus needs a page count and a folder")
                }
                options.writeCorpus = (size, URL(fileURLWithPath: try value(for: argument, in: &remaining)))
            case "--input": options.input = URL(fileURLWithPath: try value(for: argument, in: &remaining))
            case "--output": options.output = URL(fileURLWithPath: try value(for: argument, in: &remaining))
            default: throw UsageError(message: "unknown argument '\(argument)'")
            }
        }
        options.corpusRoot = corpus.map { URL(fileURLWithPath: $0) }
            ?? options.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return options
    }

    static func value(for option: String, in remaining: inout ArraySlice<String>) throws(UsageError) -> String {
        guard let value = remaining.popFirst() else { throw UsageError(message: "\(option) needs a value") }
        return value
    }

    /// `300,3000` or `300,3_000` → `[300, 3000]`, sorted.
    static func sizes(_ text: String) throws(UsageError) -> [Int] {
        var sizes: [Int] = []
        for part in text.split(separator: ",") {
            guard let size = Int(part.replacingOccurrences(of: "_", with: "")), size > 0 else {
                throw UsageError(message: "--sizes takes positive page counts separated by commas, not '\(text)'")
            }
            sizes.append(size)
        }
        guard !sizes.isEmpty else { throw UsageError(message: "--sizes needs at least one page count") }
        return sizes.sorted()
    }
}
