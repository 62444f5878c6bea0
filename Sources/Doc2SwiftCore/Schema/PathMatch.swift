/// Matches a sample's request path against a documented path template.
enum PathMatch {
    /// The value each placeholder takes in `sample`, or nil when the paths do not fit.
    /// A sample that writes the placeholder itself (`/Relation/{id}`) gives no value for it.
    static func match(template: String, sample: String) -> [String: String?]? {
        let templateSegments = template.split(separator: "/", omittingEmptySubsequences: true)
        let sampleSegments = sample.split(separator: "/", omittingEmptySubsequences: true)
        guard templateSegments.count == sampleSegments.count else { return nil }
        var values: [String: String?] = [:]
        for (expected, actual) in zip(templateSegments, sampleSegments) {
            if expected.hasPrefix("{") && expected.hasSuffix("}") {
                let name = String(expected.dropFirst().dropLast())
                values[name] = isPlaceholder(actual) ? .some(nil) : String(actual)
            } else if expected.lowercased() != actual.lowercased() {
                return nil
            }
        }
        return values
    }

    /// A sample segment that writes a placeholder instead of a value: `{id}`, `:id`, `<ID>`.
    static func isPlaceholder(_ segment: Substring) -> Bool {
        (segment.hasPrefix("{") && segment.hasSuffix("}")) || (segment.hasPrefix("<") && segment.hasSuffix(">"))
            || (segment.hasPrefix(":") && segment.count > 1 && segment.dropFirst().allSatisfy {
                $0.isLetter || $0.isNumber || $0 == "_" })
    }

    /// Why `sample` fits `template` only loosely (a literal segment in other letter case, a
    /// trailing slash the template lacks), or nil when it fits exactly. Such a sample cannot be
    /// rebuilt to the letter, so it is reported rather than tested.
    static func looseness(template: String, sample: String) -> String? {
        let templateSegments = template.split(separator: "/", omittingEmptySubsequences: true)
        let sampleSegments = sample.split(separator: "/", omittingEmptySubsequences: true)
        if let joined = templateSegments.first(where: { $0.dropFirst().dropLast().contains("}") }) {
            return "the documented path joins several placeholders in one segment ('\(joined)'), which a sample "
                + "value cannot be split between"
        }
        for (expected, actual) in zip(templateSegments, sampleSegments)
        where !(expected.hasPrefix("{") && expected.hasSuffix("}")) && expected != actual {
            return "its path segment '\(actual)' differs in letter case from the documented '\(expected)'"
        }
        if sample.count > 1, sample.hasSuffix("/"), !template.hasSuffix("/") {
            return "its path \(sample) ends with a '/' that the documented \(template) lacks"
        }
        return nil
    }

    /// `value` as the generated builders encode one path segment: RFC 3986 unreserved characters
    /// kept, every other UTF-8 byte percent-encoded (upper-case hex).
    static func encodedSegment(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
