import Foundation
import Testing

/// A split model (more than 64 properties, kept in parts whose equality, hash and JSON coding run
/// over a table of their properties) behaves as a flat model would, end to end: a package is
/// generated, a test written against its model is added to the package, and `swift test` builds it
/// (warnings as errors) and runs it. The checks cover every part: decoding (absent and null are
/// nil, a wrong type throws), encoding (wire names, nil left out, same members back), equality
/// (a change in any one property of any part makes the values differ) and hashing.
@Suite struct SplitModelPackageTests {
    /// A GET whose response type has 140 properties (three parts): strings, integers, booleans,
    /// dates, doubles, an enumeration named `Part` (so the parts' own nested names must give way),
    /// and properties named `default`, `class`, `fields`, `hash` and `wireProperties` (the name of
    /// the parts' static table of properties).
    static var page: String {
        let kinds = ["string", "int32", "bool", "date-time", "double"]
        var rows = (0..<134).map { "| Field\($0) | \(kinds[$0 % kinds.count]) | Field \($0). |" }
        rows.insert("| Part | Enum: Slim, Full | An enumeration named like the parts' protocol. |", at: 70)
        rows += ["default", "class", "fields", "hash", "PartKey", "wireProperties"].map { "| \($0) | string | A tricky name. |" }
        return """
            ---
            uid: v1Wide_GetWide
            ---

            ```http
            GET /api/v1/Wide
            ```

            | Response | Description |
            |----------------|-------------|
            | 200 | OK. |

            ### Response body: WideEntity

            | Property Name | Type | Description |
            |----------------|------|-------------|
            \(rows.joined(separator: "\n"))
            """
    }

    /// Written into the generated package's test target; `Field0`…`Field133` cycle through string,
    /// int32, bool, date-time and double (`Field65` is a string, `Field66` an int32, `Field129` a double).
    static let roundTripTests = #"""
        import Foundation
        import Testing
        import ShopAPI

        struct SplitModelRoundTripTests {
            static let json = #"{"Field0":"a","Field1":7,"Field2":true,"Field3":"2019-11-06T09:40:59Z","Field4":1.5,"Field65":"b","Field66":-3,"Field67":false,"Part":"Full","Field129":2.5,"default":"d","class":"c","fields":"f","hash":"h","PartKey":"k","wireProperties":"w","Field10":null}"#

            func decoded() throws -> WideEntity {
                try JSONCoding.makeDecoder().decode(WideEntity.self, from: Data(Self.json.utf8))
            }

            @Test func decodesEveryPart() throws {
                let value = try decoded()
                #expect(value.field0 == "a")
                #expect(value.field1 == 7)
                #expect(value.field2 == true)
                #expect(value.field3 == Date(timeIntervalSince1970: 1_573_033_259))
                #expect(value.field4 == 1.5)
                #expect(value.field10 == nil)
                #expect(value.field5 == nil)
                #expect(value.field65 == "b")
                #expect(value.field66 == -3)
                #expect(value.field67 == false)
                #expect(value.part == .full)
                #expect(value.field129 == 2.5)
                #expect(value.field133 == nil)
                #expect(value.default == "d" && value.class == "c" && value.fields == "f")
                #expect(value.partKey == "k")
                #expect(value.wireProperties == "w")
            }

            @Test func aWrongTypeInAnyPartThrows() throws {
                for member in [#""Field1":"x""#, #""Field67":"x""#, #""Field132":"x""#] {
                    #expect(throws: DecodingError.self, "\(member)") {
                        try JSONCoding.makeDecoder().decode(WideEntity.self, from: Data("{\(member)}".utf8))
                    }
                }
            }

            @Test func encodesWireNamesAndLeavesNilOut() throws {
                let value = try decoded()
                let data = try JSONCoding.makeEncoder().encode(value)
                let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                let expected = try #require(try JSONSerialization.jsonObject(with: Data(Self.json.utf8)) as? [String: Any])
                #expect(Set(object.keys) == Set(expected.keys).subtracting(["Field10"]))
                #expect(object["Field65"] as? String == "b")
                #expect(object["Part"] as? String == "Full")
                #expect(object["default"] as? String == "d")
                #expect(try JSONCoding.makeDecoder().decode(WideEntity.self, from: data) == value)
                let empty = try JSONCoding.makeEncoder().encode(WideEntity())
                #expect(String(decoding: empty, as: UTF8.self) == "{}")
            }

            @Test func everyPropertyCountsForEqualityAndHashing() throws {
                let value = try decoded()
                let same = try decoded()
                #expect(value == same)
                #expect(value.hashValue == same.hashValue)
                var changes: [(String, (inout WideEntity) -> Void)] = [
                    ("Field0", { $0.field0 = "z" }), ("Field5", { $0.field5 = "new" }),
                    ("Field63", { $0.field63 = Date(timeIntervalSince1970: 1) }), ("Field66 to nil", { $0.field66 = nil }),
                    ("Part", { $0.part = .slim }), ("Field129", { $0.field129 = 2.25 }),
                    ("default", { $0.default = "e" }), ("PartKey", { $0.partKey = nil }),
                    ("wireProperties", { $0.wireProperties = "v" }),
                ]
                changes.append(("Field3", { $0.field3 = Date(timeIntervalSince1970: 0) }))
                for (name, change) in changes {
                    var changed = value
                    change(&changed)
                    #expect(changed != value, "\(name)")
                    #expect(Set([changed, value]).count == 2, "\(name)")
                }
            }
        }
        """#

    @Test func aSplitModelDecodesEncodesComparesAndHashesAsAFlatOne() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in/Shop")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("get-wide.md"))
        let generated = try HostileRunner.run(["generate", "in", "--output", "out", "--package", "ShopSDK", "-q"], in: root)
        #expect(generated.status == 0, "\(generated.stderr)")
        let out = root.appendingPathComponent("out")
        let model = try String(contentsOf: out.appendingPathComponent("Sources/ShopAPI/Models/WideEntity.swift"),
                               encoding: .utf8)
        #expect(model.contains("public struct Properties1To64: Codable, Hashable, Sendable, PropertyTableModel {"))
        #expect(model.contains("WireProperty(\"Field0\", optional: \\.field0),"))
        #expect(model.contains("WireProperty(\"default\", optional: \\.`default`),"))
        let tests = out.appendingPathComponent("Tests/ShopAPITests/SplitModelRoundTripTests.swift")
        try FileManager.default.createDirectory(at: tests.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.roundTripTests.utf8).write(to: tests)

        let tested = try GeneratedPackage.test(out)
        for name in ["decodesEveryPart()", "aWrongTypeInAnyPartThrows()", "encodesWireNamesAndLeavesNilOut()",
                     "everyPropertyCountsForEqualityAndHashing()"] {
            #expect(tested.stdout.contains("Test \(name) passed"), "\(tested.stdout.suffix(6_000))")
        }
    }
}
