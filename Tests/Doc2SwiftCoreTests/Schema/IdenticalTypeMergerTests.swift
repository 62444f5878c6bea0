import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Inferred types of one shape merge into one; documented types keep their names.
@Suite struct IdenticalTypeMergerTests {
    /// Three operations whose samples show the same `user` object, two of them the same comment.
    static let issuesPage = """
    # Issues

    ## Get a single issue

    ```
    GET /repos/{owner}/{repo}/issues/{index}
    ```

    ### Response

    ```json
    {"id": 1, "title": "Bug", "user": {"id": 2, "login": "unknwon"}}
    ```

    ## List comments on an issue

    ```
    GET /repos/{owner}/{repo}/issues/{index}/comments
    ```

    ### Response

    ```json
    [{"id": 3, "body": "Fixed", "user": {"id": 2, "login": "unknwon"}}]
    ```

    ## Create a comment

    ```
    POST /repos/{owner}/{repo}/issues/{index}/comments
    ```

    ### Response

    ```json
    {"id": 4, "body": "Thanks", "user": {"id": 5, "login": "other"}}
    ```
    """

    @Test func samplesOfOneObjectBecomeOneTypeNamedAfterTheirProperty() throws {
        let document = BlockReader.read(Self.issuesPage, file: testFile)
        var (pages, diagnostics) = PageExtractor().extractAll(document, relativePath: "API/\(testFile)", api: "API")
        let (built, found) = SchemaBuilder().build(api: "API", pages: pages)
        diagnostics.append(contentsOf: found)
        #expect(built.types.map(\.name) == ["Comment", "GetSingleIssueResponseBody", "User"])
        // Merging the users made the two comments identical: the second round merges them.
        let bodies = Dictionary(uniqueKeysWithValues: built.operations.map { ($0.id, $0.responses.first?.body) })
        #expect(bodies["CreateComment"] == .named("Comment"))
        #expect(bodies["ListCommentsOnIssue"] == .array(.named("Comment")))
        #expect(built.type(named: "GetSingleIssueResponseBody")?.properties.last?.type == .named("User"))
        #expect(built.type(named: "Comment")?.properties.map(\.name) == ["id", "body", "user"])
        #expect(built.type(named: "User")?.locations.count == 3)
        let notes = messages(diagnostics).filter { $0.contains("inferred types") }
        #expect(notes == [
            "Test.md:12:1: note: 3 inferred types (CreateCommentResponseBodyUser, GetSingleIssueResponseBodyUser, "
                + "ListCommentsOnIssueResponseBodyItemUser) have the same properties; merged as User",
            "Test.md:24:1: note: 2 inferred types (CreateCommentResponseBody, ListCommentsOnIssueResponseBodyItem) "
                + "have the same properties; merged as Comment",
        ])
    }

    func type(_ name: String, _ properties: [(String, TypeExpression)],
              _ origin: TypeDefinition.Origin = .inferred, line: Int = 1) -> TypeDefinition {
        TypeDefinition(name: name, description: "", properties: properties.map {
            Property(name: $0.0, type: $0.1, description: "", isInferred: origin == .inferred, location: at(line, 1))
        }, origin: origin, locations: [at(line, 1)])
    }

    func operation(_ id: String, response: TypeExpression?, body: TypeExpression? = nil) -> Operation {
        Operation(id: id, title: id, summary: "", method: "GET", path: "/" + id, parameters: [],
                  requestBody: body.map { RequestBody(parameterName: nil, type: $0, description: "", location: at(1, 1)) },
                  responses: [Response(status: 200, description: "", body: response)],
                  requestSamples: [], responseSamples: [], location: at(1, 1))
    }

    func merged(_ types: [TypeDefinition], _ operations: [Operation], namedByDocs: Set<String> = [])
        -> (APISchema, Diagnostics) {
        IdenticalTypeMerger(namedByDocs: namedByDocs).merge(APISchema(name: "API", operations: operations, types: types))
    }

    @Test func anInferredTypeShapedLikeADocumentedObjectIsThatObject() {
        let (result, diagnostics) = merged(
            [type("linkedResource", [("id", .string), ("webUrl", .string)], .documented),
             type("UpdateResponseBody", [("webUrl", .string), ("id", .string)])],
            [operation("Update", response: .named("UpdateResponseBody"))])
        #expect(result.types.map(\.name) == ["linkedResource"])
        #expect(result.types[0].origin == .documented)
        #expect(result.types[0].locations == [at(1, 1)])
        #expect(result.operations[0].responses[0].body == .named("linkedResource"))
        #expect(messages(diagnostics) == ["Test.md:1:1: note: 1 inferred types (UpdateResponseBody) have the "
            + "properties of linkedResource; typed as it"])
    }

    @Test func documentedTypesAndTypesTheDocsNamedNeverMerge() {
        let types = [type("Associate", [("id", .integer(.unspecified))]),
                     type("Email", [("value", .string)], .documented),
                     type("Person", [("id", .integer(.unspecified))]),
                     type("Phone", [("value", .string)], .documented)]
        let (result, diagnostics) = merged(types, [], namedByDocs: ["Associate", "Person"])
        #expect(result.types.map(\.name) == ["Associate", "Email", "Person", "Phone"])
        #expect(diagnostics.all.isEmpty)
    }

    @Test func twoDocumentedObjectsOfOneShapeAbsorbNothing() {
        let (result, _) = merged(
            [type("Phone", [("value", .string)], .documented), type("Email", [("value", .string)], .documented),
             type("AResponseBody", [("value", .string)]), type("BResponseBody", [("value", .string)])],
            [operation("A", response: .named("AResponseBody")), operation("B", response: .named("BResponseBody"))])
        #expect(result.types.map(\.name) == ["AResponseBody", "Email", "Phone"])
        #expect(result.operations.map { $0.responses[0].body } == [.named("AResponseBody"), .named("AResponseBody")])
    }

    @Test func aRequestBodyTableIsNoObjectToAbsorbSamples() {
        let (result, _) = merged(
            [type("CreateLabelBody", [("name", .string)], .documented), type("GetLabelResponseBody", [("name", .string)])],
            [operation("CreateLabel", response: nil, body: .named("CreateLabelBody")),
             operation("GetLabel", response: .named("GetLabelResponseBody"))])
        #expect(result.types.map(\.name) == ["CreateLabelBody", "GetLabelResponseBody"])
    }

    @Test func differentPlacesDifferentTypesEvenOfOneShape() {
        let user = [("id", TypeExpression.integer(.unspecified))]
        let (result, _) = merged(
            [type("A", [("owner", .named("AOwner"))]), type("AOwner", user),
             type("B", [("user", .named("BUser"))]), type("BUser", user),
             type("C", [("user", .named("CUser")), ("name", .string)]), type("CUser", user),
             type("Empty1", []), type("Empty2", [])],
            [])
        #expect(result.types.map(\.name) == ["A", "AOwner", "B", "C", "Empty1", "Empty2", "User"])
        #expect(result.type(named: "C")?.properties[0].type == .named("User"))
    }

    @Test func aTakenNameFallsBackToTheShortestMember() {
        let shape = [("x", TypeExpression.bool)]
        let (result, _) = merged(
            [type("User", [("login", .string)], .documented),
             type("LongerName", [("user", .named("LongerNameUser"))]), type("LongerNameUser", shape),
             type("Short", [("user", .named("ShortUser")), ("name", .string)]), type("ShortUser", shape)],
            [])
        #expect(result.types.map(\.name).contains("ShortUser"))
        #expect(!result.types.map(\.name).contains("LongerNameUser"))
        #expect(result.type(named: "LongerName")?.properties[0].type == .named("ShortUser"))
    }

    @Test func requiredAndNullableMarksArePartOfTheShape() {
        var required = type("BUser", [("id", .string)])
        required.properties[0].isRequired = true
        let (result, _) = merged(
            [type("A", [("user", .named("AUser"))]), type("AUser", [("id", .string)]),
             type("B", [("user", .named("BUser"))]), required],
            [])
        #expect(result.types.count == 4)
    }

    @Test(arguments: [
        (["CreateLabelResponseBody", "GetSingleLabelResponseBody", "ListAllLabelsForRepositoryResponseBodyItem"], "Label"),
        (["CreateNewWikiPageResponseBody", "GetWikiPageResponseBody", "ListWikiPagesResponseBodyItem"], "WikiPage"),
        (["AddNewDeployKeyResponseBody", "ListDeployKeysResponseBodyItem"], "DeployKey"),
        (["postEntitiesAsyncERBody", "postEntitiesSyncERBody"], "Entity"),
        (["GetAddressesResponseBody", "ListAddressesResponseBodyItem"], "Address"),
        (["GetStatusResponseBody", "ListStatusResponseBody"], "Status"),
        (["GetThingResponseBody", "ListAllResponseBody"], nil),
        (["actions-read-tasksResponseBody", "actions-read-filesResponseBody"], "Action"),
    ] as [([String], String?)])
    func commonNames(names: [String], expected: String?) {
        #expect(CommonTypeName.of(names) == expected)
    }
}
