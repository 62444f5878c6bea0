/// Number literals, validated against the RFC 8259 grammar and kept as written.
extension JSONByteParser {
    /// Reads the number starting at `pos` (a `-` or a digit).
    ///
    /// Grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    ///
    /// - Returns: The literal exactly as written.
    /// - Throws: `JSONParseError` for a leading zero or a missing digit.
    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = pos
        if current == UInt8(ascii: "-") {
            pos += 1
            guard isDigit(current) else {
                throw error("expected a digit after '-', found \(found(at: pos))", at: pos)
            }
        }
        if current == UInt8(ascii: "0") {
            pos += 1
            if isDigit(current) {
                throw error("leading zeros are not allowed in numbers", at: pos - 1)
            }
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            pos += 1
            guard isDigit(current) else {
                throw error("expected a digit after '.' in number, found \(found(at: pos))", at: pos)
            }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            pos += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { pos += 1 }
            guard isDigit(current) else {
                throw error("expected a digit in the exponent of a number, found \(found(at: pos))", at: pos)
            }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    /// Whether `byte` is an ASCII digit.
    ///
    /// - Parameter byte: A byte, or `nil` at the end of input.
    /// - Returns: `true` for `0`–`9`.
    func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Advances `pos` past a run of digits.
    mutating func skipDigits() {
        while pos < bytes.count, bytes[pos] >= UInt8(ascii: "0"), bytes[pos] <= UInt8(ascii: "9") {
            pos += 1
        }
    }
}
