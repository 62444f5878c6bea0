extension TemplateValue {
    /// The value as pretty-printed JSON with sorted keys, for inspecting a render context.
    ///
    /// Written by hand rather than through `JSONSerialization` so the output is identical on
    /// every platform: two-space indentation, `"key": value`, empty containers as `[]` and `{}`,
    /// keys sorted by Swift's `String` ordering, and no trailing newline.
    public var json: String {
        var output = ""
        appendJSON(to: &output, indentation: "")
        return output
    }

    /// Appends this value's JSON to `output`; `indentation` is that of the line the value starts on.
    private func appendJSON(to output: inout String, indentation: String) {
        switch self {
        case .string(let text):
            Self.appendJSONString(text, to: &output)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .list(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            let inner = indentation + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.appendJSON(to: &output, indentation: inner)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indentation + "]"
        case .object(let fields):
            guard !fields.isEmpty else {
                output += "{}"
                return
            }
            let inner = indentation + "  "
            let keys = fields.keys.sorted()
            output += "{\n"
            for (index, key) in keys.enumerated() {
                output += inner
                Self.appendJSONString(key, to: &output)
                output += ": "
                fields[key]?.appendJSON(to: &output, indentation: inner)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += indentation + "}"
        }
    }

    /// Appends `text` as a quoted JSON string, escaping quotes, backslashes and control characters.
    private static func appendJSONString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            case let control where control.value < 0x20:
                // Remaining C0 controls have no short form; JSON requires them escaped.
                output += "\\u00"
                output += control.value < 0x10 ? "0" : "1"
                output += String(control.value % 0x10, radix: 16)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
