/// Turns the raw text of a table cell or paragraph into the plain text a reader of the page sees.
///
/// The stages run in a fixed order, each on the output of the one before:
/// 1. backtick code spans and backslash escapes are protected (kept verbatim, backticks included);
/// 2. HTML / XML-doc tags become breaks (`<para>`, `<br>`, `<p>`), backticks (`<code>`), list
///    bullets (`<li>`), the referenced name (`<see cref="T:A.B.C"/>` → `C`), or nothing;
/// 3. markdown links become their text and emphasis markers that clearly wrap words are dropped;
/// 4. entities are decoded, twice, because generators double-escape (`&amp;apos;` → `'`);
/// 5. tags that only became literal through decoding (`&lt;br/&gt;`, `&lt;para/&gt;`) become breaks;
/// 6. whitespace is tidied: blanks (including no-break spaces) collapse to one space, lines are
///    trimmed, at most one empty line separates paragraphs, and the result is trimmed.
public enum InlineText {
    /// Plain text for a description cell or paragraph; see the type's documentation for the rules.
    public static func plain(_ s: String) -> String {
        let markup = Markup(s)
        // Most cells are plain words: without markup characters stages 1–5 change nothing.
        if markup.isEmpty {
            return isTidy(s) ? s : normalisingWhitespace(s)
        }
        // Each stage runs only when its characters occur; without them it returns its input.
        var text = markup.contains(.code) ? InlineCodeSpans.mark(s) : MarkedText(s)
        if markup.contains(.tags) { text = InlineTags.apply(text) }
        text = InlineMarkdown.replaceLinks(text)
        if markup.contains(.emphasis) { text = InlineMarkdown.removeEmphasis(text) }
        var output = String()
        for run in text.runs() {
            let decoded = HTMLEntities.decode(HTMLEntities.decode(run.text))
            output += run.isProtected ? decoded : replacingLiteralBreakTags(decoded)
        }
        return normalisingWhitespace(output)
    }

    /// Which kinds of markup characters a text contains, found in one pass over its bytes.
    struct Markup: OptionSet {
        let rawValue: UInt8
        /// `` ` `` or `\`: code spans and escapes.
        static let code = Markup(rawValue: 1)
        /// `<`: tags.
        static let tags = Markup(rawValue: 2)
        /// `[`: links.
        static let links = Markup(rawValue: 4)
        /// `*` or `_`: emphasis.
        static let emphasis = Markup(rawValue: 8)
        /// `&`: entities.
        static let entities = Markup(rawValue: 16)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ text: String) {
            var found: Markup = []
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "`"), UInt8(ascii: "\\"): found.insert(.code)
                case UInt8(ascii: "<"): found.insert(.tags)
                case UInt8(ascii: "["): found.insert(.links)
                case UInt8(ascii: "*"), UInt8(ascii: "_"): found.insert(.emphasis)
                case UInt8(ascii: "&"): found.insert(.entities)
                default: continue
                }
            }
            self = found
        }
    }

    /// True when `normalisingWhitespace` would return `text` unchanged: printable ASCII with
    /// single spaces between words and none at the ends.
    private static func isTidy(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F, !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }

    /// `text` with `<br>`, `<p>` and `<para>` tags (in any of their forms) turned into line or paragraph breaks.
    ///
    /// Runs after entity decoding, so only break tags are honoured here: other decoded angle
    /// brackets (`&lt;T&gt;` meaning `<T>`) are content the page escaped on purpose.
    private static func replacingLiteralBreakTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let marked = MarkedText(text)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < marked.count {
            if marked.scalars[index] == "<", let tag = HTMLTag.parse(marked, at: index) {
                switch tag.name {
                case "br":
                    result.append("\n")
                    index = tag.end
                    continue
                case "p", "para":
                    result.append(contentsOf: "\n\n".unicodeScalars)
                    index = tag.end
                    continue
                default:
                    break
                }
            }
            result.append(marked.scalars[index])
            index += 1
        }
        return String(result)
    }

    /// `text` with blanks collapsed, lines trimmed, empty lines limited to one in a row, and ends trimmed.
    ///
    /// Written as bytes into one buffer: the result is the kept lines joined by line feeds, and an
    /// empty line is only ever kept between two non-empty ones.
    static func normalisingWhitespace(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var current: [UInt8] = []
        var lineCount = 0
        var lastLineIsEmpty = false
        var pendingSpace = false
        var emptyLines = 0

        /// Ends the line being built; keeps at most one empty line between non-empty ones.
        func endLine() {
            if current.isEmpty {
                emptyLines += 1
                if emptyLines == 1 && lineCount > 0 {
                    output.append(UInt8(ascii: "\n"))
                    lineCount += 1
                    lastLineIsEmpty = true
                }
            } else {
                emptyLines = 0
                if lineCount > 0 { output.append(UInt8(ascii: "\n")) }
                output.append(contentsOf: current)
                lineCount += 1
                lastLineIsEmpty = false
                current.removeAll(keepingCapacity: true)
            }
            pendingSpace = false
        }

        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            if scalar == "\n" || scalar == "\r" {
                // Callers may pass text that did not come through the reader, so CRLF and CR count too.
                endLine()
            } else if isWhitespace(scalar) {
                // Tabs, no-break spaces and other separators are blanks in plain text.
                pendingSpace = pendingSpace || !current.isEmpty
            } else {
                if pendingSpace { current.append(UInt8(ascii: " ")) }
                pendingSpace = false
                if scalar.isASCII {
                    current.append(UInt8(scalar.value))
                } else {
                    UTF8.encode(scalar) { current.append($0) }
                }
            }
        }
        endLine()
        // A kept empty line is a lone line feed; at the very end it goes.
        if lastLineIsEmpty { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    /// `Unicode.Scalar.Properties.isWhitespace`, answered without a table lookup for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
