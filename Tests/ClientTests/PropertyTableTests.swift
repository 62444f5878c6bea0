import Foundation
import SuperOfficeAPI
import Testing

/// Models get `==`, `hash(into:)` and JSON coding from loops over their property tables
/// (`PropertyTableModel`) instead of synthesized conformances: these check that the results are the
/// synthesized ones, on the committed `Generated/` code, beside a request builder's synthesized ones.
@Suite struct PropertyTableTests {
    static let json = #"{"SourceContactId":1,"Comment":"hi","Reversed":0,"UpdatedDate":"2019-11-06T09:40:59Z","CreatedBy":{"AssociateId":7},"ActiveText":null}"#

    static func decoded() throws -> ContactRelationEntity {
        try JSONCoding.makeDecoder().decode(ContactRelationEntity.self, from: Data(json.utf8))
    }

    @Test func aModelDecodesByWireNameAndEncodesWithoutNils() throws {
        let value = try Self.decoded()
        #expect(value.sourceContactId == 1)
        #expect(value.comment == "hi")
        #expect(value.reversed == 0)
        #expect(value.updatedDate == Date(timeIntervalSince1970: 1_573_033_259))
        #expect(value.createdBy?.associateId == 7)
        #expect(value.activeText == nil && value.passiveText == nil)
        let encoded = try JSONCoding.makeEncoder().encode(value)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(Set(object.keys) == ["SourceContactId", "Comment", "Reversed", "UpdatedDate", "CreatedBy"])
        #expect(try JSONCoding.makeDecoder().decode(ContactRelationEntity.self, from: encoded) == value)
        #expect(String(decoding: try JSONCoding.makeEncoder().encode(ContactRelationEntity()), as: UTF8.self) == "{}")
    }

    @Test func aWrongTypeThrowsAtItsWireName() throws {
        #expect {
            try JSONCoding.makeDecoder().decode(ContactRelationEntity.self, from: Data(#"{"Comment":5}"#.utf8))
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["Comment"]
        }
    }

    @Test func everyModelPropertyCountsForEqualityAndHashing() throws {
        let value = try Self.decoded()
        #expect(value == (try Self.decoded()))
        #expect(value.hashValue == (try Self.decoded()).hashValue)
        let changes: [(String, (inout ContactRelationEntity) -> Void)] = [
            ("first", { $0.sourceContactId = 2 }), ("to nil", { $0.comment = nil }),
            ("from nil", { $0.passiveText = "x" }), ("nested", { $0.createdBy?.associateId = 8 }),
            ("date", { $0.updatedDate = Date(timeIntervalSince1970: 0) }),
        ]
        for (name, change) in changes {
            var changed = value
            change(&changed)
            #expect(changed != value, "\(name)")
            #expect(Set([changed, value]).count == 2, "\(name)")
        }
    }

    @Test func everyRequestParameterCountsForEqualityAndHashing() throws {
        let body = try Self.decoded()
        let request = PutContactRelationEntityRequest(id: 5, body: body, select: "a", soAppToken: "t")
        #expect(request == PutContactRelationEntityRequest(id: 5, body: body, select: "a", soAppToken: "t"))
        #expect(request.hashValue == PutContactRelationEntityRequest(id: 5, body: body, select: "a", soAppToken: "t").hashValue)
        let changes: [(String, (inout PutContactRelationEntityRequest) -> Void)] = [
            ("path", { $0.id = 6 }), ("body", { $0.body.comment = "other" }), ("query", { $0.select = nil }),
            ("header", { $0.soAppToken = "u" }), ("last header", { $0.ifUnmodifiedSince = Date(timeIntervalSince1970: 0) }),
        ]
        for (name, change) in changes {
            var changed = request
            change(&changed)
            #expect(changed != request, "\(name)")
            #expect(Set([changed, request]).count == 2, "\(name)")
        }
    }
}
