/// The name in a variable or section tag: `.`, `name`, or a dotted path like `a.b.c`.
///
/// Split once at parse time so rendering, which happens many times, never re-splits names.
struct DottedKey: Hashable, Sendable {
    /// The name as written in the tag (trimmed), used in error messages.
    let text: String
    /// The dot-separated parts; empty for the implicit iterator `.`.
    let parts: [String]

    /// Whether this is `.`, the current top of the context stack.
    var isImplicitIterator: Bool { parts.isEmpty }

    /// Parses a tag's name, or returns nil when it is not a valid key.
    ///
    /// Valid keys are `.` or non-empty parts joined by single dots, without whitespace or braces;
    /// rejecting the rest at parse time turns typos like `{{a..b}}` or `{{a b}}` into errors
    /// that point at the template instead of a confusing "unknown key" at render time.
    init?(parsing text: String) {
        self.text = text
        if text == "." {
            parts = []
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for part in parts {
            guard !part.isEmpty else { return nil }
            for scalar in part.unicodeScalars {
                guard !scalar.properties.isWhitespace, scalar != "{", scalar != "}" else { return nil }
            }
        }
        self.parts = parts
    }

    /// The first `count` parts joined by dots, naming how far a dotted lookup got.
    func prefix(_ count: Int) -> String {
        parts.prefix(count).joined(separator: ".")
    }
}
