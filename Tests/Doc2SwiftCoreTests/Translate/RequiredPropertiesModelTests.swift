import Testing
@testable import Doc2SwiftCore

/// `requiredProperties`: by default every model property is optional; in `documented` mode a
/// property the docs mark required and not nullable is non-optional and its initialiser
/// parameter has no default, in flat and in split models alike.
@Suite struct RequiredPropertiesModelTests {
    /// A response entity whose table marks some properties required; `extra` more optional rows
    /// follow, and the row named in `requiredExtra` (by number) is required too.
    static func page(extra: Int = 0, requiredExtra: Set<Int> = []) -> String {
        var rows = [
            "| Id | int32 | yes | The id. |",
            "| Name | string | no | May be absent. |",
            "| Note | ?string | yes | Always present, may be null. |",
            "| Count | int32 | | Not said. |",
            "| default | Enum: Slim, Full | yes | A keyword name with an enum type. |",
        ]
        rows += (0..<extra).map { "| Field\($0) | string | \(requiredExtra.contains($0) ? "yes" : "no") | Field \($0). |" }
        return """
            ---
            uid: v1Thing_GetThing
            ---

            ```http
            GET /api/v1/Thing
            ```

            ## Response: object

            | Response | Description |
            |----------------|-------------|
            | 200 | OK. |

            Response body: Thing

            | Property Name | Type | Required | Description |
            |----------------|------|----------|-------------|
            \(rows.joined(separator: "\n"))
            """
    }

    static let modelPath = "Sources/APIAPI/Models/Thing.swift"

    /// The model rendered with `mode`.
    static func model(_ page: String, _ mode: RequiredProperties) throws -> String {
        let (pageFacts, _) = facts(page)
        let (built, _) = SchemaBuilder(requiredProperties: mode).build(api: "API", pages: [pageFacts])
        let library = try TemplateLibrary()
        let file = try #require(Translator(options: GenerationOptions(requiredProperties: mode)).translate(built)
            .first { $0.path == modelPath })
        return try library.render(file)
    }

    @Test func theRuleFollowsTheRequiredAndNullableMarks() {
        func property(_ required: Bool?, _ nullable: Bool?) -> Property {
            var property = Property(name: "p", type: .string, description: "", isInferred: false, location: at(1, 1))
            property.isRequired = required
            property.isNullable = nullable
            return property
        }
        let cases: [(Bool?, Bool?)] = [(true, nil), (true, true), (true, false), (false, nil), (nil, nil), (nil, true)]
        #expect(cases.map { RequiredProperties.optional.isOptional(property($0.0, $0.1)) } == Array(repeating: true, count: 6))
        #expect(cases.map { RequiredProperties.documented.isOptional(property($0.0, $0.1)) }
            == [false, true, false, true, true, true])
    }

    @Test func byDefaultEveryPropertyIsOptional() throws {
        let lines = trimmedLines(try Self.model(Self.page(), .optional))
        #expect(lines.contains("public var id: Int32?"))
        #expect(lines.contains("public var note: String?"))
        #expect(lines.contains("public var `default`: Default?"))
        #expect(lines.contains("/// Creates a value. Every property is optional: the docs promise none is always present."))
        #expect(lines.contains("public init(id: Int32? = nil, name: String? = nil, note: String? = nil, count: Int32? = nil, "
            + "`default`: Default? = nil) {"))
    }

    @Test func documentedRequiredPropertiesAreNonOptionalInAFlatModel() throws {
        let lines = trimmedLines(try Self.model(Self.page(), .documented))
        #expect(lines.contains("public var id: Int32"))
        #expect(lines.contains("public var name: String?"))
        // Required but nullable: only Optional can hold null.
        #expect(lines.contains("public var note: String?"))
        #expect(lines.contains("public var count: Int32?"))
        #expect(lines.contains("public var `default`: Default"))
        #expect(lines.contains("/// Creates a value. The properties the docs require (and never give as null) have no default;"))
        #expect(lines.contains("public init(id: Int32, name: String? = nil, note: String? = nil, count: Int32? = nil, "
            + "`default`: Default) {"))
        #expect(lines.contains("self.default = `default`"))
    }

    @Test func aSplitModelTakesItsNonOptionalPropertiesInItsInitialisers() throws {
        let page = Self.page(extra: 2 * ModelContext.partSize, requiredExtra: [100])
        let optional = trimmedLines(try Self.model(page, .optional))
        #expect(optional.contains("public init() {"))
        #expect(optional.contains("_properties1To64 = Properties1To64()"))
        #expect(optional.filter { $0 == "init() {}" }.count == 3)

        let documented = trimmedLines(try Self.model(page, .documented))
        #expect(documented.contains("@dynamicMemberLookup"))
        #expect(documented.contains("public init(id: Int32, `default`: Default, field100: String) {"))
        #expect(documented.contains("_properties1To64 = Properties1To64(id: id, default: `default`)"))
        #expect(documented.contains("_properties65To128 = Properties65To128(field100: field100)"))
        #expect(documented.contains("_properties129To133 = Properties129To133()"))
        #expect(documented.contains("init(id: Int32, `default`: Default) {"))
        #expect(documented.contains("self.default = `default`"))
        #expect(documented.contains("init(field100: String) {"))
        #expect(documented.contains("self.field100 = field100"))
        // Decoding reads a part's required properties first, through the initialiser that takes
        // them; its table marks them required (decoded and encoded without IfPresent).
        #expect(documented.contains("try self.init(id: container.decode(Int32.self, forKey: WireKey(\"Id\")), "
            + "default: container.decode(Default.self, forKey: WireKey(\"default\")))"))
        #expect(documented.contains("WireProperty(\"Id\", required: \\.id),"))
        #expect(documented.contains("WireProperty(\"default\", required: \\.`default`),"))
        #expect(documented.contains("WireProperty(\"Field99\", optional: \\.field99),"))
        #expect(documented.filter { $0 == "init(requiredPropertiesFrom _: KeyedDecodingContainer<WireKey>) {}" }.count == 1)
        // The last part holds no required property and keeps its empty initialiser.
        #expect(documented.filter { $0 == "init() {}" }.count == 1)
        #expect(documented.contains("public var field100: String"))
        #expect(documented.contains("public var field99: String?"))
        #expect(documented.contains("public var note: String?"))
        #expect(!documented.contains { $0.contains("var value = Thing()") })
    }
}

/// A model with non-optional properties has no `init()`, so the replay tests make no placeholder
/// of it (an operation without a sample request then gets no placeholder exchange); other models
/// still get `Type()`.
@Suite struct RequiredPropertiesPlaceholderTests {
    @Test func noPlaceholderOfATypeWithoutAnEmptyInitialiser() {
        var required = Property(name: "id", type: .string, description: "", isInferred: false, location: at(1, 1))
        required.isRequired = true
        let loose = Property(name: "id", type: .string, description: "", isInferred: false, location: at(2, 1))
        let schema = APISchema(name: "Shop", operations: [], types: [
            TypeDefinition(name: "Strict", description: "", properties: [required], origin: .documented, locations: [at(1, 1)]),
            TypeDefinition(name: "Loose", description: "", properties: [loose], origin: .documented, locations: [at(2, 1)]),
        ])
        let documented = ModuleNaming(schema: schema, requiredProperties: .documented)
        #expect(ReplayTestContext.placeholder(swiftType: "Strict", members: nil, naming: documented) == nil)
        #expect(ReplayTestContext.placeholder(swiftType: "Loose", members: nil, naming: documented) == "Loose()")
        let optional = ModuleNaming(schema: schema)
        #expect(ReplayTestContext.placeholder(swiftType: "Strict", members: nil, naming: optional) == "Strict()")
    }
}
