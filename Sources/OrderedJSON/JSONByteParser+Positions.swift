/// Whitespace, line tracking and the line/column arithmetic behind every reported position.
///
/// Raw line breaks can only occur in whitespace (inside strings they are errors), so lines are counted
/// while skipping whitespace and nowhere else.
extension JSONByteParser {
    /// Skips a UTF-8 byte order mark at the very start; it is not counted as a column.
    mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
    }

    /// Skips JSON whitespace (space, tab, CR, LF), counting lines.
    ///
    /// Only LF starts a new line, so CRLF counts once and a CR is an ordinary (invisible) column.
    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                pos += 1
            case UInt8(ascii: "\n"):
                pos += 1
                line += 1
                lineStart = pos
            default:
                return
            }
        }
    }

    /// The 1-based column of byte `target` on the line starting at byte `start`, counting Unicode scalars.
    ///
    /// - Parameters:
    ///   - target: A byte index at or after `start` on the same line.
    ///   - start: The byte index where that line starts.
    /// - Returns: 1 plus the number of scalars between `start` and `target`.
    func column(of target: Int, lineStart start: Int) -> Int {
        var column = 1
        var index = start
        while index < target {
            // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// The column of `target` on the current line, continuing from the last position asked about.
    ///
    /// Member keys ask in increasing order, so this stays linear even for a megabyte on one line, where
    /// counting from the line start each time would be quadratic.
    ///
    /// - Parameter target: A byte index on the current line, not before the previous request on this line.
    /// - Returns: The 1-based column of `target`.
    mutating func runningColumn(of target: Int) -> Int {
        if columnCursor.line != line || columnCursor.pos > target {
            columnCursor = (line: line, pos: lineStart, column: 1)
        }
        var column = columnCursor.column
        var index = columnCursor.pos
        while index < target {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        columnCursor = (line: line, pos: target, column: column)
        return column
    }

    /// An error at byte `target` on the current line.
    ///
    /// - Parameters:
    ///   - message: What was expected and found.
    ///   - target: A byte index on the current line.
    /// - Returns: The error with its line and column.
    func error(_ message: String, at target: Int) -> JSONParseError {
        JSONParseError(message: message, line: line, column: column(of: target, lineStart: lineStart))
    }

    /// How the input at `target` reads in a message: `end of input`, `'x'`, or `U+000A` for characters
    /// that would be invisible or confusing between quotes.
    ///
    /// - Parameter target: A byte index at the start of a scalar, or the end of input.
    /// - Returns: The description.
    func found(at target: Int) -> String {
        guard target < bytes.count else { return "end of input" }
        let scalar = scalar(at: target)
        if scalar == "'" { return "\"'\"" }
        if Self.isVisible(scalar) { return "'\(Character(scalar))'" }
        return Self.codePoint(scalar)
    }

    /// Decodes the scalar whose first byte is at `target`.
    ///
    /// - Parameter target: A byte index at the start of a scalar.
    /// - Returns: The scalar (U+FFFD if the bytes were somehow not valid UTF-8).
    func scalar(at target: Int) -> Unicode.Scalar {
        let lead = bytes[target]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(target + length, bytes.count)
        var decoder = UTF8()
        var iterator = bytes[target..<end].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// Whether `scalar` can be shown between quotes in a message without confusing the reader.
    ///
    /// - Parameter scalar: The scalar to show.
    /// - Returns: `false` for controls, formatting and separator characters other than the plain space.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator,
            .surrogate, .privateUse, .unassigned, .nonspacingMark, .enclosingMark, .spacingMark:
            return false
        default:
            return true
        }
    }

    /// `U+XXXX` (at least four uppercase hex digits) for `scalar`.
    ///
    /// - Parameter scalar: The scalar to name.
    /// - Returns: Its code point notation.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
