import Foundation
import Testing

/// Value tables and unions end to end: properties that link to an integer table, a flag table and a
/// word table become an open enum with `Int` raw values, an option set and an open string enum, and
/// a property typed `unsigned or object` an enum with a case per member; the generated package
/// builds without warnings, its sample tests and the object's example pass (a sample with values
/// the docs do not list included), and hand-written checks show what the values decode to.
@Suite struct DocumentedTypesPackageTests {
    static let page = """
        # Widgets Resource

        ### Widget Object

        A widget.

        ###### Widget Structure

        | Field    | Type    | Description |
        |----------|---------|-------------|
        | id       | integer | the id |
        | type     | integer | the [type of widget](#widget-object-widget-types) |
        | flags?   | integer | [widget flags](#widget-object-widget-flags) combined as a bitfield |
        | service? | string  | the [service](#widget-object-services) it runs on |
        | owner?   | unsigned or object | the owner's id, or the owner |

        ###### Example Widget

        ```json
        {"id": 5, "type": 1, "flags": 8, "service": "on-site", "owner": {"id": 1}}
        ```

        ###### Widget Types

        | Type  | ID | Description  |
        |-------|----|--------------|
        | SMALL | 1  | a small one  |
        | LARGE | 2  | a large one  |

        ###### Widget Flags

        | Flag  | Value    | Description |
        |-------|----------|-------------|
        | SHINY | `1 << 0` | it shines   |
        | BIG   | `1 << 3` | it is big   |

        ###### Services

        | Value      | Name       |
        |------------|------------|
        | acme-cloud | Acme Cloud |
        | on-site    | On site    |

        ## Get Widget % GET /widgets/{widget.id}

        Returns a [widget](#widget-object) object.

        ```http
        HTTP/1.1 200 OK
        Content-Type: application/json

        {"id": 7, "type": 2, "flags": 9, "service": "acme-cloud", "owner": 12}
        ```

        ```http
        HTTP/1.1 200 OK
        Content-Type: application/json

        {"id": 8, "type": 99, "flags": 1024, "service": "elsewhere", "owner": {"id": 12, "name": "Ann"}}
        ```
        """

    /// Checks written by hand into the generated test target: what the values decode to.
    static let checks = """
        import Foundation
        import Testing
        import WidgetsAPI

        @Test func valuesDecodeToTheirCases() throws {
            let known = try JSONDecoder().decode(Widget.self, from: Data(#"{"type":2,"flags":9,"service":"acme-cloud"}"#.utf8))
            #expect(known.type == .large)
            #expect(known.type?.rawValue == 2)
            #expect(known.flags == [.shiny, .big])
            #expect(known.service == .acmeCloud)
            let unknown = try JSONDecoder().decode(Widget.self, from: Data(#"{"type":99,"flags":1024,"service":"x"}"#.utf8))
            #expect(unknown.type == .undocumented(99))
            #expect(unknown.flags?.contains(.shiny) == false)
            #expect(unknown.flags?.rawValue == 1024)
            #expect(unknown.service == .undocumented("x"))
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let written = String(decoding: try encoder.encode(Widget(type: .small, flags: [.big])), as: UTF8.self)
            #expect(written == #"{"flags":8,"type":1}"#)
            let owners = try JSONDecoder().decode([IntegerOrObject].self, from: Data(#"[12, {"name": "Ann"}]"#.utf8))
            #expect(owners == [.integer(12), .object(["name": .string("Ann")])])
            #expect(String(decoding: try encoder.encode(owners), as: UTF8.self) == #"[12,{"name":"Ann"}]"#)
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(IntegerOrObject.self, from: Data(#""12""#.utf8)) }
        }
        """

    @Test func valueTablesAndUnionsBuildAndDecode() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in/Widgets")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("Widget.md"))
        let generated = try HostileRunner.run(["generate", "in", "--output", "out", "--package", "WidgetsSDK", "-q"], in: root)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(!generated.stderr.contains("warning:"), "\(generated.stderr)")
        let out = root.appendingPathComponent("out")
        let model = try String(contentsOf: out.appendingPathComponent("Sources/WidgetsAPI/Models/Widget.swift"), encoding: .utf8)
        #expect(model.contains("public var type: WidgetType?\n"))
        #expect(model.contains("public enum WidgetType: RawRepresentable, Codable, Hashable, Sendable {"))
        #expect(model.contains("        /// a large one\n        case large\n"))
        #expect(model.contains("case undocumented(Int)"))
        #expect(model.contains("public struct Flags: OptionSet, Codable, Hashable, Sendable {"))
        #expect(model.contains("public static let big = Self(rawValue: 1 << 3)"))
        #expect(model.contains("public enum Service: RawRepresentable, Codable, Hashable, Sendable {"))
        #expect(model.contains("public var owner: IntegerOrObject?\n"))
        let union = try String(contentsOf: out.appendingPathComponent("Sources/WidgetsAPI/Models/IntegerOrObject.swift"),
                               encoding: .utf8)
        #expect(union.contains("public enum IntegerOrObject: Codable, Hashable, Sendable {"))
        #expect(union.contains("    case integer(Int)\n"))
        #expect(union.contains("    case object([String: JSONValue])\n"))
        let tests = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("Tests").path)
        let testFolder = try #require(tests.first, "no test target")
        try Data(Self.checks.utf8).write(to: out.appendingPathComponent("Tests/\(testFolder)/ValueChecks.swift"))

        let tested = try GeneratedPackage.test(out)
        #expect(tested.stdout.contains("valuesDecodeToTheirCases"), "\(tested.stdout)")
        // Both samples ran: the documented values and the ones the docs do not list.
        #expect(tested.stdout.contains("Widgets/Widget.md:48"), "\(tested.stdout)")
        #expect(tested.stdout.contains("Widgets/Widget.md:55"), "\(tested.stdout)")
        // The object's example decoded into its model and encoded back.
        #expect(tested.stdout.contains("example of Widget at Widgets/Widget.md:20"), "\(tested.stdout)")
    }
}
