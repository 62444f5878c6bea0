import Foundation

/// Headings that name an object whose properties the table below them lists.
///
/// Forms: `Channel Structure`, `Poll Media Object Structure`, `The Division Object (Beta)`,
/// `Channel Object`, `Coupon Base (object)`, and `Properties` on a page whose title is
/// `todoTask resource type`. Never a site's own words: these are how reference pages in general
/// announce an object.
enum ObjectHeading {
    /// The object's type name, or nil when the heading names no object.
    /// - Parameter pageTitle: the page's title (its first `#` heading or front-matter title).
    static func objectName(_ rawHeading: String, pageTitle: String?) -> String? {
        var words = rawHeading.split(whereSeparator: \.isWhitespace).map(String.init)
        // A trailing parenthesis is a note (`(Beta)`, `(deprecated)`), or the MSON `(object)`.
        if let last = words.last, last.hasPrefix("(") || last.hasSuffix(")") {
            if words.count > 1, let open = words.lastIndex(where: { $0.hasPrefix("(") }) {
                words = Array(words[..<open])
            }
        }
        let lower = words.map { $0.lowercased() }
        if lower == ["properties"] || lower == ["property"] {
            guard let title = pageTitle else { return nil }
            let titleWords = title.split(whereSeparator: \.isWhitespace).map(String.init)
            let titleLower = titleWords.map { $0.lowercased() }
            guard titleWords.count >= 3, titleLower.suffix(2) == ["resource", "type"] else { return nil }
            return typeName(Array(titleWords.dropLast(2)))
        }
        var nameWords = words
        var named = false
        if lower.last == "structure" {
            nameWords.removeLast()
            named = true
        }
        if nameWords.last?.lowercased() == "object" {
            nameWords.removeLast()
            named = true
        }
        if !named, rawHeading.lowercased().hasSuffix("(object)") {
            nameWords = words
            named = true
        }
        guard named else { return nil }
        if nameWords.first?.lowercased() == "the" { nameWords.removeFirst() }
        guard !nameWords.isEmpty, nameWords.count <= 5 else { return nil }
        return typeName(nameWords)
    }

    /// Headings that hold one object per subsection (`# Schemas` then `## Pet`), as pages
    /// generated from OpenAPI documents and model reference pages lay them out.
    static let collectionHeadings: Set<String> = ["schemas", "models", "definitions", "data types", "types", "objects",
                                                  "data models", "schema definitions", "entities", "components"]

    /// The object a heading names by itself under a collection heading (`Pet` under `Schemas`),
    /// or nil: the heading must be a name of at most three words, and its parent one of
    /// `collectionHeadings`.
    static func collectionMember(_ rawHeading: String, parentHeading: String?) -> String? {
        guard let parent = parentHeading,
              collectionHeadings.contains(parent.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
        else { return nil }
        let words = rawHeading.split(whereSeparator: \.isWhitespace).map(String.init)
        guard (1...3).contains(words.count),
              words.allSatisfy({ word in word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) else { return nil }
        return typeName(words)
    }

    /// `["Poll", "Media"]` → `PollMedia`; `["todoTask"]` → `todoTask`; nil without letters.
    static func typeName(_ words: [String]) -> String? {
        let pieces = words.flatMap { $0.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) } }
        guard let first = pieces.first, first.first?.isLetter == true else { return nil }
        let rest = pieces.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return String(first) + rest.joined()
    }
}
