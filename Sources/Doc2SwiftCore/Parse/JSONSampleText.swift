import Foundation
import MarkdownBlocks

/// The text of a code block that holds a bare JSON body (no request or status line).
///
/// Scraped pages encode some characters as HTML entities inside code (`&#x5B;` for `[`); they
/// are decoded here, once, before the text is parsed. The block's own text stays in the page for
/// the report; `text` is what is parsed and what sample tests compare with.
struct JSONSampleText: Hashable, Sendable {
    /// The decoded body, trimmed.
    var text: String
    /// Where the body's first character is in the page.
    var location: SourceLocation
    /// True when lines of `...` stand for left-out parts: the text is an excerpt, not a document.
    var isExcerpt: Bool

    /// Nil when the block does not look like JSON (its first character is not `{`, `[` or `"`, and
    /// it is not an excerpt).
    init?(_ code: CodeBlock) {
        let decoded = HTMLEntities.decode(code.content)
        let lines = decoded.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        let firstLine = lines[first]
        let leading = firstLine.prefix { $0 == " " || $0 == "\t" }
        let isEllipsis: (Substring) -> Bool = { line in
            let trimmed = line.trimmingBlanks()
            return trimmed == "..." || trimmed == "…"
        }
        isExcerpt = lines.contains(where: isEllipsis)
        guard let character = firstLine.dropFirst(leading.count).first,
              isExcerpt || character == "{" || character == "[" || character == "\"" else { return nil }
        text = decoded.trimmingBlanksAndNewlines()
        location = code.location
        location.line += 1 + first
        location.column = code.location.column + leading.unicodeScalars.count
    }
}
