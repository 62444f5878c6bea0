import Foundation
import Testing

/// `--required-properties documented` end to end: the generated package builds without warnings
/// and its sample tests pass, with non-optional properties in a flat and in a split model, while a
/// sample that leaves out a required value is a located warning instead of a failing test.
@Suite struct RequiredPropertiesPackageTests {
    /// A GET whose response type requires `Id` (and `Note`, which may be null), with one sample
    /// that fits and one that lacks `Id`; and a POST whose body is a 72-property (split) type that
    /// requires `Field0`, `Field66`, an enumeration and a keyword-named property, with a sample
    /// request that gives them.
    static let pages: [String: String] = [
        "get-thing.md": """
            ---
            uid: v1Thing_GetThing
            ---

            ```http
            GET /api/v1/Thing/{id}
            ```

            | Path Part | Type | Description |
            |-----------|------|-------------|
            | id | int32 | The id. |

            | Response | Description |
            |----------------|-------------|
            | 200 | OK |

            ### Response body: Thing

            | Property Name | Type | Required | Description |
            |----------------|------|----------|-------------|
            | Id | int32 | yes | The id. |
            | Note | ?string | yes | Always there, may be null. |
            | Name | string | no | The name. |

            ## Sample response

            ```http_
            HTTP/1.1 200 OK
            Content-Type: application/json

            { "Id": 1, "Note": null, "Name": "One" }
            ```

            ```http_
            HTTP/1.1 200 OK
            Content-Type: application/json

            { "Note": "no id" }
            ```
            """,
        "post-wide.md": """
            ---
            uid: v1Wide_PostWide
            ---

            ```http
            POST /api/v1/Wide
            ```

            ## Request Body: newWide

            | Property Name | Type | Required | Description |
            |----------------|------|----------|-------------|
            \((0..<70).map { "| Field\($0) | string | \([0, 66].contains($0) ? "yes" : "no") | Field \($0). |" }
                .joined(separator: "\n"))
            | Kind | Enum: Slim, Full | yes | An enumeration. |
            | default | string | yes | A keyword. |

            | Response | Description |
            |----------------|-------------|
            | 204 | Stored. |

            ## Sample request

            ```http_
            POST /api/v1/Wide
            Content-Type: application/json

            { "Field0": "a", "Field5": "b", "Field66": "c", "Kind": "Slim", "default": "d" }
            ```
            """,
    ]

    /// The `swift` driver next to `swiftc` (`GeneratedPackage.swift`).
    static var swift: URL? { GeneratedPackage.swift }

    static func stage() throws -> URL {
        let root = try CLIRunner.temporaryDirectory()
        let folder = root.appendingPathComponent("in/Shop")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in pages { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return root
    }

    @Test func aDocumentedModePackageBuildsAndItsSampleTestsPass() throws {
        let root = try Self.stage()
        defer { try? FileManager.default.removeItem(at: root) }
        let generated = try HostileRunner.run(["generate", "in", "--output", "out", "--package", "ShopSDK", "-q",
                                               "--required-properties", "documented"], in: root)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stderr.split(separator: "\n").map(String.init) == [
            "in/Shop/get-thing.md:34:1: warning: sample response does not match the docs: $.Id: required property 'Id' "
                + "is missing (documented at in/Shop/get-thing.md:21:3); sample not tested",
        ])
        let out = root.appendingPathComponent("out")
        let thing = try String(contentsOf: out.appendingPathComponent("Sources/ShopAPI/Models/Thing.swift"), encoding: .utf8)
        #expect(thing.contains("public var id: Int32\n"))
        #expect(thing.contains("public var note: String?\n"))
        let wide = try String(contentsOf: out.appendingPathComponent("Sources/ShopAPI/Models/PostWideBody.swift"), encoding: .utf8)
        #expect(wide.contains("public init(field0: String, field66: String, kind: Kind, `default`: String) {"))
        #expect(wide.contains("_properties65To72 = Properties65To72(field66: field66, kind: kind, default: `default`)"))

        let tested = try GeneratedPackage.test(out)
        // The fitting response sample and the request sample ran and passed.
        #expect(tested.stdout.contains("sample response 200 at Shop/get-thing.md:27"), "\(tested.stdout)")
        #expect(tested.stdout.contains("sample request at Shop/post-wide.md:92"), "\(tested.stdout)")
        #expect(!tested.stdout.contains("get-thing.md:34"), "\(tested.stdout)")
    }

    /// A flag overrides the config file, as for `--access`.
    @Test func theFlagOverridesTheConfig() throws {
        let root = try Self.stage()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(#"{"requiredProperties": "documented"}"#.utf8)
            .write(to: root.appendingPathComponent("in/doc2swift-config.json"))
        func thing(_ extra: [String]) throws -> String {
            let result = try HostileRunner.run(["generate", "in", "--output", "out", "-q"] + extra, in: root)
            #expect(result.status == 0, "\(result.stderr)")
            return try String(contentsOf: root.appendingPathComponent("out/Sources/ShopAPI/Models/Thing.swift"),
                              encoding: .utf8)
        }
        #expect(try thing([]).contains("public var id: Int32\n"))
        #expect(try thing(["--required-properties", "optional"]).contains("public var id: Int32?\n"))
    }
}
