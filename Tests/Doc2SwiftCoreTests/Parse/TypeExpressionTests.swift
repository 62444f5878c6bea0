import Testing
@testable import Doc2SwiftCore

@Suite struct TypeExpressionTests {
    @Test(arguments: [
        ("string", TypeExpression.string), ("String", .string), ("guid", .string), ("uri", .string),
        ("Integer", .integer(.unspecified)), ("int", .integer(.unspecified)),
        ("int32", .integer(.int32)), ("int16", .integer(.int32)),
        ("int64", .integer(.int64)), ("long", .integer(.int64)),
        ("double", .double), ("decimal", .double), ("number", .double),
        ("bool", .bool), ("Boolean", .bool),
        ("date-time", .dateTime), ("DateTime", .dateTime), ("date", .dateTime),
        ("byte", .bytes), ("binary", .bytes), ("stream", .bytes),
        ("object", .object), ("Object", .object), ("StringDictionary", .object),
        ("array", .array(nil)), ("Array", .array(nil)),
    ])
    func primitiveNames(text: String, expected: TypeExpression) {
        #expect(TypeExpression.parse(text) == expected)
    }

    @Test func surroundingSpacesAreIgnored() {
        #expect(TypeExpression.parse("  int32 ") == .integer(.int32))
    }

    @Test func emptyCellIsUnknown() {
        #expect(TypeExpression.parse("") == .unknown)
        #expect(TypeExpression.parse("   ") == .unknown)
    }

    @Test func entityNamesAreNamedTypes() {
        #expect(TypeExpression.parse("Associate") == .named("Associate"))
        #expect(TypeExpression.parse("TicketRelationEntityWithLinks") == .named("TicketRelationEntityWithLinks"))
        #expect(TypeExpression.parse("SuperOffice.Data_2") == .named("SuperOffice.Data_2"))
    }

    @Test func arraySuffix() {
        #expect(TypeExpression.parse("int32[]") == .array(.integer(.int32)))
        #expect(TypeExpression.parse("Associate[]") == .array(.named("Associate")))
        #expect(TypeExpression.parse("[]") == .array(nil))
    }

    @Test func enumerationKeepsMembersInOrder() {
        #expect(TypeExpression.parse("Enum: Unknown, New, Aquired, Started")
            == .enumeration(["Unknown", "New", "Aquired", "Started"]))
        #expect(TypeExpression.parse("enum:A,,B , ") == .enumeration(["A", "B"]))
    }

    @Test func enumerationWithoutMembersIsString() {
        #expect(TypeExpression.parse("Enum:") == .string)
        #expect(TypeExpression.parse("Enum:  , ") == .string)
    }

    @Test(arguments: ["weird type!", "2Things", "List<int>", "Associate Entity", "int32 (optional)", "-"])
    func textThatIsNoTypeIsNil(text: String) {
        #expect(TypeExpression.parse(text) == nil)
    }

    @Test func displayNames() {
        #expect(TypeExpression.string.displayName == "string")
        #expect(TypeExpression.integer(.unspecified).displayName == "integer")
        #expect(TypeExpression.integer(.int32).displayName == "int32")
        #expect(TypeExpression.integer(.int64).displayName == "int64")
        #expect(TypeExpression.double.displayName == "double")
        #expect(TypeExpression.bool.displayName == "bool")
        #expect(TypeExpression.dateTime.displayName == "date-time")
        #expect(TypeExpression.bytes.displayName == "byte")
        #expect(TypeExpression.object.displayName == "object")
        #expect(TypeExpression.array(nil).displayName == "array")
        #expect(TypeExpression.array(.named("Associate")).displayName == "array of Associate")
        #expect(TypeExpression.array(.array(.bool)).displayName == "array of array of bool")
        #expect(TypeExpression.enumeration(["A", "B"]).displayName == "Enum: A, B")
        #expect(TypeExpression.named("Thing").displayName == "Thing")
        #expect(TypeExpression.unknown.displayName == "(no type)")
    }

    @Test func specificityOrdersVagueBeforeSpecific() {
        let ordered: [TypeExpression] = [.unknown, .object, .string, .array(nil), .integer(.unspecified), .integer(.int32)]
        #expect(ordered.map(\.specificity) == [0, 1, 2, 3, 4, 5])
        let specific: [TypeExpression] = [
            .enumeration(["A"]), .named("X"), .array(.string), .integer(.int64), .double, .bool, .dateTime, .bytes,
        ]
        #expect(specific.map(\.specificity) == Array(repeating: 5, count: specific.count))
    }
}
