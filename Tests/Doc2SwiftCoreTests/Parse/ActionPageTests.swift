import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Pages without tables, method or path that document an action sent in a JSON envelope.
@Suite struct ActionPageTests {
    static let page = """
    ---
    title: relationen
    ---

    [Home](https://example.com) &raquo; [Relations](https://example.com/r/) &raquo; Create Relations

    # Create Relations

    **Resource type: **`relation`

    Creates relations.

    **Parameters:**

    `parentid`

    ARRAY. MANDATORY. Estate IDs
    `relationtype`

    STRING. Description of the link:

    - Buyer: `'urn:x-ns:smart:2.5:relationTypes:estate:address:buyer'`

    - Tenant: `'urn:x-ns:smart:2.5:relationTypes:estate:address:renter'`

    `data`

    OBJECT. What to set:

    - `Deadline:`DATETIME. Deadline.

    - `Prio:`INTEGER. Priority.

    **Example:**

    ```

        {
            "actionid": "urn:x-ns:smart:2.5:smartml:action:create",
            "resourceid": "",
            "resourcetype": "relation",
            "parameters": {
                "parentid": &#x5B;
                    2909
                ]
            }
        }

    ```

    If successful, the response is `success`.

    **Response:**

    ```
    ...
    "response": {}
    ...
    ```
    """

    @Test func theActionsStatedValuesAndParameters() throws {
        let (page, _) = facts(Self.page)
        let action = try #require(page.action)
        #expect(action.statedValues == [StatedValue(label: "Resource type", values: ["relation"], location: at(9, 1))])
        #expect(action.parametersLabel == "Parameters")
        #expect(action.location == at(9, 1))
        #expect(action.parameters.map(\.name) == ["parentid", "relationtype", "data"])
        #expect(action.parameters.map(\.type) == [.array(nil), .string, .object])
        #expect(action.parameters[0].isRequired == true)
        #expect(action.parameters[0].description == "Required. Estate IDs")
        #expect(action.parameters[0].location == at(15, 1))
        #expect(action.parameters[1].allowedValues == [
            "urn:x-ns:smart:2.5:relationTypes:estate:address:buyer",
            "urn:x-ns:smart:2.5:relationTypes:estate:address:renter",
        ])
        #expect(action.parameters[1].effectiveType == .enumeration(action.parameters[1].allowedValues))
        #expect(action.parameters[2].members.map { "\($0.name) \($0.type.displayName)" } == [
            "Deadline date-time", "Prio integer",
        ])
        #expect(action.parameters[2].members[0].description == "Deadline.")
    }

    @Test func theEnvelopeSampleIsAPostToTheBaseURL() throws {
        let (page, diagnostics) = facts(Self.page)
        let endpoint = try #require(page.endpoint)
        #expect(endpoint.method == "POST")
        #expect(endpoint.path == "/")
        let request = try #require(page.sampleRequests.first)
        #expect(page.sampleRequests.count == 1)
        #expect(request.method == "POST")
        #expect(request.target == "/")
        #expect(request.body?.hasPrefix("{\n        \"actionid\"") == true)
        #expect(request.body?.contains("\"parentid\": [\n") == true)
        #expect(request.bodyLocation == at(38, 5))
        #expect(request.location == at(36, 1))
        #expect(page.sampleResponses.isEmpty)
        #expect(messages(diagnostics) == [
            "Test.md:5:1: note: navigation links (a breadcrumb trail) are not part of the description; skipped",
            "Test.md:9:1: note: no HTTP method or path: the page documents an action sent in a JSON envelope; the "
                + "request builder POSTs the envelope to the base URL",
            "Test.md:51:1: note: text under 'Example' is not a sample; skipped (and any further text there)",
            "Test.md:56:1: warning: sample response is an excerpt ('...' stands for left-out parts); not tested",
        ])
    }

    @Test func theSummaryLeavesOutTheBreadcrumbs() {
        let (page, _) = facts(Self.page)
        #expect(page.title == "relationen")
        #expect(page.summary == "Creates relations.")
    }

    @Test func boldLabelsOnlyStructurePagesThatHaveTheShape() {
        let (page, diagnostics) = facts("""
        # Notes

        **Request body**

        Some words.
        """)
        #expect(page.action == nil)
        #expect(page.summary == "Request body\n\nSome words.")
        #expect(messages(diagnostics) == [])
    }

    @Test func unlabelledJSONIsARequestWhenItHoldsTheParameters() {
        let (page, _) = facts("""
        **Resource:** `user`

        **Parameter:**

        `name`

        STRING. The name.

        **Beispiel: Modify**

        ```
        {"actionid": "a", "resourcetype": "user", "parameters": {"name": "x"}}
        ```

        ```
        {"response": {"results": []}}
        ```
        """)
        #expect(page.action?.parametersLabel == "Parameter")
        #expect(page.sampleRequests.count == 1)
        #expect(page.sampleResponses.map(\.status) == [200])
        #expect(page.sampleResponses.first?.isStatusAssumed == true)
    }

    @Test(arguments: [
        ("**Resource type:** `relation`", "Resource type", ["relation"]),
        ("**Resource type: **`task`", "Resource type", ["task"]),
        ("**Resource type:**` task`", "Resource type", ["task"]),
        ("**Resource ID: **`address, estate, searchcriteria`", "Resource ID", ["address", "estate", "searchcriteria"]),
        ("**Parameters:**", "Parameters", []),
        ("**Example: active property", "Example: active property", []),
        ("**Response**", "Response", []),
    ])
    func boldLabels(_ line: String, _ label: String, _ values: [String]) throws {
        let parsed = try #require(BoldLabel(line))
        #expect(parsed.label == label)
        #expect(parsed.values == values)
    }

    @Test func boldTextFollowedByProseIsNoLabel() {
        #expect(BoldLabel("**Please note:** only one postcode") == nil)
        #expect(BoldLabel("Plain text") == nil)
        #expect(BoldLabel("**Parameters `(address):`**")?.role == .parameters)
        #expect(BoldLabel("**Response 2nd example: read**")?.role == .responses)
        #expect(BoldLabel("**1st example: Read address data**")?.role == .requests)
        #expect(BoldLabel("**Beispiel: Modify estate**")?.role == .other)
    }
}
