/// The byte buffer behind `JSONWriter`; appending UTF-8 bytes is much cheaper than growing a `String`.
struct JSONTextWriter {
    /// Whether to write newlines and indentation.
    let pretty: Bool
    /// The UTF-8 output so far.
    var output: [UInt8] = []

    /// Creates an empty writer.
    ///
    /// - Parameter pretty: Whether to write newlines and indentation.
    init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The output as a `String`.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Appends `node` at nesting level `depth`.
    ///
    /// Recursion is fine here: parsed trees are at most `JSONParser.defaultMaxDepth` deep, and a deeper tree
    /// could not even be destroyed without recursing as deep.
    ///
    /// - Parameters:
    ///   - node: The value to write.
    ///   - depth: How many containers enclose it, for indentation.
    mutating func write(_ node: JSONNode, depth: Int) {
        switch node {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let literal):
            output.append(contentsOf: literal.utf8)
        case .string(let text):
            writeString(text)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeLineBreak(depth: depth + 1)
                write(element, depth: depth + 1)
            }
            writeLineBreak(depth: depth)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeLineBreak(depth: depth + 1)
                writeString(member.key)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                write(member.value, depth: depth + 1)
            }
            writeLineBreak(depth: depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// In pretty mode, appends a newline and the indentation for `depth`; does nothing in compact mode.
    ///
    /// - Parameter depth: The nesting level of the next line.
    mutating func writeLineBreak(depth: Int) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends `text` as a quoted, escaped JSON string.
    ///
    /// - Parameter text: The string value.
    mutating func writeString(_ text: String) {
        output.append(UInt8(ascii: "\""))
        // 0xC2 leads the UTF-8 of U+0080–U+00BF, which holds the C1 controls; only then is the slow path needed.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
            output.append(contentsOf: text.utf8)
        } else {
            for scalar in text.unicodeScalars {
                writeEscaped(scalar)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends one scalar of a string, escaped if JSON requires it or it is a control character.
    ///
    /// - Parameter scalar: The scalar to write.
    mutating func writeEscaped(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x22: output.append(contentsOf: #"\""#.utf8)
        case 0x5C: output.append(contentsOf: #"\\"#.utf8)
        case 0x08: output.append(contentsOf: #"\b"#.utf8)
        case 0x0C: output.append(contentsOf: #"\f"#.utf8)
        case 0x0A: output.append(contentsOf: #"\n"#.utf8)
        case 0x0D: output.append(contentsOf: #"\r"#.utf8)
        case 0x09: output.append(contentsOf: #"\t"#.utf8)
        case 0x00..<0x20, 0x7F...0x9F:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            output.append(contentsOf: #"\u"#.utf8)
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.utf8.count))
            output.append(contentsOf: hex.utf8)
        default:
            UTF8.encode(scalar) { output.append($0) }
        }
    }
}
