import Foundation
import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Rows that document a member of an earlier row (`files:file_path` under `files`) become
/// properties of that row's type, not top-level properties with a separator in their name.
@Suite struct NestedPropertyRowsTests {
    static let page = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Shapes/member-rows.md"), encoding: .utf8)

    static func row(_ name: String, _ type: TypeExpression, line: Int = 1) -> PropertyFact {
        PropertyFact(name: name, type: type, description: "", location: at(line, 3))
    }

    /// The fixture's schema, read as `ShapeFixtureTests` reads it (a page of sections).
    static func built() -> (APISchema, Diagnostics) {
        let document = BlockReader.read(page, file: testFile)
        let (pages, extracted) = PageExtractor().extractAll(document, relativePath: "API/\(testFile)", api: "API")
        var diagnostics = extracted
        let (schema, found) = SchemaBuilder().build(api: "API", pages: pages)
        diagnostics.append(contentsOf: found)
        return (schema, diagnostics)
    }

    @Test func membersBecomeTheirParentsTypes() throws {
        let (built, _) = Self.built()
        let operation = try #require(built.operations.first)
        guard case .named(let bodyName)? = operation.requestBody?.type else {
            Issue.record("no body: \(String(describing: operation.requestBody))")
            return
        }
        let body = try #require(built.type(named: bodyName))
        #expect(body.properties.map(\.name) == ["title", "files", "author", "labels", "odata.type", "visibility",
                                                "visibility.level"])
        let types = Dictionary(uniqueKeysWithValues: body.properties.map { ($0.name, $0.type) })
        #expect(types["files"] == .array(.named(bodyName + "FilesItem")))
        #expect(types["author"] == .named(bodyName + "Author"))
        #expect(types["labels"] == .array(.named(bodyName + "LabelsItem")))

        let file = try #require(built.type(named: bodyName + "FilesItem"))
        #expect(file.properties.map(\.name) == ["file_path", "content"])
        #expect(file.properties.map(\.type) == [.string, .string])
        #expect(file.properties.map(\.isRequired) == [true, true])
        #expect(file.properties.first?.location.line == 19)

        // Two levels: `author.address.city` is a member of `author`'s member `address`.
        let author = try #require(built.type(named: bodyName + "Author"))
        #expect(author.properties.map(\.name) == ["name", "address"])
        #expect(author.properties.last?.type == .named(bodyName + "AuthorAddress"))
        let address = try #require(built.type(named: bodyName + "AuthorAddress"))
        #expect(address.properties.map(\.name) == ["city"])

        let label = try #require(built.type(named: bodyName + "LabelsItem"))
        #expect(label.properties.map(\.name) == ["name"])
    }

    @Test func aMemberOfAScalarStaysAndWarns() {
        let (_, diagnostics) = Self.built()
        let warnings = messages(diagnostics, .warning)
        #expect(warnings.contains { $0.hasPrefix("Test.md:29:3: warning: 'visibility.level' reads as a member of "
            + "'visibility', which is string, not an object;") }, "\(warnings)")
    }

    @Test func separators() {
        var diagnostics = Diagnostics()
        let rows = [Self.row("items", .array(nil)), Self.row("items[].id", .string), Self.row("items[]:kind", .string),
                    Self.row("items[size]", .integer(.unspecified)), Self.row("items->note", .string),
                    Self.row("owner", .named("User")), Self.row("owner.email", .string),
                    Self.row("itemsCount", .integer(.unspecified))]
        let split = NestedPropertyRows.split(rows, in: "Thing", diagnostics: &diagnostics)
        #expect(split.properties.map(\.name) == ["items", "owner", "itemsCount"])
        #expect(split.groups.map(\.parentIndex) == [0, 1])
        #expect(split.groups.first?.members.map(\.name) == ["id", "kind", "size", "note"])
        #expect(split.groups.last?.members.map(\.name) == ["email"])
        #expect(diagnostics.all.isEmpty)
        // A named parent takes its members itself; its type stays.
        #expect(NestedPropertyRows.memberType(of: rows[5], in: "Thing") == ("User", .named("User")))
    }

    @Test func bracketsMakeAnArrayProperty() {
        var diagnostics = Diagnostics()
        let rows = [Self.row("iids[]", .integer(.unspecified)), Self.row("tags[]", .array(.string)),
                    Self.row("any[]", .unknown), Self.row("[]", .string)]
        let split = NestedPropertyRows.split(rows, in: "Thing", diagnostics: &diagnostics)
        #expect(split.properties.map(\.name) == ["iids", "tags", "any", "[]"])
        #expect(split.properties.map(\.type) == [.array(.integer(.unspecified)), .array(.string), .array(nil), .string])
    }

    @Test func depthMarkers() {
        let marked = NestedPropertyRows.withoutDepthMarkers([
            Self.row("» id", .integer(.unspecified)), Self.row("» owner", .object), Self.row("»» name", .string),
            Self.row("»» address", .object), Self.row("»»» city", .string), Self.row("» tag", .string)])
        #expect(marked.map(\.name) == ["id", "owner", "owner.name", "owner.address", "owner.address.city", "tag"])
        let mixed = NestedPropertyRows.withoutDepthMarkers([
            Self.row("body", .object), Self.row("» name", .string), Self.row("other", .string)])
        #expect(mixed.map(\.name) == ["body", "body.name", "other"])
        var diagnostics = Diagnostics()
        let split = NestedPropertyRows.split([Self.row("» owner", .object), Self.row("»» name", .string)], in: "Thing",
                                             diagnostics: &diagnostics)
        #expect(split.properties.map(\.name) == ["owner"])
        #expect(split.groups.first?.members.map(\.name) == ["name"])
    }

    @Test func namesThatOnlyLookNestedStay() {
        var diagnostics = Diagnostics()
        // No row named `odata` or `filter` comes first; a parent documented later does not count;
        // a separator with nothing after it, or a space, names no member.
        let rows = [Self.row("odata.nextLink", .string), Self.row("filter.name", .string), Self.row("filter", .object),
                    Self.row("filter.", .string), Self.row("filter.two words", .string)]
        let split = NestedPropertyRows.split(rows, in: "Thing", diagnostics: &diagnostics)
        #expect(split.properties.map(\.name) == rows.map(\.name))
        #expect(split.groups.isEmpty)
    }
}
