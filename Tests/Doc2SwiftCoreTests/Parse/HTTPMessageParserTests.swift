import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

@Suite struct HTTPMessageParserTests {
    func block(_ content: String, info: String = "http_", line: Int = 10) -> CodeBlock {
        CodeBlock(info: info, content: content, location: at(line, 1))
    }

    @Test func splitsStartLineHeadersAndBody() throws {
        let parts = try #require(HTTPMessageParser.split("""
        HTTP/1.1 200 OK
        Content-Type: application/json; charset=utf-8
        Last-Modified: Fri, 27 Sep 2002 03:24:51 G9T

        {
          "A": 1
        }
        """))
        #expect(parts.startLine == "HTTP/1.1 200 OK")
        #expect(parts.headers == [
            SampleHeader(name: "Content-Type", value: "application/json; charset=utf-8"),
            SampleHeader(name: "Last-Modified", value: "Fri, 27 Sep 2002 03:24:51 G9T"),
        ])
        #expect(parts.body == "{\n  \"A\": 1\n}")
        #expect(parts.bodyLineOffset == 4)
    }

    @Test func bodyWithoutBlankLineEndsTheHeaders() throws {
        let parts = try #require(HTTPMessageParser.split("""
        POST /api/v1/Thing
        Accept: application/json
        {
          "A": 1
        }
        """))
        #expect(parts.headers.map(\.name) == ["Accept"])
        #expect(parts.body == "{\n  \"A\": 1\n}")
        #expect(parts.bodyLineOffset == 2)
    }

    @Test func headerNameWithSpaceEndsTheHeaders() throws {
        let parts = try #require(HTTPMessageParser.split("HTTP/1.1 200 OK\nnot a: header\n"))
        #expect(parts.headers.isEmpty)
        #expect(parts.body == "not a: header")
    }

    @Test func leadingBlankLinesAreSkipped() throws {
        let parts = try #require(HTTPMessageParser.split("\n  \nGET /api/v1/Thing  \nAccept: */*"))
        #expect(parts.startLine == "GET /api/v1/Thing")
        #expect(parts.headers == [SampleHeader(name: "Accept", value: "*/*")])
        #expect(parts.body == nil)
    }

    @Test func blankContentHasNoParts() {
        #expect(HTTPMessageParser.split("") == nil)
        #expect(HTTPMessageParser.split("\n   \n") == nil)
    }

    @Test func requestLineHeadersAndDecodedBody() throws {
        let request = try #require(HTTPMessageParser.request(block("""
        post /api/v1/Thing?$select=a,b&top=5
        Content-Type: application/json

        {"Name": "Tom &amp; Jerry"}
        """, info: "http!")))
        #expect(request.method == "POST")
        #expect(request.target == "/api/v1/Thing?$select=a,b&top=5")
        #expect(request.path == "/api/v1/Thing")
        #expect(request.query.map(\.name) == ["$select", "top"])
        #expect(request.query.map(\.value) == ["a,b", "5"])
        #expect(request.headers.map(\.value) == ["application/json"])
        #expect(request.body == "{\"Name\": \"Tom & Jerry\"}")
        #expect(request.location == at(10, 1))
        #expect(request.bodyLocation == at(14, 1))
    }

    @Test func requestWithoutBodyHasNoBodyLocation() throws {
        let request = try #require(HTTPMessageParser.request(block("DELETE /api/v1/Thing/{id}\nAccept: */*")))
        #expect(request.body == nil)
        #expect(request.bodyLocation == nil)
        #expect(request.query.isEmpty)
    }

    @Test func queryWithoutValue() throws {
        let request = try #require(HTTPMessageParser.request(block("GET /x?flag&a=")))
        #expect(request.query.map(\.name) == ["flag", "a"])
        #expect(request.query.map(\.value) == ["", ""])
    }

    @Test func statusLineWithReasonAndScalarBody() throws {
        let response = try #require(HTTPMessageParser.response(block("""
        HTTP/1.1 204 AppointmentEntity deleted.
        Content-Type: application/json; charset=utf-8

        null
        """)))
        #expect(response.status == 204)
        #expect(response.reason == "AppointmentEntity deleted.")
        #expect(response.body == "null")
        #expect(response.bodyLocation == at(14, 1))
    }

    @Test func statusLineWithoutReason() throws {
        let response = try #require(HTTPMessageParser.response(block("HTTP/1.1 200")))
        #expect(response.status == 200)
        #expect(response.reason == "")
        #expect(response.body == nil)
    }

    @Test func linesOfTheWrongKindAreNotParsed() {
        #expect(HTTPMessageParser.request(block("HTTP/1.1 200 OK")) == nil)
        #expect(HTTPMessageParser.request(block("FETCH /api/v1/Thing")) == nil)
        #expect(HTTPMessageParser.request(block("GET")) == nil)
        #expect(HTTPMessageParser.response(block("GET /api/v1/Thing")) == nil)
        #expect(HTTPMessageParser.response(block("HTTP/1.1 OK")) == nil)
    }

    @Test func methodsAreMatchedCaseInsensitively() {
        #expect(HTTPMethod.isMethod("get"))
        #expect(HTTPMethod.isMethod("Patch"))
        #expect(HTTPMethod.isMethod("OPTIONS"))
        #expect(!HTTPMethod.isMethod("FETCH"))
        #expect(!HTTPMethod.isMethod("HTTP/1.1"))
    }
}
