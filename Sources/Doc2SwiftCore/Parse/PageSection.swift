import Foundation

/// What a heading announces. Recognised by meaning, not by vendor: synonyms, plurals, sloppy
/// spacing and one-letter misspellings of long words (`Reponses`) are normalised before matching.
enum PageSection: Hashable, Sendable {
    case description
    case pathParameters
    case queryParameters
    case requestHeaders
    /// `## Request Body: newEntity` carries the parameter name.
    case requestBody(parameterName: String?)
    /// `## Response:bool`, `## Response: object`, `## Response:` — the declared type text, if any.
    case response(declaredType: String)
    /// `### Response body: TicketRelationEntity`.
    case responseBody(declaredType: String)
    case sampleRequest
    case sampleResponse
    /// `## URL`: the endpoint written as a URL template.
    case url
    /// `## Method`: the HTTP method written as text or an HTML block.
    case method
    /// `## Example`, `## Example 2`: samples follow, under `### Request`/`### Response` or bare.
    case examples
    /// `## Errors`, `## Non Error Responses`: a status table follows.
    case statuses
    /// `## Versions Supported`: the values a URL template variable may take, one per line.
    case supportedValues(subject: String)
    /// A bold label that opens a parameter list (`**Parameters:**`) on a page without tables.
    case parameterList(label: String)
    /// A heading this reader has no meaning for; its content is kept as description text.
    case other(String)

    /// Classifies a heading's text.
    /// - Parameter inExamples: true under an examples heading, where `Request …` and `Response …`
    ///   name samples rather than documentation sections.
    static func classify(_ rawText: String, inExamples: Bool = false) -> PageSection {
        let text = rawText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let lower = text.lowercased()
        let words = Self.words(lower)
        func suffix(after prefixLength: Int) -> String {
            String(text.dropFirst(prefixLength)).trimmingBlanks()
                .trimmingCharacters(in: CharacterSet(charactersIn: ":")).trimmingBlanks()
        }
        if inExamples, let first = words.first {
            if Self.matches(first, "request") && !lower.hasPrefix("request body") && !lower.hasPrefix("request header") {
                return .sampleRequest
            }
            if Self.matches(first, "response") && !lower.hasPrefix("response body") { return .sampleResponse }
        }
        // `Request Body Parameters` announces a table; `Request Body: parameters` names the body.
        let hasColon = text.contains(":")
        if lower.hasPrefix("response body") {
            let declared = suffix(after: "response body".count)
            return .responseBody(declaredType: !hasColon && Self.isTableWord(declared) ? "" : declared)
        }
        if lower.hasPrefix("request body") {
            let name = suffix(after: "request body".count)
            return .requestBody(parameterName: name.isEmpty || (!hasColon && Self.isTableWord(name)) ? nil : name)
        }
        if lower.hasPrefix("sample request") || lower.hasPrefix("example request") || lower == "request" {
            return .sampleRequest
        }
        if lower.hasPrefix("sample response") || lower.hasPrefix("example response") { return .sampleResponse }
        if lower == "responses" { return .response(declaredType: "") }
        if lower == "response" || lower.hasPrefix("response:") || lower.hasPrefix("response :") {
            return .response(declaredType: suffix(after: "response".count))
        }
        if lower.hasPrefix("query string parameter") || lower.hasPrefix("query parameter")
            || lower.hasPrefix("url query parameter") { return .queryParameters }
        if lower.hasPrefix("path parameter") || lower.hasPrefix("path part") { return .pathParameters }
        if lower.hasPrefix("request header") { return .requestHeaders }
        return classifyByWords(words) ?? .other(text)
    }

    /// The headings that only the word-wise rules recognise, so that the rules above keep their
    /// exact meaning for pages that already read correctly.
    private static func classifyByWords(_ words: [String]) -> PageSection? {
        func are(_ expected: String...) -> Bool {
            words.count == expected.count && zip(words, expected).allSatisfy { matches($0, $1) }
        }
        let withoutNumber = words.last.map { $0.allSatisfy(\.isNumber) } == true ? Array(words.dropLast()) : words
        if are("url") || are("endpoint") || are("end", "point") || are("resource", "url") || are("request", "url") {
            return .url
        }
        if are("method") || are("http", "method") || are("request", "method") { return .method }
        if withoutNumber.count == 1, matches(withoutNumber[0], "example") || matches(withoutNumber[0], "sample") {
            return .examples
        }
        if are("errors") || are("error", "codes") || are("error", "responses") || are("status", "codes")
            || are("http", "status", "codes") || are("non", "error", "responses") || are("responses", "codes") {
            return .statuses
        }
        // `Response Structure`, `Response Fields`: the table of the response body's properties.
        if words.count == 2, matches(words[0], "response"), isTableWord(words[1]) || matches(words[1], "structure") {
            return .responseBody(declaredType: "")
        }
        let parameterWords = ["parameters", "variables"]
        if words.count >= 2, matches(words[0], "url") || matches(words[0], "uri") {
            let rest = Array(words.dropFirst())
            if rest.count == 2, parameterWords.contains(where: { matches(rest[1], $0) }) {
                if matches(rest[0], "path") { return .pathParameters }
                if matches(rest[0], "query") { return .queryParameters }
            }
        }
        if words.count == 2, matches(words[0], "path"), parameterWords.contains(where: { matches(words[1], $0) }) {
            return .pathParameters
        }
        if words.count == 2, matches(words[1], "supported"), words[0].count > 2 {
            return .supportedValues(subject: singular(words[0]))
        }
        if words.count == 2, matches(words[0], "supported"), words[1].count > 2 {
            return .supportedValues(subject: singular(words[1]))
        }
        return nil
    }

    /// `Parameters`, `Properties`, `Fields`, `Schema`: words that say "a table follows" after
    /// `Request Body`/`Response Body`, not a parameter or type name.
    static func isTableWord(_ text: String) -> Bool {
        let words = Self.words(text.lowercased())
        return words.count == 1 && ["parameters", "properties", "fields", "schema", "attributes"]
            .contains { matches(words[0], $0) }
    }

    /// Lowercased words of letters and digits.
    static func words(_ lower: String) -> [String] {
        lower.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// `word` is `keyword`, its plural or singular, or (for words of six letters or more) one
    /// letter off: `reponses` is `responses`, `paramter` is `parameter`.
    static func matches(_ word: String, _ keyword: String) -> Bool {
        if word == keyword || word + "s" == keyword || word == keyword + "s" { return true }
        guard keyword.count >= 6 else { return false }
        return EditDistance.isAtMostOne(word, keyword) || EditDistance.isAtMostOne(word, keyword + "s")
            || (keyword.hasSuffix("s") && EditDistance.isAtMostOne(word, String(keyword.dropLast())))
    }

    /// `versions` → `version`.
    static func singular(_ word: String) -> String {
        word.hasSuffix("s") && word.count > 3 ? String(word.dropLast()) : word
    }
}

/// Whether two words differ by at most one inserted, deleted or replaced letter.
enum EditDistance {
    static func isAtMostOne(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs)
        let b = Array(rhs)
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        var j = 0
        var edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if a.count < b.count { j += 1 } else {
                i += 1
                j += 1
            }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}
