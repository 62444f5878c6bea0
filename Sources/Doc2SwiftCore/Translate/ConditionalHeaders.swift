/// Conditional request headers (RFC 9110 §13) that an operation's docs describe without listing
/// them in a header table: a `412` whose description names `If-Unmodified-Since`, a `304` that
/// names `If-Modified-Since`, an `If-Match` or `If-None-Match` mentioned anywhere on the page.
///
/// The request builder takes each as a typed, optional header parameter: the two dates as `Date`
/// (sent as an HTTP-date, `Sun, 06 Nov 1994 08:49:37 GMT`), the entity tags as `String`.
enum ConditionalHeaders {
    /// The headers recognised, with whether their value is an HTTP-date.
    static let known: [(name: String, isDate: Bool)] = [
        ("If-Modified-Since", true), ("If-Unmodified-Since", true), ("If-Match", false), ("If-None-Match", false),
    ]

    /// Whether `name` is a header whose value is an HTTP-date rather than ISO 8601.
    static func isHTTPDate(_ name: String) -> Bool {
        known.contains { $0.isDate && $0.name.lowercased() == name.lowercased() }
    }

    /// The conditional headers `operation`'s text mentions and its header table lacks, as
    /// optional header parameters in the order of `known`.
    static func parameters(for operation: Operation) -> [Parameter] {
        let documented = Set(operation.parameters.filter { $0.place == .header }.map { $0.name.lowercased() })
        var texts: [String] = operation.responses.map { "\($0.status): \($0.description)" }
        texts.append(operation.summary)
        texts += operation.parameters.map(\.description)
        return known.compactMap { header in
            guard !documented.contains(header.name.lowercased()),
                  let source = texts.first(where: { mentions($0, header.name) }) else { return nil }
            let meaning = header.isDate
                ? "Sent as an HTTP-date (`Sun, 06 Nov 1994 08:49:37 GMT`)."
                : "An entity tag, sent as given (`\"xyzzy\"`, `W/\"xyzzy\"` or `*`)."
            let description = "The `\(header.name)` precondition, which the docs mention but do not table. \(meaning)\n\n"
                + "From the docs: \(source)"
            return Parameter(ParameterFact(
                name: header.name, place: .header, type: header.isDate ? .dateTime : .string, isRequired: false,
                description: description, location: operation.location))
        }
    }

    /// Whether `text` names `header` as a whole word, case-insensitively: `If-Match` is not
    /// found in `If-Match-Version`.
    static func mentions(_ text: String, _ header: String) -> Bool {
        // Most text is ASCII: there, ASCII case folding over the bytes finds the same matches as
        // Unicode lowercasing, much faster.
        let haystack = Array(text.utf8)
        let needle = header.utf8.map(lowercased)
        guard haystack.allSatisfy({ $0 < 0x80 }), needle.allSatisfy({ $0 < 0x80 }) else {
            return characterMentions(text, header)
        }
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        func isWordByte(_ byte: UInt8) -> Bool {
            let lower = lowercased(byte)
            return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
        for start in 0...(haystack.count - needle.count) {
            var matches = true
            for offset in needle.indices where lowercased(haystack[start + offset]) != needle[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            let end = start + needle.count
            if (start == 0 || !isWordByte(haystack[start - 1])) && (end == haystack.count || !isWordByte(haystack[end])) {
                return true
            }
        }
        return false
    }

    /// `mentions` for text with non-ASCII characters, by Unicode lowercasing and letters.
    static func characterMentions(_ text: String, _ header: String) -> Bool {
        let lowered = text.lowercased()
        let wanted = header.lowercased()
        var searchStart = lowered.startIndex
        while let range = lowered.range(of: wanted, range: searchStart..<lowered.endIndex) {
            let before = range.lowerBound == lowered.startIndex ? nil : lowered[lowered.index(before: range.lowerBound)]
            let after = range.upperBound == lowered.endIndex ? nil : lowered[range.upperBound]
            let isWordCharacter: (Character?) -> Bool = { character in
                guard let character else { return false }
                return character.isLetter || character.isNumber || character == "-"
            }
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
