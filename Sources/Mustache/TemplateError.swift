/// A parse or render failure, located at the tag that caused it.
///
/// Errors are never swallowed by the engine: a template that renders did not hit any of them.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which stage failed, so callers can add advice to a kind of error without matching message text.
    public enum Kind: Hashable, Sendable {
        /// The template text is malformed: found while reading it, before any context is seen.
        case syntax
        /// A key did not resolve in the context (a misspelt or missing name, or a dotted part of a
        /// value that is not an object).
        case unknownKey
        /// Any other render failure: an unknown template or partial, a list or object where text
        /// belongs, or a work, output or recursion limit reached.
        case render
    }

    /// Which stage failed; see `Kind`.
    public var kind: Kind
    /// The template the tag is in, as named by the caller (e.g. "Model.mustache" or a full path).
    public var templateName: String
    /// The 1-based line of the tag; 0 when the error has no position (an unknown template name).
    public var line: Int
    /// The 1-based column of the tag's opening delimiter; 0 when the error has no position.
    public var column: Int
    /// What went wrong, e.g. "unknown key 'propertyz'".
    public var message: String
    /// The template line holding the tag, without its line break, for the caret display.
    public var sourceLine: String
    /// How many characters of `sourceLine` the tag covers, underlined in `description`.
    public var length: Int

    /// Creates an error at an explicit position.
    public init(
        templateName: String,
        line: Int,
        column: Int,
        message: String,
        sourceLine: String,
        length: Int = 1,
        kind: Kind = .render
    ) {
        self.kind = kind
        self.templateName = templateName
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
        self.length = length
    }

    /// Creates an error of `kind` at `span` of the template `templateName` whose text is `source`.
    init(_ kind: Kind, _ message: String, at span: SourceSpan, templateName: String, source: String) {
        self.init(
            templateName: templateName,
            line: span.line,
            column: span.column,
            message: message,
            sourceLine: Self.line(span.line, of: source),
            length: span.length,
            kind: kind
        )
    }

    /// A compiler-style report: `name:line:col: error: message`, the source line, and a caret
    /// under the tag followed by `~` for the rest of the tag's length.
    public var description: String {
        guard line > 0 else { return "\(templateName): error: \(message)" }
        var caretLine = ""
        // Keep tabs from the source so the caret lands under the tag in any tab width.
        for character in sourceLine.prefix(max(column - 1, 0)) {
            caretLine.append(character == "\t" ? "\t" : " ")
        }
        caretLine += "^"
        let available = max(sourceLine.count - (column - 1), 1)
        caretLine += String(repeating: "~", count: max(min(length, available) - 1, 0))
        return "\(templateName):\(line):\(column): error: \(message)\n\(sourceLine)\n\(caretLine)"
    }

    /// Line `number` (1-based) of `source`, without its `\n` or `\r\n`; empty when out of range.
    static func line(_ number: Int, of source: String) -> String {
        // Split on UTF-8 bytes: as `Character`s, "\r\n" is one grapheme and never equals "\n".
        let lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return "" }
        var line = lines[number - 1]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
