import Testing
@testable import Doc2SwiftCore

/// Action pages become operations whose body is an envelope the builder assembles.
@Suite struct ActionEnvelopeTests {
    static let createPage = """
    # Create Relations

    **Resource type:** `relation`

    **Parameters:**

    `parentid`

    ARRAY. Estate IDs
    `relationtype`

    STRING. The link:

    - `'urn:x:smart:2.5:relationTypes:estate:address:buyer'`
    - `'urn:x:smart:2.5:relationTypes:estate:address:renter'`

    **Example:**

    ```
    {
        "actionid": "urn:x:action:create",
        "resourceid": "",
        "identifier": "",
        "resourcetype": "relation",
        "parameters": {"relationtype": "urn:x:other", "parentid": [1], "childid": [2, 3]}
    }
    ```
    """

    static let readPage = """
    # Read Estates

    **Resource type:**` estate`

    **Parameters:**

    `listlimit`

    INTEGER. Maximum.
    """

    @Test func theEnvelopeFixesTheActionAndPassesTheRest() throws {
        let (built, _) = schema(Self.createPage)
        let operation = try #require(built.operations.first)
        #expect(operation.method == "POST")
        #expect(operation.path == "/")
        let body = try #require(operation.requestBody)
        #expect(body.type == .named("TestEnvelope"))
        let envelope = try #require(body.envelope)
        #expect(envelope.members.map(\.name) == ["actionid", "resourceid", "identifier", "resourcetype", "parameters"])
        #expect(envelope.members.map(\.fixedValue) == ["urn:x:action:create", nil, nil, "relation", nil])
        #expect(envelope.members.map(\.type) == [.string, .string, .string, .string, .named("TestParameters")])
        #expect(envelope.members[3].description == "Fixed by the page's 'Resource type': `relation`.")
        let parameters = try #require(built.type(named: "TestParameters"))
        #expect(parameters.properties.map(\.name) == ["parentid", "relationtype", "childid"])
        #expect(parameters.properties.map(\.type) == [
            .array(.integer(.unspecified)),
            .enumeration(["urn:x:smart:2.5:relationTypes:estate:address:buyer",
                          "urn:x:smart:2.5:relationTypes:estate:address:renter"]),
            .array(.integer(.unspecified)),
        ])
        #expect(operation.requestSamples.map(\.untestedReason) == [nil])
    }

    @Test func guessesAreNotedAndListExtrasAreNoContradiction() {
        let (_, diagnostics) = schema(Self.createPage)
        #expect(messages(diagnostics, .warning) == [])
        #expect(messages(diagnostics, .note).contains(
            "Test.md:19:1: note: envelope member 'actionid' is fixed to 'urn:x:action:create': every sample of the "
                + "action shows it"))
        #expect(messages(diagnostics, .note).contains(
            "Test.md:25:68: note: sample property 'childid' is not in the parameter list of TestParameters; added as "
                + "array of integer from the sample"))
    }

    @Test func anActionWithoutSampleBorrowsTheAPIsEnvelope() throws {
        let (built, diagnostics) = schema([Self.createPage, Self.readPage])
        let read = try #require(built.operations.first { $0.title == "Read Estates" })
        let envelope = try #require(read.requestBody?.envelope)
        #expect(envelope.members.map(\.name) == ["actionid", "resourceid", "identifier", "resourcetype", "parameters"])
        #expect(envelope.members.map(\.fixedValue) == [nil, nil, nil, "estate", nil])
        #expect(messages(diagnostics, .warning) == [
            "Page2.md:3:1: warning: no sample of this action shows the envelope member(s) 'actionid', 'resourceid', "
                + "'identifier'; the request builder takes them as parameters",
        ])
    }

    @Test func aSampleThatContradictsAFixedValueIsNotTested() throws {
        let page = Self.createPage.replacingOccurrences(of: "\"resourcetype\": \"relation\"",
                                                        with: "\"resourcetype\": \"relationFile\"")
        let (built, diagnostics) = schema(page)
        let reason = "its 'resourcetype' is \"relationFile\", but the page fixes it to \"relation\""
        #expect(built.operations.first?.requestSamples.map(\.untestedReason) == [reason])
        #expect(messages(diagnostics, .warning) == [
            "Test.md:19:1: warning: sample request does not match the docs: \(reason); sample not tested",
        ])
    }

    @Test func severalStatedValuesMakeAParameterListingThem() throws {
        let (built, _) = schema("""
        **Resource type:** `search`

        **Resource ID: **`address, estate`

        **Parameters:**

        `input`

        STRING. MANDATORY. The term.

        **Request example**

        ```
        {"actionid": "urn:get", "resourceid": "address", "identifier": "", "resourcetype": "search", "parameters": {"input": "Max"}}
        ```
        """)
        let envelope = try #require(built.operations.first?.requestBody?.envelope)
        let resourceID = try #require(envelope.members.first { $0.name == "resourceid" })
        #expect(resourceID.fixedValue == nil)
        #expect(resourceID.description == "One of: `address`, `estate`.")
        #expect(built.operations.first?.requestSamples.map(\.untestedReason) == [nil])
    }

    @Test func subParametersBecomeANestedType() throws {
        let (built, _) = schema("""
        **Resource type:** `task`

        **Parameter:**

        `data`

        OBJECT. Fields:

        - `Prio:`INTEGER. Priority.
        """)
        let parameters = try #require(built.type(named: "TestParameters"))
        #expect(parameters.properties.map(\.type) == [.named("TestParametersData")])
        #expect(built.type(named: "TestParametersData")?.properties.map(\.name) == ["Prio"])
    }
}
