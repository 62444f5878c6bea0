/// Decoding of HTML character references (`&amp;`, `&#8220;`, `&#x5B;`) in page text.
///
/// Pages come from HTML scrapes and XML doc comments, so references appear in prose, table
/// cells and even inside JSON samples. Anything that is not a well-formed reference to a real
/// character is left exactly as written, so decoding never loses text.
public enum HTMLEntities {
    /// `s` with every known named reference and every valid numeric reference replaced by its character.
    ///
    /// A reference must end with `;`. Numeric references to U+0000, surrogates or code points
    /// above U+10FFFF are invalid and stay as written, as do unknown names.
    public static func decode(_ s: String) -> String {
        // Fast path: most cells have no `&` at all.
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        let scalars = Array(s.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (replacement, length) = reference(in: scalars, at: index) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The longest name a named reference may have; longer runs are not references.
    private static let maximumNameLength = 32

    /// The decoded text and length of the reference starting with the `&` at `start`, or nil.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            var radix: UInt32 = 10
            if index < scalars.count && (scalars[index] == "x" || scalars[index] == "X") {
                radix = 16
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < scalars.count, let digit = digitValue(scalars[index], radix: radix) {
                // Saturate instead of overflowing; anything this large is invalid anyway.
                value = value > 0x10FFFF ? value : value * radix + digit
                index += 1
            }
            guard index > digitsStart, index < scalars.count, scalars[index] == ";",
                  value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), index + 1 - start)
        }
        let nameStart = index
        while index < scalars.count, index - nameStart <= maximumNameLength,
              scalars[index].isASCIILetter || scalars[index].isASCIIDigit {
            index += 1
        }
        guard index > nameStart, index < scalars.count, scalars[index] == ";" else { return nil }
        var name = String()
        name.unicodeScalars.append(contentsOf: scalars[nameStart..<index])
        guard let replacement = HTMLEntityTable.named[name] else { return nil }
        return (replacement, index + 1 - start)
    }

    /// The value of `scalar` as a digit in `radix` (10 or 16), or nil.
    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f" where radix == 16: return scalar.value - 87
        case "A"..."F" where radix == 16: return scalar.value - 55
        default: return nil
        }
    }
}
