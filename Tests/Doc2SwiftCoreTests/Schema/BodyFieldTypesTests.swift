import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// A body table of field names without types takes the types of the object the operation returns.
@Suite struct BodyFieldTypesTests {
    static let page = """
    # Things Resource

    ### Thing Object

    ###### Thing Structure

    | Field     | Type     | Description |
    |-----------|----------|-------------|
    | id        | snowflake | the id     |
    | count     | integer  | how many    |
    | due       | ISO8601 timestamp | when |

    ## Create Thing % POST /things

    Creates a thing. Returns the new [thing](#DOCS_THINGS/thing-object) object.

    ###### JSON Params

    | Field   | Notes |
    |---------|-------|
    | count   | How many to make. |
    | due     | When it is due. |
    | comment | Not a field of a thing. |
    """

    @Test func untypedFieldsTakeTheReturnedObjectsTypes() throws {
        let (built, diagnostics) = schema(files: [("Things.md", Self.page)])
        let operation = try #require(built.operations.first)
        #expect(operation.responses.first?.body == .named("Thing"))
        guard case .named(let bodyName)? = operation.requestBody?.type else {
            Issue.record("no body: \(String(describing: operation.requestBody))")
            return
        }
        let body = try #require(built.type(named: bodyName))
        #expect(body.properties.map(\.name) == ["count", "due", "comment"])
        #expect(body.properties.map(\.type) == [.integer(.unspecified), .dateTime, .object])
        let shown = messages(diagnostics)
        #expect(shown.contains("Things.md:21:3: note: '\(bodyName).count' has no documented type; typed integer as in "
            + "Thing, which the operation returns"))
        // A field the object does not have stays untyped, and says so.
        #expect(shown.contains { $0.hasPrefix("Things.md:23:3: warning: '\(bodyName).comment' has no documented type") })
    }
}
