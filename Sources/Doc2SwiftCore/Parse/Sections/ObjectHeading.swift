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

    /// `["Poll", "Media"]` → `PollMedia`; `["todoTask"]` → `todoTask`; nil without letters.
    static func typeName(_ words: [String]) -> String? {
        let pieces = words.flatMap { $0.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) } }
        guard let first = pieces.first, first.first?.isLetter == true else { return nil }
        let rest = pieces.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return String(first) + rest.joined()
    }
}
