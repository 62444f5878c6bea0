/// Fast conversions between `String` and arrays of Unicode scalars.
///
/// The reader creates a `String` for every line, cell and item of a page; going through
/// `String.unicodeScalars.append` costs several times more than writing the UTF-8 bytes
/// directly, which matters on multi-megabyte pages.
enum ScalarString {
    /// The scalars as a `String`, written straight into the string's UTF-8 storage.
    static func make<Scalars: Collection>(_ scalars: Scalars) -> String where Scalars.Element == Unicode.Scalar {
        if scalars.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | (value >> 6))
                    buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                    count += 2
                } else if value < 0x10000 {
                    buffer[count] = UInt8(0xE0 | (value >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | (value >> 18))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                    count += 4
                }
            }
            return count
        }
    }

    /// The scalars of `text`, decoded from its UTF-8 bytes in one tight loop.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        // Makes the storage native and contiguous, so the fast path below always applies.
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(decode) ?? Array(text.unicodeScalars)
    }

    /// Decodes bytes that are known to be valid UTF-8 (they come from a `String`).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            var value: UInt32
            var length: Int
            switch lead {
            case 0..<0x80: value = lead; length = 1
            case 0x80..<0xC0: value = 0xFFFD; length = 1
            case 0xC0..<0xE0: value = lead & 0x1F; length = 2
            case 0xE0..<0xF0: value = lead & 0x0F; length = 3
            default: value = lead & 0x07; length = 4
            }
            var position = 1
            while position < length && index + position < bytes.count {
                value = (value << 6) | (UInt32(bytes[index + position]) & 0x3F)
                position += 1
            }
            result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += length
        }
        return result
    }
}
