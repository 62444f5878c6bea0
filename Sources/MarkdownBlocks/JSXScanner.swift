/// A cursor over a page's scalars for the two pieces of MDX syntax that are not markdown: JSX
/// tags (`<TabItem value="x" label={`X`}>`) and `{…}` JavaScript expressions.
///
/// It only finds where such a piece ends; it never evaluates anything. Tags and expressions may
/// span lines, but not a blank line, and never run past `limit`, so a stray `<` or `{` costs a
/// bounded scan and cannot swallow the rest of the page.
struct JSXScanner {
    /// The page's scalars.
    let scalars: [Unicode.Scalar]
    /// The next scalar to read.
    var position: Int
    /// Scanning never reads at or beyond this index.
    let limit: Int

    /// The next scalar, or nil at the limit.
    var current: Unicode.Scalar? { position < limit ? scalars[position] : nil }

    /// Consumes `scalar` if it is next.
    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        position += 1
        return true
    }

    /// Consumes spaces and tabs on the current line.
    mutating func skipBlanks() {
        while let scalar = current, scalar.isBlank { position += 1 }
    }

    /// Consumes blanks and line breaks; fails at a blank line, which ends any MDX construct.
    mutating func skipWhitespace() -> Bool {
        while let scalar = current, scalar.isBlank || scalar == "\n" {
            position += 1
            if scalar == "\n" && startsBlankLine(at: position) { return false }
        }
        return true
    }

    /// True when the line starting at `index` holds nothing but blanks.
    private func startsBlankLine(at index: Int) -> Bool {
        var index = index
        while index < scalars.count && scalars[index].isBlank { index += 1 }
        return index == scalars.count || scalars[index] == "\n"
    }

    /// Consumes one JSX tag starting at the `<` under the cursor: an opening, closing or
    /// self-closing tag, or a fragment (`<>`, `</>`). Returns false when there is none.
    mutating func tag() -> Bool {
        // `< 5` and `a < b` are text: the name (or `/`, or `>`) follows the `<` directly.
        guard skip("<") else { return false }
        let isClosing = skip("/")
        if skip(">") { return true }
        guard name() else { return false }
        while true {
            guard skipWhitespace() else { return false }
            if skip(">") { return true }
            if skip("/") { return skipWhitespace() && skip(">") }
            guard !isClosing else { return false }
            if current == "{" {
                // `{...props}`
                guard expression() else { return false }
                continue
            }
            guard name(), skipWhitespace() else { return false }
            if skip("=") {
                guard skipWhitespace(), attributeValue() else { return false }
            }
        }
    }

    /// Consumes a tag or attribute name: a letter, `_` or `$`, then also digits, `-`, `.` and `:`.
    private mutating func name() -> Bool {
        guard let first = current, first.isASCIILetter || first == "_" || first == "$" || first.value > 0x7F
        else { return false }
        position += 1
        while let scalar = current, scalar.isASCIILetter || scalar.isASCIIDigit || scalar.value > 0x7F
            || scalar == "_" || scalar == "$" || scalar == "-" || scalar == "." || scalar == ":" {
            position += 1
        }
        return true
    }

    /// Consumes a quoted attribute value or a `{…}` expression value.
    private mutating func attributeValue() -> Bool {
        guard let quote = current else { return false }
        if quote == "{" { return expression() }
        guard quote == "\"" || quote == "'" else { return false }
        position += 1
        while let scalar = current, scalar != quote {
            if scalar == "\n" && startsBlankLine(at: position + 1) { return false }
            position += 1
        }
        return skip(quote)
    }

    /// Consumes a `{…}` expression with balanced braces, skipping strings and comments so that
    /// `{/* don't */}` and `{'}'}` end where JavaScript says they do.
    mutating func expression() -> Bool {
        guard skip("{") else { return false }
        var depth = 1
        while let scalar = current {
            position += 1
            switch scalar {
            case "{":
                depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return true }
            case "\"", "'", "`":
                guard skipString(closedBy: scalar) else { return false }
            case "/" where current == "*":
                guard skipBlockComment() else { return false }
            case "/" where current == "/":
                while let next = current, next != "\n" { position += 1 }
            case "\n":
                if startsBlankLine(at: position) { return false }
            default:
                break
            }
        }
        return false
    }

    /// Consumes the rest of a string literal opened by `quote`, honouring backslash escapes.
    private mutating func skipString(closedBy quote: Unicode.Scalar) -> Bool {
        while let scalar = current {
            position += 1
            if scalar == "\\" {
                position += 1
            } else if scalar == quote {
                return true
            } else if scalar == "\n" && (quote != "`" || startsBlankLine(at: position)) {
                return false
            }
        }
        return false
    }

    /// Consumes the rest of a `/* … */` comment whose `/` was just read.
    private mutating func skipBlockComment() -> Bool {
        position += 1
        while let scalar = current {
            position += 1
            if scalar == "*" && skip("/") { return true }
        }
        return false
    }
}
