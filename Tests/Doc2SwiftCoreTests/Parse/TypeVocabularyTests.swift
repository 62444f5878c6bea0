import Testing
@testable import Doc2SwiftCore

/// Each entry of the docs' type vocabulary, and the headings that name objects.
@Suite struct TypeVocabularyTests {
    @Test(arguments: [
        ("snowflake", TypeExpression?.some(.string)),
        ("ISO8601 timestamp", .dateTime),
        ("?ISO8601 timestamp", .dateTime),
        ("?integer", .integer(.unspecified)),
        ("string?", .string),
        ("Edm.String", .string),
        ("Edm.Int32", .integer(.int32)),
        ("DateTimeOffset", .dateTime),
        ("String collection", .array(.string)),
        ("array of snowflakes", .array(.string)),
        ("array of strings", .array(.string)),
        ("list of integers", .array(.integer(.unspecified))),
        ("array of hashes", .array(.object)),
        ("integer(int64)", .integer(.int64)),
        ("integer(int32)", .integer(.int32)),
        ("string(date-time)", .dateTime),
        ("number(double)", .double),
        ("string(byte)", .bytes),
        ("string(uuid)", .string),
        ("array[string]", .array(.string)),
        ("[string]", .array(.string)),
        ("[Pet]", .array(.named("Pet"))),
        ("[[integer]]", .array(.array(.integer(.unspecified)))),
        ("array of addresses", .array(.named("address"))),
        ("list of boxes", .array(.named("box"))),
        ("array of user objects", .array(.named("user"))),
        ("array of partial channel objects", .array(.named("channel"))),
        ("thread member object", .named("threadMember")),
        ("a thread member", .named("threadMember")),
        ("Int[]", .array(.integer(.unspecified))),
        ("mixed", .object),
        ("map", .object),
        ("unsigned", .integer(.unspecified)),
        ("unix ts", .integer(.int64)),
        ("todoTask", .named("todoTask")),
        ("?string (can be null only in reaction emoji objects)", .string),
        ("boolean (0 or 1)", .bool),
        ("a (date)", nil),
    ])
    func reads(_ text: String, _ expected: TypeExpression?) {
        #expect(TypeVocabulary.parse(text) == expected, "\(text)")
    }

    @Test(arguments: ["integer or string", "integer/string", "unsigned or object", "a very long sentence of many words"])
    func unionsAndProseStayUnread(_ text: String) {
        #expect(TypeVocabulary.parse(text) == nil, "\(text)")
    }

    @Test func objectHeadings() {
        #expect(ObjectHeading.objectName("Channel Structure", pageTitle: nil) == "Channel")
        #expect(ObjectHeading.objectName("Poll Media Object Structure", pageTitle: nil) == "PollMedia")
        #expect(ObjectHeading.objectName("The Division Object (Beta)", pageTitle: nil) == "Division")
        #expect(ObjectHeading.objectName("Channel Object", pageTitle: nil) == "Channel")
        #expect(ObjectHeading.objectName("Coupon Base (object)", pageTitle: nil) == "CouponBase")
        #expect(ObjectHeading.objectName("Properties", pageTitle: "todoTask resource type") == "todoTask")
        #expect(ObjectHeading.objectName("Properties", pageTitle: "Create todoTask") == nil)
        #expect(ObjectHeading.objectName("Query String Params", pageTitle: nil) == nil)
        #expect(ObjectHeading.objectName("Get Channel", pageTitle: nil) == nil)
    }

    /// `## Pet` under `# Schemas` (or `Models`, `Definitions`) names an object by itself.
    @Test func collectionMembers() {
        #expect(ObjectHeading.collectionMember("Pet", parentHeading: "Schemas") == "Pet")
        #expect(ObjectHeading.collectionMember("order_item", parentHeading: "Data  Models") == "order_item")
        #expect(ObjectHeading.collectionMember("Api Response", parentHeading: "definitions") == "ApiResponse")
        #expect(ObjectHeading.collectionMember("Pet", parentHeading: "Pets") == nil)
        #expect(ObjectHeading.collectionMember("Pet", parentHeading: nil) == nil)
        #expect(ObjectHeading.collectionMember("How to read a pet", parentHeading: "Schemas") == nil)
        #expect(ObjectHeading.collectionMember("Pet (deprecated)", parentHeading: "Schemas") == nil)
    }

    @Test func returnedObjects() {
        #expect(PageWalk.returnedObject(in: "Get a channel by ID. Returns a channel object.") == .named("channel"))
        #expect(PageWalk.returnedObject(in: "this method returns a `200 OK` response code and a todoTaskList object "
            + "in the response body.") == .named("todoTaskList"))
        #expect(PageWalk.returnedObject(in: "Returns an array of message objects on success.") == .array(.named("message")))
        #expect(PageWalk.returnedObject(in: "Returns a collection of todoTask objects.") == .array(.named("todoTask")))
        #expect(PageWalk.returnedObject(in: "Create a channel object for the guild.") == nil)
        #expect(PageWalk.returnedObject(in: "Returns the updated object.") == nil)
        // What it is, not which one, may stand between the determiner and the name.
        #expect(PageWalk.returnedObject(in: "this method returns a `200 OK` response code and an updated todoTask "
            + "object in the response body.") == .named("todoTask"))
        #expect(PageWalk.returnedObject(in: "Returns the created guild template object on success.")
            == .named("guildTemplate"))
        #expect(PageWalk.returnedObject(in: "Returns a collection of new todoTask objects.") == .array(.named("todoTask")))
        #expect(PageWalk.returnedObject(in: "Returns updated todoTask objects.") == nil)
    }
}

extension TypeVocabularyTests {
    @Test func possibleValuesInDescriptions() {
        #expect(TypeDefinitionReader.possibleValues(in: "The list name. Possible values are: `none`, `defaultList`, "
            + "`flaggedEmails`. More text with `code`.") == ["none", "defaultList", "flaggedEmails"])
        #expect(TypeDefinitionReader.possibleValues(in: "Possible values are: `one`.") == nil)
        #expect(TypeDefinitionReader.possibleValues(in: "Uses `a` and `b`.") == nil)
    }

    @Test func unionsWrittenWithOr() {
        #expect(TypeVocabulary.unionMembers("unsigned or object") == [.integer(.unspecified), .object])
        #expect(TypeVocabulary.unionMembers("string or null") == [.string])
        #expect(TypeVocabulary.unionMembers("integer OR string") == [.integer(.unspecified), .string])
        #expect(TypeVocabulary.unionMembers("int or int32 or snowflake")?.count == 3)
        #expect(TypeVocabulary.unionMembers("string") == nil)
        #expect(TypeVocabulary.unionMembers("role or the user's name") == nil)
        // A slash joins built-in types only.
        #expect(TypeVocabulary.unionMembers("integer/string") == [.integer(.unspecified), .string])
        #expect(TypeVocabulary.unionMembers("application/json") == nil)
        #expect(TypeVocabulary.unionMembers("integer / string") == nil)
        var diagnostics = Diagnostics()
        #expect(TypeVocabulary.unionType([.string], written: "string or null", at: at(1, 1), diagnostics: &diagnostics)
            == .string)
        #expect(diagnostics.all.isEmpty)
        // Members a JSON value's kind tells apart: the union itself, no warning.
        #expect(TypeVocabulary.unionType([.integer(.unspecified), .object], written: "unsigned or object", at: at(2, 3),
                                         diagnostics: &diagnostics) == .union([.integer(.unspecified), .object]))
        #expect(TypeVocabulary.unionType([.string, .named("Contact"), .array(.string)], written: "x", at: at(2, 3),
                                         diagnostics: &diagnostics) == .union([.string, .named("Contact"), .array(.string)]))
        #expect(diagnostics.all.isEmpty)
        // Members of one kind (a date is a string; 1 is an integer and a number): untyped, with a warning.
        #expect(TypeVocabulary.unionType([.string, .dateTime], written: "string or ISO8601 timestamp", at: at(3, 3),
                                         diagnostics: &diagnostics) == .object)
        #expect(TypeVocabulary.unionType([.integer(.unspecified), .double], written: "integer or float", at: at(4, 3),
                                         diagnostics: &diagnostics) == .object)
        #expect(TypeVocabulary.unionType([.named("A"), .object], written: "A or object", at: at(5, 3),
                                         diagnostics: &diagnostics) == .object)
        // A parameter (a fallback other than JSON) stays its fallback: a query value is text anyway.
        #expect(TypeVocabulary.unionType([.integer(.unspecified), .string], written: "integer or string",
                                         fallback: .string, at: at(6, 3), diagnostics: &diagnostics) == .string)
        #expect(messages(diagnostics) == [
            "Test.md:3:3: warning: type 'string or ISO8601 timestamp' is a union (string or date-time); typed as "
                + "JSONValue, which holds any of them",
            "Test.md:4:3: warning: type 'integer or float' is a union (integer or double); typed as JSONValue, which "
                + "holds any of them",
            "Test.md:5:3: warning: type 'A or object' is a union (A or object); typed as JSONValue, which holds any of them",
            "Test.md:6:3: note: type 'integer or string' is a union (integer or string); a parameter travels as "
                + "text, so it is typed as string, which carries every member",
        ])
        // A parameter union with an object member cannot travel as text unchanged: a warning.
        var more = Diagnostics()
        #expect(TypeVocabulary.unionType([.integer(.unspecified), .object], written: "unsigned or object",
                                         fallback: .string, at: at(7, 3), diagnostics: &more) == .string)
        #expect(messages(more) == ["Test.md:7:3: warning: type 'unsigned or object' is a union (integer or object); "
            + "typed as string"])
    }

    @Test func returnedObjectsNamedByALinkToTheirHeading() {
        func returned(_ text: String) -> TypeExpression? { PageWalk.returnedLink(in: text, at: at(1, 1))?.type }
        #expect(returned("Creates a stage. Returns that [Stage instance](#DOCS_X/stage-instance-object). Fires an event.")
            == .named("StageInstance"))
        #expect(returned("Returns the updated [channel](#DOCS_X/channel-object) on success.") == .named("channel"))
        #expect(returned("This request returns an [expense object](#the-expense-object)") == .named("expense"))
        #expect(PageWalk.returnedLink(in: "Returns a [contact](#the-contact-object).", at: at(3, 1))?.link
            == TypeLink(text: "contact", target: "#the-contact-object", location: at(3, 1)))
        // A link to anything but an object's heading, or far from the verb, says nothing about the result.
        #expect(returned("Returns the [status](#statuses) of a contact.") == nil)
        #expect(returned("Returns `204 No Content` and fires a [Stage Instance Delete](#DOCS_EVENTS/x-object) event.") == nil)
        #expect(returned("Fires a [Guild Update](#DOCS_X/guild-object) event.") == nil)
    }

    @Test func returnedObjectsOfSeveralWords() {
        #expect(PageWalk.returnedObject(in: "Returns an array of thread member objects.") == .array(.named("threadMember")))
        #expect(PageWalk.returnedObject(in: "Returns a guild scheduled event object on success.")
            == .named("guildScheduledEvent"))
    }
}
