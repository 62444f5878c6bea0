import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// `| Name | In | Type | Required | Description |` tables: each row goes where its `In` cell says.
@Suite struct LocatedRowsTests {
    static func page(_ table: String) -> String {
        """
        # Things

        ## Update thing

        `PUT /things/{id}`

        ### Parameters

        \(table)
        """
    }

    static func operationFacts(_ markdown: String) -> (PageFacts?, Diagnostics) {
        let document = BlockReader.read(markdown, file: testFile)
        let (pages, diagnostics) = PageExtractor().extractAll(document, relativePath: "API/\(testFile)", api: "API")
        return (pages.first { $0.endpoint != nil }, diagnostics)
    }

    @Test func rowsGoWhereTheirCellSays() throws {
        let (facts, diagnostics) = Self.operationFacts(Self.page("""
            | Name | Located in | Description | Required | Schema |
            |---|---|---|---|---|
            | id | path | The thing | Yes | string |
            | dryRun | query | Only check | No | boolean |
            | If-Match | header | The ETag | No | string |
            | color | formData | Its color | Yes | string |
            | size | form data | Its size | No | integer |
            | where | somewhere | Nowhere | No | string |
            """))
        let page = try #require(facts)
        #expect(page.parameters.map { "\($0.place.rawValue) \($0.name)" } == ["path id", "query dryRun", "header If-Match"])
        #expect(page.parameters.map(\.isRequired) == [true, false, false])
        #expect(page.requestBody?.properties.map(\.name) == ["color", "size"])
        #expect(page.requestBody?.properties.map(\.isRequired) == [true, false])
        #expect(messages(diagnostics, .warning) == ["Test.md:16:3: warning: row 'where' says it goes in 'somewhere', "
            + "which is no place (path, query, header, body, formData or cookie); skipped"])
    }

    @Test func aBodyRowIsTheBody() throws {
        let (facts, diagnostics) = Self.operationFacts(Self.page("""
            | Name | In | Type | Required | Description |
            |---|---|---|---|---|
            | body | body | [Thing](#schemathing) | true | The new thing |
            | other | body | string | false | A second body |
            """))
        let body = try #require(facts?.requestBody)
        #expect(body.parameterName == "body")
        #expect(body.declaredType == .named("Thing"))
        #expect(!body.hasTable)
        #expect(messages(diagnostics, .warning).contains("Test.md:12:3: warning: a second body row ('other'); the "
            + "operation has one body, the first is used"))
    }

    /// `Parameter type` can mean the value's type: the cells decide whether it is a place column.
    @Test func aColumnOfDataTypesIsNoPlaceColumn() {
        let table = BlockReader.read("""
            | Parameter | Parameter type | Description |
            |---|---|---|
            | limit | integer | How many |
            """, file: testFile).blocks.compactMap { block -> Table? in
                if case .table(let table) = block { return table }
                return nil
            }
        #expect(table.count == 1)
        #expect(PageWalk.placeColumn(table[0], names: ["parameter", "parameter type", "description"]) == nil)
        if case .locatedParameters? = table.first.map(TableKind.classify) {
            Issue.record("a column of data types read as the rows' places")
        }
    }

    @Test(arguments: [("> 200 Response", 200), ("> 404 Response", 404), ("Response 201:", 201), ("> Example responses", nil),
                      ("> 200 Responses", nil), ("> 999 Response", nil), ("200 OK", nil)])
    func statusLabels(_ text: String, _ status: Int?) {
        #expect(PageWalk.statusLabel(text) == status)
    }
}

/// A table no operation reads and no object definition takes is reported, not dropped in silence;
/// a table under `## Pet` in `# Schemas` defines `Pet`.
@Suite struct UnreadTableTests {
    static let page = """
        # Things

        ## List things

        `GET /things`

        ## Misc

        | Name | Type | Description |
        |---|---|---|
        | id | integer | none |

        # Schemas

        <h2 id="tocS_Thing">Thing</h2>

        | Name | Type | Required | Restrictions | Description |
        |---|---|---|---|---|
        | id | integer(int64) | true | none | none |
        """

    @Test func anUnreadTableIsReported() {
        let document = BlockReader.read(Self.page, file: testFile)
        let (pages, diagnostics) = PageExtractor().extractAll(document, relativePath: "API/\(testFile)", api: "API")
        #expect(messages(diagnostics, .warning) == ["Test.md:9:1: warning: table under 'Misc' is read by no operation "
            + "and defines no object (a heading such as 'X Object' or 'X Structure', or a subsection of 'Schemas', "
            + "would define one); skipped"])
        let definitions = pages.flatMap(\.typeDefinitions)
        #expect(definitions.map(\.name) == ["Thing"])
        #expect(definitions.first?.properties.map(\.type) == [.integer(.int64)])
        #expect(definitions.first?.properties.map(\.isRequired) == [true])
    }
}
