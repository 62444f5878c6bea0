import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Tables of named values (`| Type | ID |`, `| Value | Name |`, `| Flag | Value |`), and the
/// properties whose descriptions link to them, across pages.
@Suite struct ValueTableTests {
    func table(_ text: String) throws -> Table {
        let document = BlockReader.read(text, file: "t.md")
        for case .table(let table) in document.blocks { return table }
        throw TableMissing()
    }

    struct TableMissing: Error {}

    @Test func integersWithTheirNamesAndDescriptions() throws {
        let read = ValueTable.read(try table("""
            | Type      | ID | Description           |
            |-----------|----|-----------------------|
            | GUILD_TEXT | 0 | a text channel        |
            | `DM`      | 1  | a [direct](x) message |
            """))
        #expect(read == .integerEnumeration([
            NamedValue(name: "GUILD_TEXT", value: 0, description: "a text channel"),
            NamedValue(name: "DM", value: 1, description: "a direct message"),
        ]))
    }

    @Test func theValueColumnMayComeFirst() throws {
        let read = ValueTable.read(try table("""
            | Value | Name             |
            |-------|------------------|
            | 1     | Incoming         |
            | 2     | Channel Follower |
            """))
        #expect(read == .integerEnumeration([NamedValue(name: "Incoming", value: 1),
                                             NamedValue(name: "Channel Follower", value: 2)]))
    }

    @Test func shiftsOfDistinctBitsAreFlags() throws {
        let read = ValueTable.read(try table("""
            | Flag        | Value     |
            |-------------|-----------|
            | PINNED      | `1 << 1`  |
            | REQUIRE_TAG | `1 << 4`  |
            """))
        #expect(read == .flags([NamedValue(name: "PINNED", value: 2, written: "1 << 1"),
                                NamedValue(name: "REQUIRE_TAG", value: 16, written: "1 << 4")]))
        // Plain small numbers under a `Flag` header are still an enumeration: the shape decides.
        let sortOrder = ValueTable.read(try table("""
            | Flag            | Value |
            |-----------------|-------|
            | LATEST_ACTIVITY | 0     |
            | CREATION_DATE   | 1     |
            """))
        guard case .integerEnumeration(let members)? = sortOrder else { Issue.record("\(String(describing: sortOrder))"); return }
        #expect(members.map(\.value) == [0, 1])
    }

    @Test func wordValuesAreAStringEnumerationAndFootnoteMarksAreDropped() throws {
        let read = ValueTable.read(try table("""
            | Value        | Name         |
            |--------------|--------------|
            | amazon-music | Amazon Music |
            | skype \\*     | Skype        |
            """))
        #expect(read == .enumeration(["amazon-music", "skype"]))
    }

    @Test(arguments: [
        // No value header.
        "| Field | Type |\n|---|---|\n| id | integer |",
        // A value that is no integer and has a blank.
        "| Type | Value |\n|---|---|\n| A | one two |",
        // A name cell that is a number: two value columns.
        "| Type | Value |\n|---|---|\n| 3 | 4 |",
        // Both leading columns headed as values.
        "| Value | ID |\n|---|---|\n| A | 1 |",
        // An empty name.
        "| Type | Value |\n|---|---|\n|  | 4 |",
    ])
    func otherTablesAreNotValueTables(_ text: String) throws {
        #expect(ValueTable.read(try table(text)) == nil)
    }

    @Test func integerSpellings() {
        #expect(ValueTable.integer("-1") == -1)
        #expect(ValueTable.integer("0x1F") == 31)
        #expect(ValueTable.integer("1<<62") == 1 << 62)
        #expect(ValueTable.integer("1 << 63") == nil)
        #expect(ValueTable.integer("3 << 62") == nil)
        #expect(ValueTable.integer("1 << x") == nil)
        #expect(ValueTable.integer("12a") == nil)
    }

    static let channelPage = """
    # Channels Resource

    ### Channel Object

    ###### Channel Structure

    | Field   | Type     | Description |
    |---------|----------|-------------|
    | type    | integer  | the [type of channel](#DOCS_CHANNEL/channel-object-channel-types) |
    | flags?  | integer  | [channel flags](#DOCS_CHANNEL/channel-object-channel-flags) combined as a [bitfield](https://example.com/bits) |
    | service | string   | the [service](#DOCS_USER/connection-object-services) |
    | name    | string   | the [type of channel](#DOCS_CHANNEL/channel-object-channel-types), as a string column cannot be |
    | owner?  | [user](#DOCS_USER/user-object) object | links to an object, not to values |

    ###### Channel Types

    | Type       | ID | Description    |
    |------------|----|----------------|
    | GUILD_TEXT | 0  | a text channel |
    | DM         | 1  | a direct message |

    ###### Channel Flags

    | Flag        | Value    |
    |-------------|----------|
    | PINNED      | `1 << 1` |
    | REQUIRE_TAG | `1 << 4` |

    ## Modify Channel % PATCH /channels/{channel.id}

    ###### JSON Params

    | Field | Type    | Description |
    |-------|---------|-------------|
    | type  | integer | the [type of channel](#DOCS_CHANNEL/channel-object-channel-types) |
    """

    static let userPage = """
    # Users Resource

    ### User Object

    ###### User Structure

    | Field | Type      | Description |
    |-------|-----------|-------------|
    | id    | snowflake | the id      |

    ### Connection Object

    ###### Services

    | Value        | Name         |
    |--------------|--------------|
    | amazon-music | Amazon Music |
    | github       | GitHub       |
    """

    @Test func aPropertyThatLinksToAValueTableIsTypedByItAcrossPages() throws {
        let (schema, _) = Doc2SwiftCoreTests.schema(files: [("Channel.md", Self.channelPage), ("User.md", Self.userPage)])
        let channel = try #require(schema.type(named: "Channel"))
        func type(_ name: String, in definition: TypeDefinition) -> TypeExpression? {
            definition.properties.first { $0.name == name }?.type
        }
        #expect(type("type", in: channel) == .integerEnumeration([
            NamedValue(name: "GUILD_TEXT", value: 0, description: "a text channel"),
            NamedValue(name: "DM", value: 1, description: "a direct message"),
        ]))
        #expect(type("flags", in: channel) == .flags([NamedValue(name: "PINNED", value: 2, written: "1 << 1"),
                                                     NamedValue(name: "REQUIRE_TAG", value: 16, written: "1 << 4")]))
        // The service table is on another page; a string property takes word values only.
        #expect(type("service", in: channel) == .enumeration(["amazon-music", "github"]))
        #expect(type("name", in: channel) == .string)
        #expect(type("owner", in: channel) == .named("User"))
        // The operation's body table links the same way.
        let modify = try #require(schema.operations.first { $0.method == "PATCH" })
        guard case .named(let bodyName)? = modify.requestBody?.type else {
            Issue.record("no named body: \(String(describing: modify.requestBody))")
            return
        }
        let body = try #require(schema.type(named: bodyName))
        guard case .integerEnumeration(let members)? = type("type", in: body) else {
            Issue.record("body type: \(String(describing: type("type", in: body)))")
            return
        }
        #expect(members.map(\.value) == [0, 1])
        // Value tables are definitions of their own, not objects: no `ChannelTypes` model.
        #expect(schema.type(named: "ChannelTypes") == nil)
        #expect(schema.type(named: "Services") == nil)
    }
}
