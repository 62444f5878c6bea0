/// Why a text is not JSON, and where: the offending character's position in the parsed text.
public struct JSONParseError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What was expected and what was found, e.g. `expected ',' or '}' after object member, found 'x'`.
    public var message: String
    /// The 1-based line, relative to the parsed text (LF ends a line; CRLF counts once).
    public var line: Int
    /// The 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates an error at a position.
    ///
    /// - Parameters:
    ///   - message: What was expected and what was found.
    ///   - line: The 1-based line.
    ///   - column: The 1-based column in Unicode scalars.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line:column: message`, ready to be prefixed with a file name by the caller.
    public var description: String { "\(line):\(column): \(message)" }
}
