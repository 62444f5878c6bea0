/// String literals: the fast path without escapes, escape decoding and UTF-16 surrogate pairs.
extension JSONByteParser {
    /// Reads the string whose opening quote is at `pos` and consumes it through the closing quote.
    ///
    /// - Returns: The decoded text.
    /// - Throws: `JSONParseError` for a raw control character, a bad escape, an unpaired surrogate or a
    ///   missing closing quote.
    mutating func parseString() throws(JSONParseError) -> String {
        let open = pos
        pos += 1
        let start = pos
        // Most strings in samples have no escapes: find the closing quote and decode the slice in one go.
        while pos < bytes.count {
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                pos += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacter(at: pos) }
            pos += 1
        }
        var decoded = Array(bytes[start..<pos])
        while pos < bytes.count {
            let byte = bytes[pos]
            switch byte {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &decoded, stringStart: open)
            case 0..<0x20:
                throw controlCharacter(at: pos)
            default:
                decoded.append(byte)
                pos += 1
            }
        }
        throw unterminatedString(at: open)
    }

    /// Decodes the escape sequence whose backslash is at `pos`, appending its UTF-8 to `decoded`.
    ///
    /// - Parameters:
    ///   - decoded: The string's bytes so far.
    ///   - stringStart: The opening quote, for the unterminated-string error.
    /// - Throws: `JSONParseError` at the backslash for an unknown escape or an unpaired surrogate, or at a
    ///   bad hex digit.
    mutating func parseEscape(into decoded: inout [UInt8], stringStart: Int) throws(JSONParseError) {
        let backslash = pos
        pos += 1
        guard let escaped = current else { throw unterminatedString(at: stringStart) }
        let simple: UInt8? = switch escaped {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "/"): UInt8(ascii: "/")
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            decoded.append(simple)
            pos += 1
            return
        }
        guard escaped == UInt8(ascii: "u") else {
            let message = escaped >= 0x21 && escaped < 0x7F
                ? "invalid escape '\\\(Character(Unicode.Scalar(escaped)))' in string"
                : "invalid escape: '\\' followed by \(found(at: pos))"
            throw error(message, at: backslash)
        }
        pos += 1
        let unit = try parseHexQuad()
        let scalarValue: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            // A high surrogate only means something together with the low surrogate escape right after it.
            guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                throw unpairedSurrogate(at: backslash)
            }
            pos += 2
            let low = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw unpairedSurrogate(at: backslash) }
            scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw unpairedSurrogate(at: backslash)
        default:
            scalarValue = unit
        }
        // Every value left is a valid scalar: surrogates were handled above and pairs stay below 0x110000.
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        UTF8.encode(scalar) { decoded.append($0) }
    }

    /// Reads the four hex digits of a `\u` escape at `pos`.
    ///
    /// - Returns: The UTF-16 code unit.
    /// - Throws: `JSONParseError` at the first byte that is not a hex digit.
    mutating func parseHexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt32
            switch current {
            case let byte? where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"):
                digit = UInt32(byte - UInt8(ascii: "0"))
            case let byte? where byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"):
                digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case let byte? where byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"):
                digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw error("expected 4 hex digits after '\\u', found \(found(at: pos))", at: pos)
            }
            value = value << 4 | digit
            pos += 1
        }
        return value
    }

    /// The error for a raw control character inside a string.
    ///
    /// - Parameter target: The character's byte index.
    /// - Returns: An error at that character.
    func controlCharacter(at target: Int) -> JSONParseError {
        error("unescaped control character \(Self.codePoint(scalar(at: target))) in string", at: target)
    }

    /// The error for a string that reaches the end of input.
    ///
    /// - Parameter open: The opening quote, which is reported because the missing quote has no position.
    /// - Returns: An error at the opening quote.
    func unterminatedString(at open: Int) -> JSONParseError {
        error("unterminated string: no closing '\"' before end of input", at: open)
    }

    /// The error for a `\u` surrogate escape that is not part of a high+low pair.
    ///
    /// - Parameter backslash: The escape's backslash.
    /// - Returns: An error at the backslash, quoting the escape as written.
    func unpairedSurrogate(at backslash: Int) -> JSONParseError {
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash..<backslash + 6]), as: UTF8.self)
        return error("unpaired UTF-16 surrogate '\(written)' in string", at: backslash)
    }
}
