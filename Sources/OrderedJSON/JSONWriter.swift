/// Writes a `JSONNode` back as JSON text, members in stored order and numbers as their literals.
public enum JSONWriter {
    /// Pretty JSON: one item per line, 2-space indent, `"key": value`, no trailing newline.
    ///
    /// Empty arrays and objects are written `[]` and `{}`. Strings are escaped as `compact(_:)` does.
    ///
    /// - Parameter node: The value to write; `.number` literals are written unchanged, so they must follow
    ///   the JSON number grammar (parsed ones always do).
    /// - Returns: The JSON text.
    public static func pretty(_ node: JSONNode) -> String {
        var writer = JSONTextWriter(pretty: true)
        writer.write(node, depth: 0)
        return writer.text
    }

    /// Compact JSON with no whitespace at all.
    ///
    /// Strings escape `"`, `\` and control characters (`\n`, `\t`, `\r`, `\b`, `\f`, otherwise `\u00XX`,
    /// including DEL and U+0080–U+009F); everything else, non-ASCII included, is written as is.
    ///
    /// - Parameter node: The value to write.
    /// - Returns: The JSON text.
    public static func compact(_ node: JSONNode) -> String {
        var writer = JSONTextWriter(pretty: false)
        writer.write(node, depth: 0)
        return writer.text
    }
}
