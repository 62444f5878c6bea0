/// The parsing state machine behind `JSONParser`, working on UTF-8 bytes.
///
/// Open arrays and objects live on an explicit `stack` rather than the call stack, so nesting depth costs
/// heap memory only and is bounded by `maxDepth`. Elements and members of all open containers share two
/// flat buffers; a container's items are sliced off the end when it closes, which avoids an allocation per
/// open container.
struct JSONByteParser {
    /// One open array or object.
    struct Frame {
        /// Whether this is an object (else an array).
        var isObject: Bool
        /// Where this container's items start in `pendingElements` or `pendingMembers`.
        var start: Int
        /// For objects: the key whose value is being parsed.
        var key: String = ""
        /// For objects: the line of that key's opening quote.
        var keyLine: Int = 0
        /// For objects: the column of that key's opening quote.
        var keyColumn: Int = 0
    }

    /// Where a value is expected, which decides the wording of "expected a value" errors.
    enum ValueContext {
        /// The top-level value.
        case topLevel
        /// The first element, right after `[`.
        case firstElement
        /// An element after `,`.
        case nextElement
        /// A member value after `:`.
        case memberValue
    }

    /// The text being parsed.
    let bytes: UnsafeBufferPointer<UInt8>
    /// How many containers may be open at once.
    let maxDepth: Int
    /// The index of the next unread byte.
    var pos = 0
    /// The 1-based line of `pos`.
    var line = 1
    /// The byte index where the current line starts (after a leading BOM on line 1).
    var lineStart = 0
    /// A running column count on the current line, so member positions cost linear time overall even when a
    /// whole document is on one line.
    var columnCursor = (line: 0, pos: 0, column: 1)
    /// The open containers, innermost last.
    var stack: [Frame] = []
    /// Elements of all open arrays, outermost first.
    var pendingElements: [JSONNode] = []
    /// Members of all open objects, outermost first.
    var pendingMembers: [JSONMember] = []

    /// Creates a parser over `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text, valid because it comes from a `String`.
    ///   - maxDepth: How many containers may be open at once.
    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// The byte at `pos`, or `nil` at the end of input.
    var current: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    /// Parses the whole text as one value surrounded by optional whitespace.
    ///
    /// - Returns: The value and its starting position.
    /// - Throws: `JSONParseError` at the first offending character.
    mutating func parseDocument() throws(JSONParseError) -> JSONDocument {
        skipByteOrderMark()
        skipWhitespace()
        let rootLine = line
        let rootColumn = column(of: pos, lineStart: lineStart)
        var context = ValueContext.topLevel
        valueLoop: while true {
            guard var finished = try parseValueStart(context: &context) else { continue valueLoop }
            // Attach the finished value to the innermost container; closing a container finishes it in turn.
            while true {
                guard let top = stack.last else {
                    skipWhitespace()
                    if pos < bytes.count {
                        throw error("expected end of input after the JSON value, found \(found(at: pos))", at: pos)
                    }
                    return JSONDocument(value: finished, line: rootLine, column: rootColumn)
                }
                if top.isObject {
                    pendingMembers.append(
                        JSONMember(key: top.key, value: finished, line: top.keyLine, column: top.keyColumn)
                    )
                } else {
                    pendingElements.append(finished)
                }
                skipWhitespace()
                let closer = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                switch current {
                case UInt8(ascii: ","):
                    try consumeComma(closer: closer)
                    if top.isObject {
                        try parseKeyAndColon(afterComma: true)
                        context = .memberValue
                    } else {
                        context = .nextElement
                    }
                    continue valueLoop
                case closer:
                    pos += 1
                    finished = closeInnermost()
                default:
                    let message = top.isObject
                        ? "expected ',' or '}' after object member, found \(found(at: pos))"
                        : "expected ',' or ']' after array element, found \(found(at: pos))"
                    throw error(message, at: pos)
                }
            }
        }
    }

    /// Reads the value starting at `pos` (after skipping whitespace).
    ///
    /// - Parameter context: Where the value occurs; set to the context of the next value when this one opens
    ///   a non-empty container.
    /// - Returns: The finished value, or `nil` when a non-empty container was opened and its first item is
    ///   still to be read.
    /// - Throws: `JSONParseError` when no valid value starts here.
    mutating func parseValueStart(context: inout ValueContext) throws(JSONParseError) -> JSONNode? {
        skipWhitespace()
        guard let byte = current else { throw expectedValue(context) }
        switch byte {
        case UInt8(ascii: "{"):
            try openContainer(isObject: true)
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                pos += 1
                return closeInnermost()
            }
            try parseKeyAndColon(afterComma: false)
            context = .memberValue
            return nil
        case UInt8(ascii: "["):
            try openContainer(isObject: false)
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                pos += 1
                return closeInnermost()
            }
            context = .firstElement
            return nil
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            return .null
        default:
            throw expectedValue(context)
        }
    }

    /// Pushes a frame for the `{` or `[` at `pos` and consumes it.
    ///
    /// - Parameter isObject: Whether the bracket is `{`.
    /// - Throws: `JSONParseError` at the bracket when `maxDepth` containers are already open.
    mutating func openContainer(isObject: Bool) throws(JSONParseError) {
        guard stack.count < maxDepth else {
            throw error("arrays and objects are nested deeper than \(maxDepth) levels", at: pos)
        }
        stack.append(Frame(isObject: isObject, start: isObject ? pendingMembers.count : pendingElements.count))
        pos += 1
    }

    /// Pops the innermost container and builds its value from the pending items.
    ///
    /// - Returns: The finished array or object.
    mutating func closeInnermost() -> JSONNode {
        let frame = stack.removeLast()
        if frame.isObject {
            let members = Array(pendingMembers[frame.start...])
            pendingMembers.removeSubrange(frame.start...)
            return .object(members)
        }
        let elements = Array(pendingElements[frame.start...])
        pendingElements.removeSubrange(frame.start...)
        return .array(elements)
    }

    /// Consumes the `,` at `pos` and the whitespace after it, refusing a trailing comma.
    ///
    /// - Parameter closer: The innermost container's closing bracket.
    /// - Throws: `JSONParseError` at the comma when `closer` follows it.
    mutating func consumeComma(closer: UInt8) throws(JSONParseError) {
        let commaPos = pos
        let commaLine = line
        let commaLineStart = lineStart
        pos += 1
        skipWhitespace()
        if current == closer {
            // Point at the comma, which is what has to go, even when the bracket is on a later line.
            let bracket = closer == UInt8(ascii: "}") ? "}" : "]"
            throw JSONParseError(
                message: "trailing ',' before '\(bracket)' is not allowed",
                line: commaLine,
                column: column(of: commaPos, lineStart: commaLineStart)
            )
        }
    }

    /// Reads an object key and the `:` after it, recording the key in the innermost frame.
    ///
    /// - Parameter afterComma: Whether a `,` came before (so `}` is no longer an option in the message).
    /// - Throws: `JSONParseError` when there is no string key or no colon.
    mutating func parseKeyAndColon(afterComma: Bool) throws(JSONParseError) {
        guard current == UInt8(ascii: "\"") else {
            let message = afterComma
                ? "expected a string key after ',' in object, found \(found(at: pos))"
                : "expected a string key or '}' in object, found \(found(at: pos))"
            throw error(message, at: pos)
        }
        let keyLine = line
        let keyColumn = runningColumn(of: pos)
        let key = try parseString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else {
            throw error("expected ':' after object key, found \(found(at: pos))", at: pos)
        }
        pos += 1
        let top = stack.count - 1
        stack[top].key = key
        stack[top].keyLine = keyLine
        stack[top].keyColumn = keyColumn
    }

    /// Consumes one of `true`, `false`, `null`, byte for byte.
    ///
    /// - Parameter word: The literal whose first letter is at `pos`.
    /// - Throws: `JSONParseError` at the first byte that differs.
    mutating func parseLiteral(_ word: StaticString) throws(JSONParseError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard current == byte else {
                throw error("expected '\(word)', found \(found(at: pos))", at: pos)
            }
            pos += 1
        }
    }

    /// The error for a missing value in `context` at `pos`.
    ///
    /// - Parameter context: Where the value was expected.
    /// - Returns: An error at `pos`.
    func expectedValue(_ context: ValueContext) -> JSONParseError {
        let what = found(at: pos)
        let message = switch context {
        case .topLevel: "expected a JSON value, found \(what)"
        case .firstElement: "expected a JSON value or ']', found \(what)"
        case .nextElement: "expected a JSON value after ',' in array, found \(what)"
        case .memberValue: "expected a JSON value after ':', found \(what)"
        }
        return error(message, at: pos)
    }
}
