import MarkdownBlocks

/// A JSON example of a defined object (`###### Example Guild Text Channel` under `### Channel
/// Object`): a value the docs say the object looks like, which the generated tests decode into
/// the object's model and encode back.
public struct ObjectExample: Hashable, Sendable, Codable {
    /// The JSON text as written.
    public var text: String
    /// Where the text starts (the line after the opening fence).
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// A fenced JSON block (```` ```json ```` or an unlabelled fence holding an object or array)
    /// under a heading that says it is an example.
    static func isExample(_ code: CodeBlock, under heading: String) -> Bool {
        guard heading.split(whereSeparator: { !$0.isLetter }).contains(where: {
            ["example", "examples"].contains($0.lowercased())
        }) else { return false }
        switch code.language {
        case "json", "json5", "javascript", "js": return true
        case "": return code.content.drop(while: \.isWhitespace).first.map { $0 == "{" || $0 == "[" } ?? false
        default: return false
        }
    }
}
