/// Finds invalid UTF-8 in raw page bytes, so the reader can say where the replacement characters came from.
///
/// Decoding itself is left to `String(decoding:as:)`, which replaces each maximal invalid
/// subpart with U+FFFD; this type follows the same rules (Unicode Table 3-7) to count and locate them.
enum UTF8Validation {
    /// Byte offset of the first invalid sequence in `bytes`, or nil when all of it is valid UTF-8.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let length = validSequenceLength(in: bytes, at: offset)
            if length == 0 { return offset }
            offset += length
        }
        return nil
    }

    /// Number of invalid sequences (each becomes one U+FFFD) in `bytes`.
    static func invalidSequenceCount(in bytes: [UInt8]) -> Int {
        var offset = 0
        var count = 0
        while offset < bytes.count {
            let length = validSequenceLength(in: bytes, at: offset)
            if length == 0 {
                count += 1
                offset += max(1, maximalSubpartLength(in: bytes, at: offset))
            } else {
                offset += length
            }
        }
        return count
    }

    /// Line and column (in scalars, after BOM and line-ending normalisation) of byte `offset`.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let prefix = String(decoding: bytes[0..<min(offset, bytes.count)], as: UTF8.self)
        var line = 1
        var column = 1
        var previousWasCR = false
        var isFirst = true
        for scalar in prefix.unicodeScalars {
            defer { isFirst = false }
            if isFirst && scalar == "\u{FEFF}" { continue }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\r" || scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Length of the well-formed sequence starting at `offset`, or 0 when it is ill-formed.
    private static func validSequenceLength(in bytes: [UInt8], at offset: Int) -> Int {
        let (length, valid) = scan(bytes, at: offset)
        return valid ? length : 0
    }

    /// Length of the longest prefix of a well-formed sequence at `offset` (what one U+FFFD replaces).
    private static func maximalSubpartLength(in bytes: [UInt8], at offset: Int) -> Int {
        scan(bytes, at: offset).length
    }

    /// Walks one sequence at `offset`: how many bytes fit a well-formed sequence, and whether it is complete.
    private static func scan(_ bytes: [UInt8], at offset: Int) -> (length: Int, valid: Bool) {
        let lead = bytes[offset]
        // The allowed range of the second byte depends on the lead byte (no overlongs, no surrogates, ≤ U+10FFFF).
        let expected: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return (1, true)
        case 0xC2...0xDF: expected = 2
        case 0xE0: expected = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: expected = 3
        case 0xED: expected = 3; secondRange = 0x80...0x9F
        case 0xF0: expected = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: expected = 4
        case 0xF4: expected = 4; secondRange = 0x80...0x8F
        default: return (1, false)
        }
        var length = 1
        while length < expected {
            let position = offset + length
            guard position < bytes.count else { return (length, false) }
            let range: ClosedRange<UInt8> = length == 1 ? secondRange : 0x80...0xBF
            guard range.contains(bytes[position]) else { return (length, false) }
            length += 1
        }
        return (length, true)
    }
}
