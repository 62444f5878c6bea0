/// Reads strict RFC 8259 JSON into a `JSONNode`, keeping member order, number literals and positions.
///
/// `JSONSerialization` is not used because it reorders members and turns `1.0` into `1`.
public enum JSONParser {
    /// The nesting limit `parse(_:)` uses, and the default of `parseDocument(_:maxDepth:)`.
    public static let defaultMaxDepth = 512

    /// Parses one JSON value.
    ///
    /// Strict RFC 8259 with a single tolerance real docs need: a leading byte order mark is skipped.
    /// Trailing commas, comments, single quotes and bare words are errors. Whitespace around the value is
    /// fine; empty input is an error. Nesting deeper than `defaultMaxDepth` is an error.
    ///
    /// - Parameter text: The JSON text.
    /// - Returns: The top-level value.
    /// - Throws: `JSONParseError` pointing at the first offending character.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONNode {
        try parseDocument(text).value
    }

    /// Parses one JSON value like `parse(_:)`, also returning where the value starts.
    ///
    /// The parser keeps its own stack instead of recursing, so hostile input such as a million `[` cannot
    /// overflow the thread's stack; `maxDepth` then bounds the depth of the returned tree, which matters
    /// because destroying, comparing and writing a `JSONNode` do recurse.
    ///
    /// - Parameters:
    ///   - text: The JSON text.
    ///   - maxDepth: How many arrays/objects may be open at once; one more is an error. At least 0.
    /// - Returns: The value and the line and column of its first character.
    /// - Throws: `JSONParseError` pointing at the first offending character.
    public static func parseDocument(
        _ text: String,
        maxDepth: Int = defaultMaxDepth
    ) throws(JSONParseError) -> JSONDocument {
        precondition(maxDepth >= 0, "maxDepth must not be negative")
        var text = text
        // Working on the UTF-8 bytes directly keeps parsing linear and fast; `withUTF8` gives contiguous
        // storage (copying once only for bridged strings).
        let result: Result<JSONDocument, JSONParseError> = text.withUTF8 { bytes in
            var parser = JSONByteParser(bytes: bytes, maxDepth: maxDepth)
            do throws(JSONParseError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
