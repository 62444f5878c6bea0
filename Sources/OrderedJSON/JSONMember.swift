/// One `"key": value` pair of a JSON object, with where its key starts in the parsed text.
public struct JSONMember: Hashable, Sendable, Codable {
    /// The member name, escapes decoded.
    public var key: String
    /// The member value.
    public var value: JSONNode
    /// The 1-based line of the key's opening quote, relative to the parsed text (0 when built in code).
    public var line: Int
    /// The 1-based column, in Unicode scalars, of the key's opening quote (0 when built in code).
    public var column: Int

    /// Creates a member; positions default to 0 for values built in code rather than parsed.
    ///
    /// - Parameters:
    ///   - key: The member name.
    ///   - value: The member value.
    ///   - line: The 1-based line of the key's opening quote, or 0 when unknown.
    ///   - column: The 1-based column of the key's opening quote, or 0 when unknown.
    public init(key: String, value: JSONNode, line: Int = 0, column: Int = 0) {
        self.key = key
        self.value = value
        self.line = line
        self.column = column
    }
}
