/// One element of a parsed template; a template is a list of nodes, sections nest more.
///
/// Parsed once per template and only read afterwards, so rendering never touches source text.
enum Node: Sendable {
    /// Literal text, copied to the output as is.
    case text(String)
    /// The start of a kept source line: where a standalone partial's indentation is written.
    case lineStart
    /// `{{name}}` (or `{{{name}}}`, `{{&name}}`): the value's raw text.
    case variable(DottedKey, SourceSpan)
    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    case section(SectionNode)
    /// `{{>name}}`: another template rendered with the current context.
    case partial(PartialNode)
}

/// A section or inverted section with its body.
struct SectionNode: Sendable {
    /// The name the section looks up.
    let key: DottedKey
    /// Where the opening tag is, for errors.
    let span: SourceSpan
    /// Whether this is `{{^name}}`, rendered only when the value is falsey.
    let isInverted: Bool
    /// The nodes between the opening and closing tags.
    let children: [Node]
}

/// A partial tag.
struct PartialNode: Sendable {
    /// The partial's name as written; looked up as is, then with ".mustache" appended.
    let name: String
    /// Where the tag is, for errors.
    let span: SourceSpan
    /// The whitespace before the tag when it stands alone on its line, else nil.
    ///
    /// Every line of the partial is indented by it, on top of any enclosing indentation.
    let indentation: String?
}
