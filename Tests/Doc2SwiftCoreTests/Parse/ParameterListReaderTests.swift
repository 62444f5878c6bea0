import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

@Suite struct ParameterListReaderTests {
    @Test(arguments: [
        ("ARRAY. Estate IDs", TypeExpression.array(nil), Bool?.none, false, "Estate IDs"),
        ("STRING. MANDATORY. The term.", .string, true, false, "The term."),
        ("BOOLEAN. OPTIONAL. Case-sensitive.", .bool, false, false, "Case-sensitive."),
        ("TINYINT(1). 1 = active.", .integer(.unspecified), nil, false, "1 = active."),
        ("TINYINT(1) 1 = active.", .integer(.unspecified), nil, false, "TINYINT(1) 1 = active."),
        ("ARRAY of fields to read.", .array(nil), nil, false, "ARRAY of fields to read."),
        ("FLOAT", .double, nil, false, ""),
        ("DEPRECATED. BOOLEAN. Sets sync.", .bool, nil, true, "Sets sync."),
        ("OBJECT. Key: field.", .object, nil, false, "Key: field."),
        ("DATETIME. Deadline.", .dateTime, nil, false, "Deadline."),
    ])
    func typeLines(_ text: String, _ type: TypeExpression, _ required: Bool?, _ deprecated: Bool, _ description: String) throws {
        let line = try #require(TypeLine(text))
        #expect(line.type == type)
        #expect(line.isRequired == required)
        #expect(line.isDeprecated == deprecated)
        #expect(line.description == description)
    }

    @Test func aTypeClosingTheLine() throws {
        let line = try #require(TypeLine(trailing: "Number of records. Default: 20. INTEGER. OPTIONAL"))
        #expect(line.type == .integer(.unspecified))
        #expect(line.isRequired == false)
        #expect(line.description == "Number of records. Default: 20.")
        #expect(TypeLine(trailing: "Estate ID. INTEGER")?.description == "Estate ID.")
        #expect(TypeLine(trailing: "Sent as a STRING") == nil)
        #expect(TypeLine(trailing: "Normal entry") == nil)
    }

    @Test(arguments: ["An array of IDs.", "API calls are limited.", "A note.", "Normal phone entry", "array. lower case"])
    func proseIsNoTypeLine(_ text: String) {
        #expect(TypeLine(text) == nil)
    }

    func read(_ lines: [(String, Bool)]) -> [ActionParameter] {
        var reader = ParameterListReader()
        for (index, (text, inList)) in lines.enumerated() {
            reader.read(ParameterListReader.Line(text: text, location: at(index + 1, 1), isInListItem: inList))
        }
        return reader.finish()
    }

    @Test func namesTypesAndDescriptions() {
        let parameters = read([
            ("`filterid`", false), ("INTEGER. Filter ID.", false), ("More text.", false),
            ("`phone`", false), ("Normal phone entry", false),
            ("`sortorder` ", true), ("STRING. Possible values: `ASC` or `DESC`.", true),
        ])
        #expect(parameters.map(\.name) == ["filterid", "phone", "sortorder"])
        #expect(parameters.map(\.type) == [.integer(.unspecified), .unknown, .string])
        #expect(parameters[0].description == "Filter ID.\nMore text.")
        #expect(parameters[1].description == "Normal phone entry")
        #expect(parameters[2].allowedValues == ["ASC", "DESC"])
        #expect(parameters[2].location == at(6, 1))
    }

    @Test func inlineListItemsAreMembersOfAnObjectParameter() {
        let parameters = read([
            ("`data`", false), ("OBJECT. Fields.", false),
            ("`Deadline:`DATETIME. Deadline.", true), ("`Prio`: INTEGER. MANDATORY. Priority.", true),
            ("`relatedEstateId`", false), ("INTEGER. Estate.", false),
            ("`Betreff:`STRING. Subject.", true),
        ])
        #expect(parameters.map(\.name) == ["data", "relatedEstateId", "Betreff"])
        #expect(parameters[0].members.map(\.name) == ["Deadline", "Prio"])
        #expect(parameters[0].members[1].isRequired == true)
        #expect(parameters[0].members[1].description == "Required. Priority.")
        #expect(parameters[2].type == .string)
    }

    @Test func codeSpansThatAreNotNamesAreDescription() {
        let parameters = read([
            ("- *(individually)*", true),
            ("`relationtype`", false), ("STRING. Links:", false),
            ("`'urn:a:b:c:x'` An estate.", false), ("Buyer: `'urn:a:b:c:y'`", true),
            ("Syntax: `\"relationinfo\": {}`", false),
        ])
        #expect(parameters.map(\.name) == ["relationtype"])
        #expect(parameters[0].allowedValues == ["urn:a:b:c:x", "urn:a:b:c:y"])
    }

    @Test func parameterNames() {
        #expect(ParameterListReader.parameterName("Deadline:") == "Deadline")
        #expect(ParameterListReader.parameterName("phone_private") == "phone_private")
        #expect(ParameterListReader.parameterName("'phone'") == nil)
        #expect(ParameterListReader.parameterName("*„field name“* (individually)") == nil)
    }
}
