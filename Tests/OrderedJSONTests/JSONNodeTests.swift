import Foundation
import OrderedJSON
import Testing

/// The node's own API: kinds, integer test, lookups, position stripping and Codable.
@Suite struct JSONNodeTests {
    /// `isInteger` is true only for number literals without `.`, `e` or `E`.
    @Test func detectsIntegers() {
        #expect(JSONNode.number("463").isInteger)
        #expect(JSONNode.number("-0").isInteger)
        #expect(!JSONNode.number("1.0").isInteger)
        #expect(!JSONNode.number("1e3").isInteger)
        #expect(!JSONNode.number("1E3").isInteger)
        #expect(!JSONNode.string("1").isInteger)
        #expect(!JSONNode.null.isInteger)
    }

    /// `kindName` uses JSON's names.
    @Test func namesKinds() {
        let nodes: [JSONNode] = [.null, .bool(true), .number("1"), .string(""), .array([]), .object([])]
        #expect(nodes.map(\.kindName) == ["null", "boolean", "number", "string", "array", "object"])
    }

    /// Lookups return `nil` on the wrong kind or a missing key/index.
    @Test func looksUpSafely() {
        let array = JSONNode.array([.bool(false)])
        #expect(array[0] == .bool(false))
        #expect(array[1] == nil)
        #expect(array[-1] == nil)
        #expect(array["a"] == nil)
        #expect(JSONNode.string("x")[0] == nil)
        #expect(JSONNode.object([JSONMember(key: "a", value: .null)])["a"] == .null)
        #expect(JSONNode.number("1").numberLiteral == "1")
        #expect(JSONNode.bool(true).boolValue == true)
        #expect(JSONNode.null.isNull)
        #expect(JSONNode.string("s").elements == nil)
    }

    /// Equality includes positions; `strippingPositions` and `hasSameContent` ignore them.
    @Test func comparesWithAndWithoutPositions() throws {
        let compact = try JSONParser.parse(#"{"a":{"b":[1]}}"#)
        let spaced = try JSONParser.parse("{\n  \"a\": {\n    \"b\": [1]\n  }\n}")
        #expect(compact != spaced)
        #expect(compact.strippingPositions() == spaced.strippingPositions())
        #expect(compact.hasSameContent(as: spaced))
        #expect(!compact.hasSameContent(as: try JSONParser.parse(#"{"a":{"b":[1.0]}}"#)))
        #expect(!compact.hasSameContent(as: try JSONParser.parse(#"{"a":{"c":[1]}}"#)))
        #expect(!JSONNode.array([.null]).hasSameContent(as: .array([.null, .null])))
    }

    /// Codable round-trips through Foundation's JSON coder, positions included.
    @Test func roundTripsThroughCodable() throws {
        let node = try JSONParser.parse(#"{"a":[1.50,"x",null,true],"a":{}}"#)
        let data = try JSONEncoder().encode(node)
        #expect(try JSONDecoder().decode(JSONNode.self, from: data) == node)
    }

    /// `description` is the compact JSON text.
    @Test func describesAsCompactJSON() throws {
        #expect(try JSONParser.parse(" [ 1 , { \"k\" : \"v\" } ] ").description == #"[1,{"k":"v"}]"#)
    }
}
