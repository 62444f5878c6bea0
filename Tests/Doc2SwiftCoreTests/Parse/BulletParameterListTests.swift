import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Parameters written as bullet items: `` `name` (type, required): description ``.
@Suite struct BulletParameterListTests {
    @Test(arguments: [
        ("`name` (string, required): The name.", BulletParameterList.Item?.some(.init(
            name: "name", type: "string", required: "required", description: "The name."))),
        ("`private` (boolean) - Whether it is private.", .init(
            name: "private", type: "boolean", required: "", description: "Whether it is private.")),
        ("**per_page** *integer* — Results per page.", .init(
            name: "per_page", type: "integer", required: "", description: "Results per page.")),
        ("**`id`** _string_ *required*", .init(name: "id", type: "string", required: "required", description: "")),
        ("`limit`: How many, at most 100.", .init(name: "limit", type: "", required: "", description: "How many, at most 100.")),
        ("`sort` (optional) – `created` or `updated`\n  and more text", .init(
            name: "sort", type: "", required: "optional", description: "`created` or `updated` and more text")),
        // Prose that starts with a code span, a bold sentence, an action list's `Deadline:` item.
        ("`sort` is the only one that matters.", nil),
        ("**Note** this is prose.", nil),
        ("**Two words**: a label", nil),
        ("`Deadline:`DATETIME. Deadline.", nil),
        ("plain text", nil),
    ])
    func items(_ text: String, _ expected: BulletParameterList.Item?) {
        #expect(BulletParameterList.item(text) == expected, "\(text)")
    }

    static func list(_ markdown: String) -> ListBlock? {
        BlockReader.read(markdown, file: testFile).blocks.lazy.compactMap { block -> ListBlock? in
            if case .list(let list) = block { return list }
            return nil
        }.first
    }

    @Test func aListStandsForATable() throws {
        let list = try #require(Self.list("- `owner` (object): Who.\n    - `login` (string, required): The login.\n- `x`: An x."))
        let table = try #require(BulletParameterList.table(list))
        #expect(table.header.map(\.text) == ["Name", "Type", "Required", "Description"])
        #expect(table.rows.map { $0.cells.map(\.text) } == [["owner", "object", "", "Who."],
                                                            ["owner.login", "string", "required", "The login."],
                                                            ["x", "", "", "An x."]])
        #expect(table.rows.map(\.location.line) == [1, 2, 3])
    }

    /// Names with descriptions but no type or required marker anywhere are a glossary, not parameters.
    @Test func aListWithoutTypesIsNoParameterList() throws {
        let list = try #require(Self.list("- `created`: When it was made.\n- `updated`: When it last changed."))
        #expect(BulletParameterList.table(list) == nil)
    }
}
