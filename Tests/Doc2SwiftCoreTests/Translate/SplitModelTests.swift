import Testing
@testable import Doc2SwiftCore

/// A type of more than `ModelContext.partSize` properties keeps them in parts of a fixed size, so
/// that its compile time grows linearly; smaller types keep the flat shape.
@Suite struct SplitModelTests {
    /// A response entity of `count` properties; the first is named like the first part's type,
    /// and the second is an enumeration, whose type a part must still find.
    static func page(properties count: Int) -> String {
        var rows = ["| Properties1To64 | int32 | Named like a part. |", "| Mode | Enum: Slim, Full | How much. |"]
        rows += (2..<count).map { "| Field\($0) | string | Field \($0). |" }
        return """
            ---
            uid: v1Wide_GetWide
            ---

            ```http
            GET /api/v1/Wide
            ```

            ## Response: object

            | Response | Description |
            |----------------|-------------|
            | 200 | OK. |

            Response body: WideEntity

            | Property Name | Type |  Description |
            |----------------|------|--------------|
            \(rows.joined(separator: "\n"))
            """
    }

    static let modelPath = "Sources/APIAPI/Models/WideEntity.swift"

    @Test func aTypeOfAtMostOnePartStaysFlat() throws {
        let model = try #require(try renderedFiles([Self.page(properties: ModelContext.partSize)])[Self.modelPath])
        let lines = trimmedLines(model)
        #expect(lines.contains("public var properties1To64: Int32?"))
        #expect(lines.contains("self.field63 = field63"))
        #expect(lines.contains("enum CodingKeys: String, CodingKey {"))
        #expect(!model.contains("private struct"))
    }

    @Test func aLargerTypeKeepsItsPropertiesInPartsBehindTheSameAPI() throws {
        let model = try #require(try renderedFiles([Self.page(properties: 2 * ModelContext.partSize + 1)])[Self.modelPath])
        let lines = trimmedLines(model)
        #expect(lines.contains("public var properties1To64: Int32? {"))
        #expect(lines.contains("private var _properties1To64: Properties1To64"))
        #expect(lines.contains("private var _properties129To129: Properties129To129"))
        #expect(lines.contains("get { _properties1To64.properties1To64 }"))
        #expect(lines.contains("set { _properties129To129.field128 = newValue }"))
        #expect(lines.contains("_properties1To64 = Properties1To64(properties1To64: properties1To64, mode: mode, "
            + (2..<64).map { "field\($0): field\($0)" }.joined(separator: ", ") + ")"))
        #expect(lines.contains("_properties129To129 = Properties129To129(field128: field128)"))
        #expect(lines.contains("_properties65To128 = try Properties65To128(from: decoder)"))
        #expect(lines.contains("try _properties129To129.encode(to: encoder)"))
        #expect(lines.contains("private struct Properties1To64: Codable, Hashable, Sendable {"))
        #expect(lines.contains("var mode: Mode?"))
        #expect(lines.contains("case field128 = \"Field128\""))
        #expect(lines.filter { $0 == "enum CodingKeys: String, CodingKey {" }.count == 3)
        #expect(lines.contains("public enum Mode: RawRepresentable, Codable, Hashable, Sendable {"))
        #expect(lines.contains { $0.hasPrefix("public init(properties1To64: Int32? = nil, mode: Mode? = nil, field2: String? = nil") })
    }
}
