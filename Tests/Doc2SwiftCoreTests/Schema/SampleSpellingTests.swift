import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// A table and its samples that spell a property differently only in case: the samples' spelling
/// is the wire name, with a warning at the table's row; anything less certain changes nothing.
@Suite struct SampleSpellingTests {
    static func zonePage(table: [String]) -> String {
        """
        # dateTimeTimeZone resource type

        ## Properties
        | Property | Type | Description |
        |:---|:---|:---|
        \(table.map { "|\($0)|String|The \($0).|" }.joined(separator: "\n"))
        """
    }

    /// A PATCH whose body table types `start` as the zone, with a sample request.
    static func getPage(sample: String) -> String {
        """
        # Update event

        ## HTTP request

        ```http
        PATCH /events/{id}
        ```

        ## Request body

        |Property|Type|Description|
        |:---|:---|:---|
        |start|dateTimeTimeZone|When it starts.|

        ## Examples

        ### Request

        ```http
        PATCH /events/1
        Content-Type: application/json

        {"start": \(sample)}
        ```
        """
    }

    func schema(_ pages: [String]) -> (APISchema, Diagnostics) {
        Doc2SwiftCoreTests.schema(files: [("zone.md", pages[0]), ("get.md", pages[1])])
    }

    func zone(_ schema: APISchema) -> [String]? {
        schema.type(named: "dateTimeTimeZone")?.properties.map(\.name)
    }

    @Test func theSamplesSpellingIsTheWireName() throws {
        let (built, diagnostics) = schema([Self.zonePage(table: ["DateTime", "TimeZone"]),
                                           Self.getPage(sample: #"{"dateTime": "2020-01-01T10:00:00", "timeZone": "UTC"}"#)])
        #expect(zone(built) == ["dateTime", "timeZone"], "\(built.types.map(\.name)) \(messages(diagnostics))")
        let operation = try #require(built.operations.first)
        #expect(operation.requestSamples.map(\.untestedReason) == [nil])
        #expect(messages(diagnostics).filter { $0.contains("spelled") } == [
            "zone.md:6:2: warning: property 'DateTime' of dateTimeTimeZone is spelled 'dateTime' in every sample that "
                + "has it (first at get.md:23:2); the wire name follows the samples",
            "zone.md:7:2: warning: property 'TimeZone' of dateTimeTimeZone is spelled 'timeZone' in every sample that "
                + "has it (first at get.md:23:2); the wire name follows the samples",
        ])
    }

    @Test func aSpellingTheTableAlsoUsesOrTwoSpellingsChangeNothing() {
        // The table has both `DateTime` and `dateTime`: the sample's key is the second one.
        let (both, _) = schema([Self.zonePage(table: ["DateTime", "dateTime"]),
                                Self.getPage(sample: #"{"dateTime": "x"}"#)])
        #expect(zone(both) == ["DateTime", "dateTime"])
        // The table's spelling appears in a sample: the table is right.
        let (exact, diagnostics) = schema([Self.zonePage(table: ["DateTime"]),
                                           Self.getPage(sample: #"{"DateTime": "x", "TimeZone": "y"}"#)])
        #expect(zone(exact) == ["DateTime", "TimeZone"])
        #expect(!messages(diagnostics).contains { $0.contains("spelled") })
    }
}
