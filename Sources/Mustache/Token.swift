/// One piece of lexed template source, in source order.
///
/// Standalone-line rules are already applied when tokens are produced, so the parser only
/// has to nest sections.
enum Token: Sendable {
    /// Literal text to copy to the output.
    case text(String)
    /// The start of a non-empty source line that is kept in the output.
    ///
    /// A standalone partial indents each line of the partial's source (Mustache spec); these
    /// markers are where that indentation goes at render time, so the partial is parsed once
    /// and can still be rendered at any indentation.
    case lineStart
    /// A tag other than a comment (comments leave no token).
    case tag(Tag)
}

/// The kinds of tag that reach the parser.
enum TagKind: Sendable {
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`: all interpolate raw text (no HTML escaping).
    case variable
    /// `{{#name}}`: opens a section.
    case section
    /// `{{^name}}`: opens an inverted section.
    case invertedSection
    /// `{{/name}}`: closes the innermost open section.
    case closeSection
    /// `{{>name}}`: includes another template of the set.
    case partial
    /// `{{!…}}`: a comment, which produces no output.
    case comment

    /// The sigil that introduces this kind of tag, for messages.
    var sigil: String {
        switch self {
        case .variable: ""
        case .section: "#"
        case .invertedSection: "^"
        case .closeSection: "/"
        case .partial: ">"
        case .comment: "!"
        }
    }

    /// Whether a tag of this kind alone on its line removes the whole line (Mustache spec).
    ///
    /// Variables never do: their value is output, so their line must stay.
    var canStandAlone: Bool {
        self != .variable
    }
}

/// A lexed tag with its trimmed name and position.
struct Tag: Sendable {
    /// What the tag does.
    let kind: TagKind
    /// The name after the sigil, trimmed of surrounding whitespace.
    let name: String
    /// Where the tag is, for error messages.
    let span: SourceSpan
    /// The whitespace before the tag when it stands alone on its line, else nil.
    ///
    /// Only partials use it: it becomes the indentation of every line of the partial.
    let standaloneIndentation: String?
}
