import Testing
@testable import Doc2SwiftCore

/// A request builder of more than `ModelContext.partSize` query parameters keeps them in parts of
/// a fixed size, so that its compile time grows linearly; smaller builders keep stored properties.
@Suite struct SplitRequestTests {
    /// A page of `count` query parameters: the first required, the second an enumeration.
    static func page(queryParameters count: Int) -> String {
        var rows = ["| first | int32 | The first. **Required** |", "| mode | Enum: Slim, Full | How much. |"]
        rows += (2..<count).map { "| q\($0) | string | Query \($0). |" }
        return """
            ---
            uid: v1Wide_GetWide
            ---

            ```http
            GET /api/v1/Wide
            ```

            | Parameter Name | Type | Description |
            |----------------|------|-------------|
            \(rows.joined(separator: "\n"))

            ## Response: object

            | Response | Description |
            |----------------|-------------|
            | 200 | OK. |
            """
    }

    static let builderPath = "Sources/APIAPI/Operations/GetWideRequest.swift"

    @Test func aBuilderOfAtMostOnePartKeepsStoredProperties() throws {
        let builder = try #require(try renderedFiles([Self.page(queryParameters: ModelContext.partSize)])[Self.builderPath])
        let lines = trimmedLines(builder)
        #expect(lines.contains("public var q63: String?"))
        #expect(lines.contains("self.q63 = q63"))
        #expect(lines.contains("if let q63 {"))
        #expect(!builder.contains("@dynamicMemberLookup"))
    }

    @Test func aLargerBuilderKeepsItsQueryParametersInPartsBehindTheSameInitialiser() throws {
        let builder = try #require(try renderedFiles([Self.page(queryParameters: 2 * ModelContext.partSize + 1)])[Self.builderPath])
        let lines = trimmedLines(builder)
        #expect(lines.contains("@dynamicMemberLookup"))
        #expect(lines.contains("private var _queryParameters1To64: QueryParameters1To64"))
        #expect(lines.contains("private var _queryParameters129To129: QueryParameters129To129"))
        #expect(lines.contains("public subscript<Value>(dynamicMember keyPath: WritableKeyPath<QueryParameters65To128, Value>) -> Value {"))
        #expect(lines.contains("set { _queryParameters129To129[keyPath: keyPath] = newValue }"))
        // The initialiser is the flat builder's; each part is initialised whole.
        #expect(lines.contains { $0.hasPrefix("public init(first: Int32, mode: Mode? = nil, q2: String? = nil,") })
        #expect(lines.contains("_queryParameters1To64 = QueryParameters1To64(first: first, mode: mode, "
            + (2..<64).map { "q\($0): q\($0)" }.joined(separator: ", ") + ")"))
        #expect(lines.contains("_queryParameters129To129 = QueryParameters129To129(q128: q128)"))
        #expect(!lines.contains("self.q128 = q128"))
        // The query is read from the parts, in documented order.
        #expect(lines.contains("queryItems.append(APIRequest.QueryItem(name: \"first\", value: String(_queryParameters1To64.first)))"))
        #expect(lines.contains("if let mode = _queryParameters1To64.mode {"))
        #expect(lines.contains("queryItems.append(APIRequest.QueryItem(name: \"mode\", value: mode.rawValue))"))
        #expect(lines.contains("if let q128 = _queryParameters129To129.q128 {"))
        // The parts are public and carry the parameters' documentation.
        #expect(lines.contains("public struct QueryParameters1To64: Hashable, Sendable {"))
        #expect(lines.contains("/// The first."))
        #expect(lines.contains("public var first: Int32"))
        #expect(lines.contains("public var mode: Mode?"))
        #expect(lines.contains("/// Query 128."))
        #expect(lines.contains("public var q128: String?"))
        #expect(!lines.contains("public var q128: String? {"))
    }
}
