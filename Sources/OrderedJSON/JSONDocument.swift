/// A parsed JSON text: the top-level value and where it starts.
public struct JSONDocument: Hashable, Sendable, Codable {
    /// The top-level value.
    public var value: JSONNode
    /// The 1-based line of the value's first character, relative to the parsed text.
    public var line: Int
    /// The 1-based column, in Unicode scalars, of the value's first character.
    public var column: Int

    /// Creates a document.
    ///
    /// - Parameters:
    ///   - value: The top-level value.
    ///   - line: The 1-based line of its first character.
    ///   - column: The 1-based column of its first character.
    public init(value: JSONNode, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}
