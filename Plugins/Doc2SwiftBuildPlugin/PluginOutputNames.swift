// This file is shared by copy with Plugins/Doc2SwiftBuildPlugin/PluginOutputNames.swift:
// the build plugin must declare every output before the generator runs, from the list of input
// pages alone. PluginOutputNamesTests fails when the two copies differ.

/// The files a plugin-mode run writes, derived from the input pages' paths and nothing else.
///
/// One Swift file per page (`<page key>.swift`, or `<page key>Tests.swift` for tests) plus fixed
/// support files. A page key is the page's path relative to the input folder with its page
/// extension (`.md`, `.markdown` or `.mdx`, any case) removed and every character other than ASCII
/// letters, digits, `_` and `-` replaced by `_`; keys that collide (case-insensitively, for macOS
/// file systems) get `_2`, `_3`, … in sorted path order, so `a.md` and `a.mdx` in one folder are
/// `a.swift` and `a_2.swift`. Fixed files contain `+`, which no page key can, so the two never
/// collide.
public enum PluginOutputNames {
    /// Support files of the library target, in a fixed order.
    public static let sourceSupportFiles = [
        "Doc2Swift+APIRequest.swift", "Doc2Swift+Client.swift", "Doc2Swift+HTTPDate.swift",
        "Doc2Swift+HTTPTransport.swift", "Doc2Swift+Indirect.swift", "Doc2Swift+JSONCoding.swift",
        "Doc2Swift+JSONValue.swift", "Doc2Swift+PropertyTable.swift", "Doc2Swift+Unassigned.swift",
        "Doc2Swift+Union.swift",
    ]

    /// Support files of the test target.
    public static let testSupportFiles = ["Doc2Swift+ExampleTests.swift", "Doc2Swift+JSONEquivalence.swift",
                                          "Doc2Swift+ReplaySupport.swift", "Doc2Swift+SampleSuite.swift"]

    /// The endings removed from a page's path to make its key (the input scan's page extensions).
    static let pageExtensions = [".md", ".markdown", ".mdx"]

    /// Page path (relative, `/`-separated) → page key, for every page.
    public static func pageKeys(_ relativePaths: [String]) -> [String: String] {
        var taken = Set<String>()
        var keys: [String: String] = [:]
        for path in relativePaths.sorted() {
            var base = path
            if let ending = pageExtensions.first(where: { base.lowercased().hasSuffix($0) }) {
                base = String(base.dropLast(ending.count))
            }
            base = String(base.unicodeScalars.map { scalar -> Character in
                let isSafe = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
                return isSafe ? Character(scalar) : "_"
            })
            if base.isEmpty { base = "page" }
            var key = base
            var counter = 2
            while taken.contains(key.lowercased()) {
                key = "\(base)_\(counter)"
                counter += 1
            }
            taken.insert(key.lowercased())
            keys[path] = key
        }
        return keys
    }

    /// Every file a plugin-mode run writes for these pages.
    /// - Parameter tests: true for a test target (sample tests), false for the library target.
    public static func outputFiles(_ relativePaths: [String], tests: Bool) -> [String] {
        let pages = pageKeys(relativePaths).values.sorted().map { tests ? "\($0)Tests.swift" : "\($0).swift" }
        return pages + (tests ? testSupportFiles : sourceSupportFiles)
    }
}
