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
        #expect(lines.contains("public struct WideEntity: Codable, Hashable, Sendable, PropertyTableModel {"))
        #expect(lines.contains("WireProperty(\"Field63\", optional: \\.field63),"))
        #expect(!model.contains("private struct"))
    }

    @Test func aLargerTypeKeepsItsPropertiesInPartsItReadsThroughDynamicMembers() throws {
        let model = try #require(try renderedFiles([Self.page(properties: 2 * ModelContext.partSize + 1)])[Self.modelPath])
        let lines = trimmedLines(model)
        #expect(lines.contains("@dynamicMemberLookup"))
        #expect(lines.contains("private var _properties1To64: Properties1To64"))
        #expect(lines.contains("private var _properties129To129: Properties129To129"))
        #expect(lines.contains("public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Properties1To64, Value>) -> Value {"))
        #expect(lines.contains("get { _properties129To129[keyPath: keyPath] }"))
        #expect(lines.contains("set { _properties129To129[keyPath: keyPath] = newValue }"))
        // No forwarding accessor and no memberwise initialiser of 129 defaulted arguments.
        #expect(!lines.contains("public var properties1To64: Int32? {"))
        #expect(!lines.contains { $0.hasPrefix("public init(properties1To64:") })
        #expect(lines.contains("public init() {"))
        #expect(lines.contains("_properties1To64 = Properties1To64()"))
        #expect(lines.contains("_properties65To128 = try Properties65To128(from: decoder)"))
        #expect(lines.contains("try _properties129To129.encode(to: encoder)"))
        // The parts are public and carry the properties' documentation.
        #expect(lines.contains("public struct Properties1To64: Codable, Hashable, Sendable, PropertyTableModel {"))
        // The model itself conforms through its parts, not through a table of its own.
        #expect(lines.contains("public struct WideEntity: Codable, Hashable, Sendable {"))
        #expect(lines.contains("/// How much."))
        #expect(lines.contains("public var mode: Mode?"))
        #expect(lines.contains("/// Field 128."))
        #expect(lines.contains("public var field128: String?"))
        // Equality, hashing and coding are loops over each part's table of properties, written once
        // per module in the extension of `PropertyTableModel`; no part synthesizes them or has coding keys.
        #expect(lines.contains("WireProperty(\"Field128\", optional: \\.field128),"))
        #expect(lines.contains("WireProperty(\"Properties1To64\", optional: \\.properties1To64),"))
        #expect(!lines.contains("enum CodingKeys: String, CodingKey {"))
        #expect(!lines.contains { $0.hasPrefix("protocol ") || $0.hasPrefix("extension ") })
        #expect(lines.contains("public enum Mode: RawRepresentable, Codable, Hashable, Sendable {"))
        #expect(lines.contains { $0.hasPrefix("/// Its 129 properties are kept in parts of at most 64") })
    }

    /// An action envelope whose body type is split (here 66 members) is created empty and set
    /// member by member: the split type has no memberwise initialiser.
    @Test func anAssembledBodyOfASplitTypeIsSetMemberByMember() throws {
        let extra = (0..<61).map { "    \"extra\($0)\": \"\",\n" }.joined()
        let page = ActionEnvelopeTests.createPage.replacingOccurrences(
            of: "    \"resourcetype\": \"relation\",\n", with: "    \"resourcetype\": \"relation\",\n" + extra)
        let files = try renderedFiles([page])
        let builder = try #require(files["Sources/APIAPI/Operations/TestRequest.swift"])
        let lines = trimmedLines(builder)
        #expect(lines.contains("var body = TestEnvelope()"))
        #expect(lines.contains("body.actionid = \"urn:x:action:create\""))
        #expect(lines.contains("body.extra60 = extra60"))
        #expect(lines.contains("body.parameters = parameters"))
        #expect(!lines.contains { $0.hasPrefix("let body = TestEnvelope(") })
        let envelope = try #require(files["Sources/APIAPI/Models/TestEnvelope.swift"])
        #expect(envelope.contains("@dynamicMemberLookup"))
    }
}
