import OrderedJSON
import Testing

/// Nesting limits: hostile depth is an error, never a stack overflow.
@Suite struct JSONParserDepthTests {
    /// `depth` nested arrays around `1`.
    ///
    /// - Parameter depth: How many arrays.
    /// - Returns: The JSON text.
    static func nestedArrays(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    }

    /// The error for nesting past `maxDepth`, on line 1.
    ///
    /// - Parameters:
    ///   - maxDepth: The limit in the message.
    ///   - column: The column of the offending bracket.
    /// - Returns: The expected error.
    static func tooDeep(_ maxDepth: Int, column: Int) -> JSONParseError {
        JSONParseError(message: "arrays and objects are nested deeper than \(maxDepth) levels", line: 1, column: column)
    }

    /// Exactly the default limit is fine and builds the full tree.
    @Test func acceptsDefaultDepth() throws {
        var node = try JSONParser.parse(Self.nestedArrays(JSONParser.defaultMaxDepth))
        var depth = 0
        while case .array(let elements) = node {
            depth += 1
            node = elements[0]
        }
        #expect(depth == 512)
        #expect(node == .number("1"))
    }

    /// One more level is an error at the bracket that goes too deep.
    @Test func refusesOneLevelMore() {
        #expect(throws: Self.tooDeep(512, column: 513)) {
            try JSONParser.parse(Self.nestedArrays(513))
        }
    }

    /// A million open brackets fail fast with the same error instead of crashing.
    @Test func survivesMillionOpenBrackets() {
        #expect(throws: Self.tooDeep(512, column: 513)) {
            try JSONParser.parse(String(repeating: "[", count: 1_000_000))
        }
    }

    /// Deep objects count the same way; the column is that of the offending `{`.
    @Test func refusesDeepObjects() {
        let text = String(repeating: #"{"a":"#, count: 100_000)
        #expect(throws: Self.tooDeep(512, column: 5 * 512 + 1)) {
            try JSONParser.parse(text)
        }
    }

    /// A custom limit applies to empty containers too, and 0 allows scalars only.
    @Test func honoursCustomLimit() throws {
        #expect(try JSONParser.parseDocument("[[]]", maxDepth: 2).value == .array([.array([])]))
        #expect(throws: Self.tooDeep(2, column: 3)) {
            try JSONParser.parseDocument("[[[]]]", maxDepth: 2)
        }
        #expect(try JSONParser.parseDocument("7", maxDepth: 0).value == .number("7"))
        #expect(throws: Self.tooDeep(0, column: 1)) {
            try JSONParser.parseDocument("{}", maxDepth: 0)
        }
    }

    /// Depth is about open containers at once, not how many there are in total.
    @Test func siblingsDoNotAddDepth() throws {
        let text = "[" + Array(repeating: "[[]]", count: 10_000).joined(separator: ",") + "]"
        let parsed = try JSONParser.parseDocument(text, maxDepth: 3)
        #expect(parsed.value.elements?.count == 10_000)
    }
}
