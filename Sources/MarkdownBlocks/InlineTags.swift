/// The HTML / XML-doc stage of `InlineText.plain(_:)`: tags become breaks, backticks or nothing.
///
/// Only tag names that HTML or XML doc comments actually use are touched. Other angle-bracket
/// text (`<parent-type>`, `List<T>`) is content on these pages and is kept as written.
enum InlineTags {
    /// `text` with known tags replaced by their plain-text meaning and HTML comments removed.
    static func apply(_ text: MarkedText) -> MarkedText {
        var result = MarkedText()
        var index = 0
        var insideCode = false
        var commentEndMayFollow = true
        while index < text.count {
            guard text.isFree(index), text.scalars[index] == "<" else {
                // `<code>` contents are code: protect them from emphasis and link handling.
                result.append(text.scalars[index], protected: insideCode || text.isProtected[index])
                index += 1
                continue
            }
            if commentEndMayFollow, text.starts(with: "<!--", at: index) {
                if let end = text.firstIndex(of: "-->", from: index + 4) {
                    result.markRemovedTag()
                    index = end + 3
                    continue
                }
                // No comment closes after here, so no later `<!--` needs the search again.
                commentEndMayFollow = false
            }
            if let autolink = autolinkEnd(in: text, at: index) {
                result.append(text.string((index + 1)..<(autolink - 1)), protected: true)
                index = autolink
                continue
            }
            guard let tag = HTMLTag.parse(text, at: index), let replacement = replacement(for: tag) else {
                result.append(text.scalars[index], protected: insideCode)
                index += 1
                continue
            }
            if tag.name == "code" || tag.name == "c" {
                // Both tags are backticks; the text between them is protected like a code span.
                if !tag.isSelfClosing { insideCode = !tag.isClosing }
                result.append(replacement, protected: true)
            } else {
                result.append(replacement, protected: false)
            }
            if replacement.isEmpty { result.markRemovedTag() }
            index = tag.end
        }
        return result
    }

    /// What `tag` turns into, or nil when it is not a tag this stage knows (it is then kept as text).
    private static func replacement(for tag: HTMLTag) -> String? {
        switch tag.name {
        case "para", "p", "ul", "ol": return "\n\n"
        case "br", "hr", "tr": return "\n"
        case "li": return tag.isClosing ? "" : "\n- "
        case "code", "c": return tag.isSelfClosing ? "" : "`"
        case "see", "seealso", "paramref", "typeparamref":
            guard tag.isSelfClosing else { return "" }
            if let cref = tag.attributes["cref"] { return lastComponent(ofCref: cref) }
            return tag.attributes["langword"] ?? tag.attributes["name"] ?? tag.attributes["href"] ?? ""
        case "td", "th": return tag.isClosing ? "" : " "
        default: return removedTags.contains(tag.name) ? "" : nil
        }
    }

    /// `Baz` for `T:Foo.Bar.Baz`, `M:Foo.Bar.Baz(System.String)` or ``Foo.Bar`1``.
    static func lastComponent(ofCref cref: String) -> String {
        var name = Substring(cref)
        if let colon = name.firstIndex(of: ":"), name.distance(from: name.startIndex, to: colon) == 1 {
            name = name[name.index(after: colon)...]
        }
        if let parenthesis = name.firstIndex(of: "(") { name = name[..<parenthesis] }
        if let dot = name.lastIndex(of: ".") { name = name[name.index(after: dot)...] }
        if let tick = name.firstIndex(of: "`") { name = name[..<tick] }
        return String(name)
    }

    /// Index just past an autolink such as `<https://example.com>`, or nil.
    private static func autolinkEnd(in text: MarkedText, at index: Int) -> Int? {
        guard text.starts(with: "<http://", at: index) || text.starts(with: "<https://", at: index) else { return nil }
        var position = index + 1
        while position < text.count, position - index < 2_000 {
            let scalar = text.scalars[position]
            if scalar == ">" { return position + 1 }
            if scalar == "<" || scalar.isWhitespaceLike { return nil }
            position += 1
        }
        return nil
    }

    /// Tag names removed without a trace (their content stays): formatting, layout and XML-doc wrappers.
    private static let removedTags: Set<String> = [
        "a", "abbr", "b", "big", "blockquote", "caption", "center", "cite", "col", "colgroup", "dd", "del", "description",
        "details", "div", "dl", "dt", "em", "example", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6",
        "i", "img", "ins", "item", "kbd", "label", "list", "listheader", "mark", "nobr", "note", "pre", "q", "remarks",
        "returns", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table",
        "tbody", "term", "tfoot", "thead", "tt", "u", "value", "var", "wbr",
    ]
}
