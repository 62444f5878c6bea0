import OrderedJSON
import Testing
@testable import Doc2SwiftCore

@Suite struct SchemaBuilderTests {
    /// A POST whose request table uses JSON-ish types and whose response table uses response types.
    static let postThing = """
    ---
    uid: v1Thing_PostThing
    ---

    # POST Thing

    ```http
    POST /api/v1/Thing
    ```

    ## Request Body: newEntity 

    The ThingEntity to be saved. 

    | Property Name | Type |  Description |
    |----------------|------|--------------|
    | Count | Integer | How many. |
    | State | String | The state. |
    | Owner | Associate | Who. |

    ## Response:

    OK

    | Response | Description |
    |----------------|-------------|
    | 200 | OK |

    ### Response body: ThingEntity

    | Property Name | Type |  Description |
    |----------------|------|--------------|
    | Count | int32 |  |
    | State | Enum: Open, Closed |  |
    | Owner | bool |  |
    """

    /// A GET documenting its response as `object` with the same property names as `ThingEntity`.
    static let getThing = """
    ---
    uid: v1Thing_GetThing
    ---

    # GET Thing

    ```http
    GET /api/v1/Thing/{id}
    ```

    | Path Part | Type | Description |
    |-----------|------|-------------|
    | id | int32 | The id. **Required** |

    ## Response:

    OK

    | Response | Description |
    |----------------|-------------|
    | 200 | OK |
    | 404 | Not Found |

    ### Response body: object

    | Property Name | Type |  Description |
    |----------------|------|--------------|
    | Count | int32 | How many. |
    | State | string | The state. |
    | Owner | Associate | Who. |

    ## Sample response

    ```http_
    HTTP/1.1 200 OK
    Content-Type: application/json; charset=utf-8

    {
      "Count": 3,
      "State": "Open",
      "Owner": { "Name": "Ann", "Id": 7 },
      "Extra": 1.5
    }
    ```
    """

    @Test func integerAndInt32MergeToInt32() throws {
        let (built, _) = schema([Self.postThing])
        let thing = try #require(built.type(named: "ThingEntity"))
        #expect(thing.origin == .documented)
        #expect(thing.properties.first { $0.name == "Count" }?.type == .integer(.int32))
        #expect(thing.properties.first { $0.name == "Count" }?.description == "How many.")
        #expect(thing.locations.count == 2)
        #expect(thing.locations.first == at(11, 1, in: "Page1.md"))
    }

    @Test func stringAndEnumMergeToTheEnum() throws {
        let (built, _) = schema([Self.postThing])
        let thing = try #require(built.type(named: "ThingEntity"))
        #expect(thing.properties.first { $0.name == "State" }?.type == .enumeration(["Open", "Closed"]))
    }

    @Test func conflictingTypesKeepTheFirstAndWarnAtTheSecond() throws {
        let (built, diagnostics) = schema([Self.postThing])
        let thing = try #require(built.type(named: "ThingEntity"))
        #expect(thing.properties.map(\.name) == ["Count", "State", "Owner"])
        // Associate is documented nowhere, so the kept type then falls back to JSONValue.
        #expect(thing.properties.first { $0.name == "Owner" }?.type == .object)
        #expect(messages(diagnostics) == [
            "Page1.md:19:3: warning: type 'Associate' is referenced but never documented, and no sample shows it; "
                + "typed as JSONValue",
            "Page1.md:35:3: warning: 'ThingEntity.Owner' is typed bool here but Associate at Page1.md:19:3; kept Associate",
        ])
    }

    @Test func mergeTypesRefinesAndConflicts() {
        var diagnostics = Diagnostics()
        func merge(_ existing: TypeExpression, _ new: TypeExpression) -> TypeExpression {
            TypeRegistry.mergeTypes(existing, new, property: "T.p", existingAt: at(1, 1), newAt: at(2, 1),
                                    diagnostics: &diagnostics)
        }
        #expect(merge(.integer(.unspecified), .integer(.int32)) == .integer(.int32))
        #expect(merge(.integer(.int64), .integer(.unspecified)) == .integer(.int64))
        #expect(merge(.string, .enumeration(["A"])) == .enumeration(["A"]))
        #expect(merge(.unknown, .named("X")) == .named("X"))
        #expect(merge(.named("X"), .unknown) == .named("X"))
        #expect(merge(.array(nil), .array(.string)) == .array(.string))
        #expect(merge(.array(.string), .array(nil)) == .array(.string))
        #expect(merge(.object, .named("X")) == .named("X"))
        #expect(messages(diagnostics) == [])
        #expect(merge(.dateTime, .string) == .dateTime)
        #expect(messages(diagnostics) == [])
        #expect(merge(.bool, .named("Flag")) == .bool)
        #expect(merge(.array(.string), .array(.integer(.int32))) == .array(.string))
        #expect(messages(diagnostics) == [
            "Test.md:2:1: warning: 'T.p' is typed Flag here but bool at Test.md:1:1; kept bool",
            "Test.md:2:1: warning: 'T.p' is typed array of int32 here but array of string at Test.md:1:1; kept array of string",
        ])
    }

    @Test
    func differentIntegerWidthsAreAConflict() {
        var diagnostics = Diagnostics()
        let merged = TypeRegistry.mergeTypes(.integer(.int32), .integer(.int64), property: "T.p", existingAt: at(1, 1),
                                             newAt: at(2, 1), diagnostics: &diagnostics)
        #expect(merged == .integer(.int32))
        #expect(messages(diagnostics) == [
            "Test.md:2:1: warning: 'T.p' is typed int64 here but int32 at Test.md:1:1; kept int32",
        ])
    }

    @Test func requestBodyIsNamedFromItsDescription() throws {
        let (built, _) = schema([Self.postThing])
        let operation = try #require(built.operations.first)
        #expect(operation.requestBody?.type == .named("ThingEntity"))
        #expect(operation.requestBody?.parameterName == "newEntity")
        #expect(operation.requestBody?.description == "The ThingEntity to be saved.")
    }

    @Test func entityNameInDescription() {
        #expect(SchemaBuildState.entityName(in: "The ContactRelationEntity to be saved.") == "ContactRelationEntity")
        #expect(SchemaBuildState.entityName(in: "An AppointmentEntity.") == "AppointmentEntity")
        #expect(SchemaBuildState.entityName(in: "TicketRelationEntity to save") == "TicketRelationEntity")
        #expect(SchemaBuildState.entityName(in: "The entity to be saved.") == nil)
        #expect(SchemaBuildState.entityName(in: "The Entity to be saved.") == nil)
        #expect(SchemaBuildState.entityName(in: "The Foo-Bar entity") == nil)
        #expect(SchemaBuildState.entityName(in: "") == nil)
        // Markup and shouting are no names: `[!INCLUDE table-intro]` left a body named `INCLUDE`.
        #expect(SchemaBuildState.entityName(in: "[!INCLUDE table-intro]") == nil)
        #expect(SchemaBuildState.entityName(in: "The JSON body.") == nil)
        #expect(SchemaBuildState.entityName(in: "The ContactEntity, to be saved") == "ContactEntity")
    }

    @Test func baseNameAndStem() {
        #expect(SchemaBuildState.baseName("v1ContactRelationEntity_PostContactRelationEntity") == "PostContactRelationEntity")
        #expect(SchemaBuildState.baseName("plain") == "plain")
        #expect(SchemaBuildState.baseName("trailing_") == "trailing")
        #expect(SchemaBuildState.stem(of: "docs/rest/v1Foo_Bar.md") == "v1Foo_Bar")
        #expect(SchemaBuildState.stem(of: "notes.txt") == "notes.txt")
    }

    @Test func objectResponseMatchingANamedTypeUsesThatType() throws {
        let (built, _) = schema([Self.postThing, Self.getThing])
        let get = try #require(built.operations.first { $0.id == "v1Thing_GetThing" })
        #expect(get.responses.map(\.status) == [200, 404])
        #expect(get.responses.map(\.body) == [.named("ThingEntity"), nil])
        #expect(built.types.map(\.name) == ["Associate", "ThingEntity"])
    }

    @Test func untabledTypeShownInASampleIsInferred() throws {
        let (built, diagnostics) = schema([Self.postThing, Self.getThing])
        let associate = try #require(built.type(named: "Associate"))
        #expect(associate.origin == .inferred)
        #expect(associate.properties.map(\.name) == ["Name", "Id"])
        #expect(associate.properties.map(\.type) == [.string, .integer(.unspecified)])
        #expect(associate.properties.allSatisfy { $0.isInferred })
        #expect(messages(diagnostics).contains(
            "Page2.md:41:3: warning: type 'Associate' is never documented in a table; its properties are inferred "
                + "from 1 sample value(s) (first at $.Owner)"))
    }

    @Test func sampleKeyMissingFromTheTableIsAddedWithAWarning() throws {
        let (built, diagnostics) = schema([Self.postThing, Self.getThing])
        let thing = try #require(built.type(named: "ThingEntity"))
        let extra = try #require(thing.properties.last)
        #expect(extra.name == "Extra")
        #expect(extra.type == .double)
        #expect(extra.isInferred)
        #expect(extra.location == at(42, 3, in: "Page2.md"))
        #expect(messages(diagnostics) == [
            "Page1.md:35:3: warning: 'ThingEntity.Owner' is typed bool here but Associate at Page1.md:19:3; kept Associate",
            "Page2.md:41:3: warning: type 'Associate' is never documented in a table; its properties are inferred "
                + "from 1 sample value(s) (first at $.Owner)",
            "Page2.md:42:3: warning: sample property 'Extra' is not in the table of ThingEntity; added as double from the sample",
        ])
        let get = try #require(built.operations.first { $0.id == "v1Thing_GetThing" })
        #expect(get.responseSamples.map(\.untestedReason) == [nil])
    }

    @Test func sampleFittingNoPropertyIsAMismatchAndUntested() throws {
        let (built, diagnostics) = schema(["""
        ---
        uid: v1Thing_GetThing
        ---

        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Response:

        OK

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: Thing

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | Count | int32 | How many. |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK

        {
          "Zone": "UTC",
          "Offset": 60
        }
        ```
        """, """
        ---
        uid: v1Zone_GetZone
        ---

        # GET Zone

        ```http
        GET /api/v1/Zone
        ```

        ## Response:

        OK

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: TimeZoneData

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | Zone | string |  |
        | Offset | int32 |  |
        | Name | string |  |
        """])
        let reason = "the value at $ has none of the properties of Thing (it has Zone, Offset); it looks like TimeZoneData"
        #expect(messages(diagnostics) == [
            "Page1.md:30:1: warning: sample does not match the documented type: \(reason) (Thing is documented at "
                + "Page1.md:19:1); sample not tested",
        ])
        let get = try #require(built.operations.first { $0.id == "v1Thing_GetThing" })
        #expect(get.responseSamples.map(\.untestedReason) == [reason])
        #expect(built.type(named: "Thing")?.properties.map(\.name) == ["Count"])
    }

    @Test func untabledReferencedTypeWithoutSampleBecomesJSONValue() throws {
        let (built, diagnostics) = schema("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Response:

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: Thing

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | Owner | Associate |  |
        | Helper | Associate |  |
        | Parts | array |  |
        | Mystery |  |  |
        """)
        let thing = try #require(built.type(named: "Thing"))
        #expect(thing.properties.map(\.type) == [.object, .object, .array(.object), .object])
        #expect(built.type(named: "Associate") == nil)
        #expect(messages(diagnostics) == [
            "Test.md:17:3: warning: type 'Associate' is referenced but never documented, and no sample shows it; "
                + "typed as JSONValue",
            "Test.md:20:3: warning: 'Thing.Mystery' has no documented type and no sample value; typed as JSONValue",
        ])
    }

    @Test func untypedPropertyTakesItsTypeFromSamples() throws {
        let (built, diagnostics) = schema("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Response:

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: Thing

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | When |  |  |
        | Ids | array |  |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK

        {"When": "2020-01-02T03:04:05Z", "Ids": [1, 2]}
        ```
        """)
        let thing = try #require(built.type(named: "Thing"))
        #expect(thing.properties.map(\.type) == [.dateTime, .array(.integer(.unspecified))])
        #expect(messages(diagnostics) == [
            "Test.md:17:3: note: 'Thing.When' has no documented type; typed date-time from samples",
            "Test.md:18:3: note: 'Thing.Ids' has no documented type; typed array of integer from samples",
        ])
    }

    /// A POST whose body has no table, only a sample.
    static let batch = """
    ---
    uid: v1Thing_Batch
    ---

    # POST Thing/Batch

    ```http
    POST /api/v1/Thing/Batch
    ```

    ## Request Body: request 

    Ids, When, Nested 

    ## Response:bool

    OK

    | Response | Description |
    |----------------|-------------|
    | 200 | OK |

    ## Sample request

    ```http!
    POST /api/v1/Thing/Batch
    Content-Type: application/json

    {
      "Ids": [1, 2],
      "When": "2020-01-02T03:04:05",
      "Nested": { "A": true }
    }
    ```

    ## Sample response

    ```http_
    HTTP/1.1 200 OK

    true
    ```
    """

    @Test func untabledRequestBodyIsInferredFromItsSample() throws {
        let (built, diagnostics) = schema(Self.batch)
        let operation = try #require(built.operations.first)
        #expect(operation.requestBody?.type == .named("BatchBody"))
        #expect(operation.responses.map(\.body) == [.bool])
        let body = try #require(built.type(named: "BatchBody"))
        #expect(body.origin == .inferred)
        #expect(body.properties.map(\.name) == ["Ids", "When", "Nested"])
        #expect(body.properties.map(\.type) == [.array(.integer(.unspecified)), .dateTime, .named("BatchBodyNested")])
        #expect(built.type(named: "BatchBodyNested")?.properties.map(\.type) == [.bool])
        #expect(operation.requestSamples.map(\.untestedReason) == [nil])
        #expect(operation.responseSamples.map(\.untestedReason) == [nil])
        #expect(messages(diagnostics) == ["Test.md:11:1: note: request body type BatchBody inferred from 1 sample(s)"])
    }

    @Test func untabledRequestBodyWithoutSampleIsJSONValueOrBytes() throws {
        let page = { (name: String) in """
        # POST Thing

        ```http
        POST /api/v1/Thing
        ```

        ## Request Body: \(name) 

        The data. 
        """ }
        let (values, valueDiagnostics) = schema(page("values"))
        #expect(values.operations.first?.requestBody?.type == .object)
        #expect(messages(valueDiagnostics) == [
            "Test.md:7:1: warning: request body 'values' has no property table and no sample; typed as JSONValue",
        ])
        let (stream, streamDiagnostics) = schema(page("stream"))
        #expect(stream.operations.first?.requestBody?.type == .bytes)
        #expect(messages(streamDiagnostics) == [
            "Test.md:7:1: warning: request body 'stream' has no property table and no sample; typed as raw bytes",
        ])
    }

    @Test func tabledRequestBodyWithArraySamplesIsAList() throws {
        let (built, diagnostics) = schema("""
        # PATCH Thing

        ```http
        PATCH /api/v1/Thing/{id}
        ```

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | id | int32 | The id. |

        ## Request Body: changes 

        JSON-Patch array of operations+path+value 

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | op | String |  |
        | path | String |  |
        | value | Object |  |

        ## Sample request

        ```http!
        PATCH /api/v1/Thing/{id}

        [{"op": "add", "path": "/Name", "value": "x"}]
        ```
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.id == "Test")
        #expect(operation.requestBody?.type == .array(.named("TestBody")))
        #expect(built.type(named: "TestBody")?.properties.map(\.name) == ["op", "path", "value"])
        #expect(operation.requestSamples.map(\.untestedReason) == [nil])
        #expect(messages(diagnostics) == [
            "Test.md:11:1: note: request body is a list of TestBody: every sample is an array",
        ])
    }

    /// A 204 page with a stale `Response body:` name, as generated docs print on every No-Content page.
    static let deleteThing = """
    ---
    uid: v1Thing_DeleteThing
    ---

    # DEL Thing

    ```http
    DELETE /api/v1/Thing/{id}
    ```

    | Path Part | Type | Description |
    |-----------|------|-------------|
    | id | int32 | The id. **Required** |

    ## Response:

    No Content

    | Response | Description |
    |----------------|-------------|
    | 204 | No Content |

    ### Response body: TimeZoneData

    ## Sample response

    ```http_
    HTTP/1.1 204 No Content
    Content-Type: application/json; charset=utf-8

    null
    ```
    """

    @Test func noContentPagesIgnoreTheirResponseBodyType() throws {
        let (built, diagnostics) = schema(Self.deleteThing)
        let operation = try #require(built.operations.first)
        #expect(operation.method == "DELETE")
        #expect(operation.responses.map(\.status) == [204])
        #expect(operation.responses.map(\.body) == [nil])
        #expect(built.types.isEmpty)
        #expect(operation.responseSamples.map(\.untestedReason) == [nil])
        #expect(diagnostics.sorted.map(\.message) == [
            "response body TimeZoneData belongs to no documented success status; not decoded",
        ])
        #expect(diagnostics.sorted.map(\.severity) == [.note])
    }

    @Test
    func noContentNoteIsLocatedAtTheResponseBodyHeading() {
        let (_, diagnostics) = schema(Self.deleteThing)
        #expect(messages(diagnostics) == [
            "Test.md:23:1: note: response body TimeZoneData belongs to no documented success status; not decoded",
        ])
    }

    @Test
    func responseTypeIsLocatedAtItsHeading() throws {
        let (built, _) = schema([Self.postThing])
        let thing = try #require(built.type(named: "ThingEntity"))
        #expect(thing.locations == [at(11, 1, in: "Page1.md"), at(29, 1, in: "Page1.md")])
    }

    @Test
    func statusTextIsNotTheResponseTypeDescription() throws {
        let (built, _) = schema([Self.postThing])
        let thing = try #require(built.type(named: "ThingEntity"))
        #expect(thing.description == "")
    }

    @Test func responseBodyTableDescriptionIsKept() throws {
        let (built, _) = schema("""
        ```http
        GET /api/v1/Thing
        ```

        ## Response:

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: Thing

        A thing with links.

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | A | string |  |
        """)
        #expect(built.type(named: "Thing")?.description == "A thing with links.")
    }

    @Test func untabledArrayResponseIsInferredFromItsSample() throws {
        let (built, diagnostics) = schema("""
        ---
        uid: v1Thing_ListThings
        ---

        ```http
        GET /api/v1/Thing
        ```

        ## Response:array

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK

        [{"Id": 1, "Ratio": 0.5}, {"Id": 2, "Ratio": 1}]
        ```
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.responses.map(\.body) == [.array(.named("ListThingsResponseBodyItem"))])
        let item = try #require(built.type(named: "ListThingsResponseBodyItem"))
        #expect(item.origin == .inferred)
        #expect(item.properties.map(\.type) == [.integer(.unspecified), .double])
        #expect(operation.responseSamples.map(\.untestedReason) == [nil])
        #expect(messages(diagnostics) == [])
    }

    @Test func pageWithoutStatusTableAssumes200() throws {
        let (built, diagnostics) = schema("""
        # GET Thing/Name

        ```http
        GET /api/v1/Thing/Name
        ```

        ## Response:string
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.responses.map(\.status) == [200])
        #expect(operation.responses.map(\.body) == [.string])
        #expect(operation.responses.map(\.description) == ["OK"])
        #expect(messages(diagnostics) == [
            "Test.md:7:1: warning: no status table; the response body is assumed to come with 200 OK",
        ])
    }

    @Test func pagesThatAreNoOperation() {
        let (built, diagnostics) = schema(["""
        ---
        uid: tag-Thing
        ---
        """, """
        ```http_
        HTTP/1.1 200 OK

        true
        ```
        """, """
        # Notes

        Nothing here.
        """, """
        # Thing

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | top | int32 | How many. |
        """])
        #expect(built.operations.isEmpty)
        #expect(messages(diagnostics) == [
            "Page1.md:1:1: note: index page (lists other pages); no operation",
            "Page2.md:1:1: note: include fragment (holds only samples); read where a page includes it",
            "Page3.md:1:1: note: no HTTP method and path, parameters or samples: an overview page; no operation",
            "Page4.md:1:1: warning: no HTTP method and path found (expected a code block with a line like "
                + "`GET /api/v1/Thing/{id}`); page skipped",
        ])
    }

    @Test func duplicateOperationIDKeepsTheFirstPage() {
        let page = """
        ---
        uid: v1Thing_GetThing
        ---

        ```http
        GET /api/v1/Thing
        ```
        """
        let (built, diagnostics) = schema([page, page])
        #expect(built.operations.map(\.id) == ["v1Thing_GetThing"])
        #expect(built.operations.first?.location.file == "Page1.md")
        #expect(messages(diagnostics) == [
            "Page2.md:1:1: warning: operation 'v1Thing_GetThing' is already documented at Page1.md:1:1; "
                + "this page is skipped",
        ])
    }

    @Test func parameterDocumentedTwiceKeepsTheFirstRow() throws {
        let (built, diagnostics) = schema("""
        ```http
        GET /api/v1/Thing
        ```

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | top | int32 | First. |
        | top | string | Second. |
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.parameters.map(\.description) == ["First."])
        #expect(operation.parameters.map(\.type) == [.integer(.int32)])
        #expect(messages(diagnostics) == [
            "Test.md:10:3: warning: query parameter 'top' is documented twice; the first row is used",
        ])
    }

    @Test func operationsAndTypesAreSortedWhateverThePageOrder() {
        let page = { (id: String, type: String) in """
        ---
        uid: \(id)
        ---

        ```http
        GET /api/v1/\(type)
        ```

        ### Response body: \(type)

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | A | string |  |
        """ }
        let (built, _) = schema([page("v1_b", "Zeta"), page("v1_a", "Alpha")])
        #expect(built.operations.map(\.id) == ["v1_a", "v1_b"])
        #expect(built.types.map(\.name) == ["Alpha", "Zeta"])
        #expect(built.name == "API")
    }

    @Test func sampleRequestProblemsLeaveItUntested() throws {
        let (built, diagnostics) = schema("""
        ---
        uid: v1Thing_GetThing
        ---

        ```http
        GET /api/v1/Thing/{id}
        ```

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | id | int32 | The id. |

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | top | int32 | How many. |

        ## Sample request

        ```http!
        POST /api/v1/Thing/1
        ```

        ```http!
        GET /api/v1/Other/1
        ```

        ```http!
        GET /api/v1/Thing/1?skip=3
        ```

        ```http!
        GET /api/v1/Thing/abc
        ```

        ```http!
        GET /api/v1/Thing/1?top=many
        ```

        ```http!
        GET /api/v1/Thing/{id}?top=5
        ```

        ## Sample response

        ```http_
        HTTP/1.1 500 Oops
        ```
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.requestSamples.map(\.untestedReason) == [
            "its method POST differs from the documented GET",
            "its path /api/v1/Other/1 does not fit the documented /api/v1/Thing/{id}",
            "its query parameter 'skip' is not documented",
            "path parameter 'id': 'abc' is not an integer",
            "query parameter 'top': 'many' is not an integer",
            nil,
        ])
        #expect(operation.responseSamples.map(\.untestedReason) == [
            "its status 500 is not among the documented statuses (200)",
        ])
        #expect(messages(diagnostics) == [
            "Test.md:21:1: warning: sample request does not match the docs: its method POST differs from the "
                + "documented GET; sample not tested",
            "Test.md:25:1: warning: sample request does not match the docs: its path /api/v1/Other/1 does not fit "
                + "the documented /api/v1/Thing/{id}; sample not tested",
            "Test.md:29:1: warning: sample request does not match the docs: its query parameter 'skip' is not "
                + "documented; sample not tested",
            "Test.md:33:1: warning: sample request does not match the docs: path parameter 'id': 'abc' is not an "
                + "integer; sample not tested",
            "Test.md:37:1: warning: sample request does not match the docs: query parameter 'top': 'many' is not an "
                + "integer; sample not tested",
            "Test.md:47:1: warning: sample response does not match the docs: its status 500 is not among the "
                + "documented statuses (200); sample not tested",
        ])
    }

    @Test func invalidSampleJSONIsLocatedAndUntested() throws {
        let (built, diagnostics) = schema("""
        ```http
        GET /api/v1/Thing
        ```

        ## Response:object

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK

        {
          "A": 1,
        }
        ```
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.responseSamples.map(\.untestedReason) == ["its body is not valid JSON"])
        #expect(messages(diagnostics) == [
            "Test.md:17:9: warning: sample body is not valid JSON (trailing ',' before '}' is not allowed); "
                + "sample not tested",
        ])
    }

    @Test func sampleValueOfTheWrongKindIsUntested() throws {
        let (built, diagnostics) = schema("""
        ```http
        GET /api/v1/Thing
        ```

        ## Response:

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: Thing

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | Count | int32 |  |
        | When | date-time |  |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK

        {"Count": 3000000000, "When": "soon"}
        ```
        """)
        let operation = try #require(built.operations.first)
        #expect(operation.responseSamples.map(\.untestedReason) == ["$.Count: 3000000000 does not fit in int32"])
        #expect(messages(diagnostics) == [
            "Test.md:20:1: warning: sample response does not match the docs: $.Count: 3000000000 does not fit in "
                + "int32 (documented at Test.md:15:3); sample not tested",
        ])
    }
}
