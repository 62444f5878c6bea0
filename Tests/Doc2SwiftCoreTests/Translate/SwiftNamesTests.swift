import Testing
@testable import Doc2SwiftCore

@Suite struct SwiftNamesTests {
    @Test(arguments: [
        ("SourceContactId", "sourceContactId"),
        ("sourceContactId", "sourceContactId"),
        ("Name", "name"),
        ("ID", "id"),
        ("ContactID", "contactId"),
        ("URLString", "urlString"),
        ("contactURL", "contactUrl"),
        ("HTTPStatusCode", "httpStatusCode"),
        ("$select", "select"),
        ("$top", "top"),
        ("_Links", "links"),
        ("odata.nextLink", "odataNextLink"),
        ("odata.metadata", "odataMetadata"),
        ("SO-AppToken", "soAppToken"),
        ("X-XSRF-TOKEN", "xXsrfToken"),
        ("Accept-Language", "acceptLanguage"),
        ("mergedTicketEntity.category.defaultTicketStatus", "mergedTicketEntityCategoryDefaultTicketStatus"),
        ("Address1Line", "address1Line"),
        ("snake_case_name", "snakeCaseName"),
        ("2fa", "_2fa"),
        ("1st Place", "_1stPlace"),
        ("", "value"),
        ("$", "value"),
    ])
    func memberNames(raw: String, expected: String) {
        #expect(SwiftNames.memberName(raw) == expected)
    }

    @Test(arguments: [
        ("contact relation", "ContactRelation"),
        ("ContactRelationEntity", "ContactRelationEntity"),
        ("_Links", "Links"),
        ("odata.nextLink", "OdataNextLink"),
        ("state", "State"),
        ("URLString", "URLString"),
        ("ticket_status", "TicketStatus"),
        ("123abc", "_123abc"),
        ("", "Unnamed"),
        ("---", "Unnamed"),
        ("Café", "Caf"),
    ])
    func typeNames(raw: String, expected: String) {
        #expect(SwiftNames.typeName(raw) == expected)
    }

    @Test func wordsKeepAcronymsTogether() {
        #expect(SwiftNames.words("URLString") == ["URL", "String"])
        #expect(SwiftNames.words("getHTTPResponseCode") == ["get", "HTTP", "Response", "Code"])
        #expect(SwiftNames.words("Address1Line") == ["Address1", "Line"])
        #expect(SwiftNames.words("odata.nextLink") == ["odata", "next", "Link"])
        #expect(SwiftNames.words("ABC") == ["ABC"])
        #expect(SwiftNames.words("Fält") == ["F", "lt"])
    }

    @Test(arguments: ["class", "default", "case", "for", "in", "is", "return", "protocol", "true", "nil", "any", "some"])
    func keywordsAreEscaped(keyword: String) {
        #expect(SwiftNames.escaped(SwiftNames.safeMemberName(keyword)) == "`\(keyword)`")
    }

    @Test func ordinaryNamesAreNotEscaped() {
        #expect(SwiftNames.escaped("name") == "name")
        #expect(SwiftNames.escaped("type") == "type")
        #expect(SwiftNames.escaped("Class") == "Class")
    }

    @Test(arguments: [
        ("init", "initValue"),
        ("Init", "initValue"),
        ("INIT", "initValue"),
        ("self", "selfValue"),
        ("Self", "selfValue"),
        ("deinit", "deinitValue"),
        ("super", "superValue"),
        ("subscript", "subscriptValue"),
    ])
    func namesUnusableEvenEscapedGetAValueSuffix(raw: String, expected: String) {
        #expect(SwiftNames.safeMemberName(raw) == expected)
    }

    @Test func typeAndProtocolMembersAreLowercasedAndNeedNoSuffix() {
        #expect(SwiftNames.safeMemberName("Type") == "type")
        #expect(SwiftNames.safeMemberName("Protocol") == "protocol")
        #expect(SwiftNames.escaped(SwiftNames.safeMemberName("Protocol")) == "`protocol`")
    }

    @Test func scopeMakesNamesUniqueIgnoringCase() {
        var scope = SwiftNames.Scope()
        #expect(scope.claim("id") == "id")
        #expect(scope.claim("Id") == "Id2")
        #expect(scope.claim("ID") == "ID3")
        #expect(scope.claim("id2") == "id22")
        #expect(scope.claim("name") == "name")
    }

    @Test func scopeReservedNamesAreTakenIgnoringCase() {
        var scope = SwiftNames.Scope(reserved: ["CodingKeys", "Response"])
        #expect(scope.claim("codingKeys") == "codingKeys2")
        #expect(scope.claim("response") == "response2")
        #expect(scope.claim("Other") == "Other")
    }

    @Test func moduleNameFromTheAPIFolder() {
        #expect(GenerationOptions().moduleName(for: "SuperOffice") == "SuperOfficeAPI")
        #expect(GenerationOptions().moduleName(for: "on-office") == "OnOfficeAPI")
        #expect(GenerationOptions(moduleSuffix: "Kit").moduleName(for: "apollo") == "ApolloKit")
    }
}

/// The byte-level word splitter agrees with the character-level one on ASCII text.
@Suite struct SwiftNamesWordsAgreementTests {
    @Test(arguments: 0..<50)
    func asciiFastPathMatchesCharacters(seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
        let alphabet = Array("aBzZ09_-. $AbCDeF")
        for _ in 0..<200 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59)
            let text = String((0..<length).map { position in
                alphabet[Int((state >> UInt64(position * 3 % 50)) % UInt64(alphabet.count))]
            })
            #expect(SwiftNames.words(text) == SwiftNames.characterWords(text), "\(text)")
        }
    }
}

/// Header mentions: whole words only, any case, the ASCII path agreeing with the Unicode one.
@Suite struct ConditionalHeaderMentionTests {
    @Test func wholeWordsInAnyCase() {
        #expect(ConditionalHeaders.mentions("Send if-unmodified-since to guard.", "If-Unmodified-Since"))
        #expect(!ConditionalHeaders.mentions("Send If-Match-Version.", "If-Match"))
        #expect(!ConditionalHeaders.mentions("XIf-Match", "If-Match"))
        #expect(ConditionalHeaders.mentions("If-Match", "If-Match"))
        #expect(ConditionalHeaders.mentions("Use “If-Match” — always.", "If-Match"))
        #expect(!ConditionalHeaders.mentions("éIf-Match", "If-Match"))
        #expect(!ConditionalHeaders.mentions("", "If-Match"))
    }

    @Test(arguments: ["a If-Match b", "If-Match-X If-Match", "if-matchif-match", "(IF-MATCH)", "1If-Match", "If-Match1",
                      "-If-Match", "If-Matc", "xx if-match"])
    func asciiPathAgreesWithUnicodePath(text: String) {
        #expect(ConditionalHeaders.mentions(text, "If-Match") == ConditionalHeaders.characterMentions(text, "If-Match"))
    }
}
