/// Builds the node tree from tokens, matching section tags and validating names.
struct Parser {
    /// The template's name, for errors.
    let templateName: String
    /// The template's text, for errors.
    let source: String

    /// A section whose closing tag has not been seen yet.
    private struct OpenSection {
        /// The opening tag.
        let tag: Tag
        /// The opening tag's parsed name.
        let key: DottedKey
        /// The nodes collected so far inside the section.
        var children: [Node] = []
    }

    /// Parses `tokens` into nodes, or throws at the first name or nesting error.
    func parse(_ tokens: [Token]) throws(TemplateError) -> [Node] {
        var root: [Node] = []
        var open: [OpenSection] = []

        /// Adds a node to the innermost open section, or to the root.
        func add(_ node: Node) {
            if open.isEmpty {
                root.append(node)
            } else {
                open[open.count - 1].children.append(node)
            }
        }

        for token in tokens {
            switch token {
            case .text(let text):
                add(.text(text))
            case .lineStart:
                add(.lineStart)
            case .tag(let tag):
                switch tag.kind {
                case .variable:
                    add(.variable(try key(of: tag), tag.span))
                case .section, .invertedSection:
                    open.append(OpenSection(tag: tag, key: try key(of: tag)))
                case .closeSection:
                    guard let section = open.popLast() else {
                        throw error("closing tag '{{/\(tag.name)}}' has no open section; remove it, or open the section "
                            + "before it with '{{#\(tag.name)}}'", at: tag)
                    }
                    guard section.tag.name == tag.name else {
                        let opening = section.tag.span
                        throw error(
                            "mismatched closing tag '{{/\(tag.name)}}': expected '{{/\(section.tag.name)}}' "
                                + "for the section opened at \(opening.line):\(opening.column)",
                            at: tag)
                    }
                    add(.section(SectionNode(
                        key: section.key,
                        span: section.tag.span,
                        isInverted: section.tag.kind == .invertedSection,
                        children: section.children)))
                case .partial:
                    add(.partial(PartialNode(name: tag.name, span: tag.span, indentation: tag.standaloneIndentation)))
                case .comment:
                    break
                }
            }
        }
        if let unclosed = open.last {
            let tag = unclosed.tag
            throw error("unclosed section '{{\(tag.kind.sigil)\(tag.name)}}': missing '{{/\(tag.name)}}'", at: tag)
        }
        return root
    }

    /// The parsed name of a variable or section tag, or an error pointing at the tag.
    private func key(of tag: Tag) throws(TemplateError) -> DottedKey {
        guard let key = DottedKey(parsing: tag.name) else {
            throw error("invalid key '\(tag.name)': a key is '.' or names joined by single dots (like 'type.name'), "
                + "without spaces or braces", at: tag)
        }
        return key
    }

    /// An error at `tag`.
    private func error(_ message: String, at tag: Tag) -> TemplateError {
        TemplateError(.syntax, message, at: tag.span, templateName: templateName, source: source)
    }
}
