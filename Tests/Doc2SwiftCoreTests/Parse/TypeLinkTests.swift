import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Links in type cells: what they point at, and the definitions they resolve to across pages.
@Suite struct TypeLinkTests {
    @Test(arguments: [
        ("#DOCS_RESOURCES_CHANNEL/forum-tag-object", "forum-tag-object", nil),
        ("todotask.md", nil, "todotask"),
        ("../resources/todoTask.md#properties", "properties", "todotask"),
        ("#channel-types", "channel-types", nil),
        ("https://example.com/x.md", nil, nil),
    ] as [(String, String?, String?)])
    func targets(target: String, anchor: String?, page: String?) {
        let link = TypeLink(text: "x", target: target, location: at(1, 1))
        #expect(link.anchor == anchor)
        #expect(link.page == page)
    }

    @Test func slugsAreTheAnchorsSitesGiveHeadings() {
        #expect(TypeLink.slug("Forum Tag Object") == "forum-tag-object")
        #expect(TypeLink.slug("The `Division` Object (Beta)") == "the-division-object-beta")
        #expect(TypeLink.slug("thread_member") == "thread_member")
    }

    @Test func linksOfACell() {
        let links = TypeLink.links(inCell: "array of [tag](#X/forum-tag-object) or ![icon](i.png) [**user**](user.md \"User\")",
                                   at: at(3, 5))
        #expect(links.map(\.text) == ["tag", "user"])
        #expect(links.map(\.target) == ["#X/forum-tag-object", "user.md"])
        #expect(links.allSatisfy { $0.location == at(3, 5) })
        #expect(TypeLink.links(inCell: "[not a link] (x)", at: at(1, 1)).isEmpty)
        #expect(TypeLink.links(inCell: "[unclosed](x", at: at(1, 1)).isEmpty)
    }

    static let channelPage = """
    # Channels Resource

    ### Forum Tag Object

    A tag that can be applied to a thread.

    ###### Forum Tag Structure

    | Field | Type      | Description      |
    |-------|-----------|------------------|
    | id    | snowflake | the id of the tag |
    | name  | string    | the name of the tag |

    ### Channel Object

    ###### Channel Structure

    | Field           | Type                                                 | Description |
    |-----------------|------------------------------------------------------|-------------|
    | id              | snowflake                                            | the id |
    | available_tags? | array of [tag](#DOCS_CHANNEL/forum-tag-object) objects | the tags |
    | owner?          | [member](#DOCS_GUILD/guild-member-object) object     | the owner |
    """

    static let taskPage = """
    # todoTask resource type

    ## Properties

    | Property | Type | Description |
    |:---|:---|:---|
    | id | String | The task's id. |
    | title | String | The title. |
    """

    static let listPage = """
    # todoTaskList resource type

    ## Properties

    | Property | Type | Description |
    |:---|:---|:---|
    | id | String | The list's id. |
    | first | [task](todotask.md) | The first task. |
    """

    func built(_ pages: [(file: String, text: String)]) -> (APISchema, Diagnostics) { schema(files: pages) }

    @Test func aLinkToAnObjectsAnchorNamesThatObject() throws {
        let (schema, diagnostics) = built([("Channel.md", Self.channelPage)])
        let channel = try #require(schema.type(named: "Channel"))
        let tags = try #require(channel.properties.first { $0.name == "available_tags" })
        #expect(tags.type == .array(.named("ForumTag")))
        // The tables became definitions: none is a stray property table.
        #expect(!messages(diagnostics).contains { $0.contains("property table outside") })
        // The member object is defined nowhere: the warning names the link that led nowhere.
        #expect(messages(diagnostics).contains {
            $0.contains("type 'member' is referenced but never documented")
                && $0.contains("its link (#DOCS_GUILD/guild-member-object, at Channel.md:22:21) leads to no definition")
        })
    }

    @Test func aLinkToAPageNamesTheObjectThatPageDefines() throws {
        let (schema, _) = built([("todotask.md", Self.taskPage), ("todotasklist.md", Self.listPage)])
        let list = try #require(schema.type(named: "todoTaskList"))
        #expect(list.properties.map(\.type) == [.string, .named("todoTask")])
    }

    @Test func withoutItsLinkTheNameStaysUnresolved() throws {
        let unlinked = Self.listPage.replacingOccurrences(of: "[task](todotask.md)", with: "task")
        let (schema, diagnostics) = built([("todotask.md", Self.taskPage), ("todotasklist.md", unlinked)])
        #expect(schema.type(named: "todoTaskList")?.properties.last?.type == .object)
        #expect(messages(diagnostics).contains { $0.contains("type 'task' is referenced but never documented") })
    }

    @Test func aTypeNameWhoseValuesAreListedIsThatEnumerationEverywhere() throws {
        let task = Self.taskPage + """

        | status | taskStatus | The state. Possible values are: `notStarted`, `inProgress`, `completed`. |
        """
        let list = Self.listPage + """

        | lastStatus | taskStatus | The last state. |
        """
        let (schema, diagnostics) = built([("todotask.md", task), ("todotasklist.md", list)])
        let values = TypeExpression.enumeration(["notStarted", "inProgress", "completed"])
        #expect(schema.type(named: "todoTask")?.properties.last?.type == values)
        #expect(schema.type(named: "todoTaskList")?.properties.last?.type == values)
        #expect(!messages(diagnostics).contains { $0.contains("taskStatus") })
    }
}
