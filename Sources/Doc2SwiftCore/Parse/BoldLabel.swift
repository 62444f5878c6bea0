import Foundation
import MarkdownBlocks

/// A line that opens with bold text ending in a colon, as pages without headings use for
/// structure: `**Parameters:**`, `**Example: Delete a file**`, `**Response**`, or, followed by a
/// code span, a stated value: `**Resource type:** \`relation\``.
struct BoldLabel: Hashable, Sendable {
    /// The label without stars and the trailing colon: `Resource type`, `Example: Delete a file`.
    var label: String
    /// The values of a trailing code span, split at commas (`address, estate` → two values);
    /// empty for a plain label.
    var values: [String]

    /// Reads the first line of a paragraph. Nil when the line does not start with bold text, or
    /// when prose follows the bold text (`**Please note:** only one …` is description, not structure).
    init?(_ line: String) {
        let text = line.trimmingBlanks()
        guard text.hasPrefix("**") else { return nil }
        let afterOpening = text.dropFirst(2)
        let labelText: Substring
        var rest: Substring
        if let closing = afterOpening.range(of: "**") {
            labelText = afterOpening[..<closing.lowerBound]
            rest = afterOpening[closing.upperBound...]
        } else {
            // An unclosed bold run (`**Example: active property`) still labels what follows.
            labelText = afterOpening
            rest = ""
        }
        var label = InlineText.plain(String(labelText)).trimmingBlanks()
        rest = rest.drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix(":") { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
        if label.hasSuffix(":") { label = String(label.dropLast()).trimmingBlanks() }
        guard !label.isEmpty else { return nil }
        self.label = label
        let trailing = rest.trimmingBlanks()
        if trailing.isEmpty {
            values = []
        } else if trailing.hasPrefix("`"), trailing.hasSuffix("`"), trailing.count >= 2,
                  !trailing.dropFirst().dropLast().contains("`") {
            values = trailing.dropFirst().dropLast().split(separator: ",")
                .map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
            if values.isEmpty { return nil }
        } else {
            return nil
        }
    }

    /// Whether this is a stated value rather than a section label.
    var isStatedValue: Bool { !values.isEmpty }

    /// What a section label announces on a page without headings.
    enum Role: Hashable, Sendable {
        case parameters
        case responses
        case requests
        case other
    }

    /// `Parameters (contact data)` opens parameters; `Response 2nd example` responses;
    /// `1st example: …` and `Request example` requests.
    var role: Role {
        let words = PageSection.words(label.lowercased())
        guard let first = words.first else { return .other }
        if PageSection.matches(first, "parameters") { return .parameters }
        if words.contains(where: { PageSection.matches($0, "response") }) { return .responses }
        if words.contains(where: { PageSection.matches($0, "example") || PageSection.matches($0, "request") }) {
            return .requests
        }
        return .other
    }
}
