import Testing
@testable import Doc2SwiftCore

/// Front-matter ids that look like file paths, are Windows device names or hold nothing to name
/// an operation with: one located warning each, saying which name the operation gets instead.
@Suite struct PageWalkNamesTests {
    /// A page with an endpoint whose front matter holds `lines` (line 2 onwards).
    static func page(_ lines: [String], endpoint: Bool = true) -> String {
        let body = endpoint ? "```http\nGET /api/v1/thing\n```\n\n| Response | Description |\n|---|---|\n| 200 | OK. |\n"
            : "Prose only.\n"
        return "---\n" + lines.joined(separator: "\n") + "\n---\n\n# GET Thing\n\n" + body
    }

    static func warnings(_ lines: [String], endpoint: Bool = true) -> [String] {
        messages(facts(page(lines, endpoint: endpoint)).1, .warning)
    }

    @Test func absolutePathId() {
        #expect(Self.warnings(["title: GET /etc/passwd", "id: /tmp/absolute"]) == [
            "Test.md:3:1: warning: page id '/tmp/absolute' looks like an absolute file path; no file or folder is named "
                + "after it: the operation is named 'TmpAbsoluteRequest', from the id's letters and digits; write the id "
                + "as a plain name (letters, digits, '_')",
        ])
    }

    @Test func climbingAndNestedAndDrivePathIds() {
        #expect(Self.warnings(["id: ../../escape"]) == [
            "Test.md:2:1: warning: page id '../../escape' looks like a file path that climbs out of its folder ('..'); "
                + "no file or folder is named after it: the operation is named 'EscapeRequest', from the id's letters "
                + "and digits; write the id as a plain name (letters, digits, '_')",
        ])
        #expect(Self.warnings(["id: a/b/c"]) == [
            "Test.md:2:1: warning: page id 'a/b/c' looks like a file path ('/' or '\\' separates folders); no file or "
                + "folder is named after it: the operation is named 'ABCRequest', from the id's letters and digits; "
                + "write the id as a plain name (letters, digits, '_')",
        ])
        #expect(Self.warnings(["id: 'C:\\x'"]).first?.hasPrefix(
            "Test.md:2:1: warning: page id 'C:\\x' looks like an absolute file path; ") == true)
    }

    @Test func reservedDeviceNameIds() {
        #expect(Self.warnings(["title: GET CON", "id: aux"]) == [
            "Test.md:3:1: warning: page id 'aux' is the Windows device name AUX, which no file may be named; no file is "
                + "named after the id: the operation is named 'AuxRequest'; give the page a descriptive id",
        ])
        #expect(Self.warnings(["uid: nul.txt"]).first?.hasPrefix(
            "Test.md:2:1: warning: page id 'nul.txt' is the Windows device name NUL, ") == true)
    }

    @Test func idsWithoutLettersOrDigits() {
        #expect(Self.warnings(["uid: v1Thing_データ"]) == [
            "Test.md:2:1: warning: page id 'v1Thing_データ' has no ASCII letters or digits in its part after the last "
                + "'_', which names the operation; the operation is named 'UnnamedRequest'; write the id in ASCII "
                + "letters and digits",
        ])
        #expect(Self.warnings(["id: '???'"]) == [
            "Test.md:2:1: warning: page id '???' has no ASCII letters or digits; the operation is named "
                + "'UnnamedRequest'; write the id in ASCII letters and digits",
        ])
    }

    /// `uid` wins over `id` wherever it is written, and is where the warning points.
    @Test func warningIsAtTheIdThatCounts() {
        #expect(Self.warnings(["id: Thing_Get", "title: GET Thing", "uid: /abs"]).map { String($0.prefix(30)) }
            == ["Test.md:4:1: warning: page id "])
        #expect(Self.warnings(["uid: Thing_Get", "id: /abs"]) == [])
    }

    /// Titles never name anything (real titles are `GET Contact/{id}`), and ordinary ids are quiet;
    /// so are pages without an endpoint, which make no operation.
    @Test func ordinaryIdsPathTitlesAndPagesWithoutOperationsAreQuiet() {
        #expect(Self.warnings(["title: GET ../../../etc/passwd", "uid: v1Thing_GetThing"]) == [])
        #expect(Self.warnings(["title: GET a/b\\c", "uid: T:SuperOffice.CRM.IThingAgent"]) == [])
        #expect(Self.warnings(["title: Things", "uid: tag-a/b"], endpoint: false) == [])
        #expect(Self.warnings(["title: Overview", "id: /tmp/overview"], endpoint: false) == [])
        #expect(Self.warnings(["title: GET CON"]) == [])
    }

    /// The id line, else the title line, else the first `#` heading: where naming diagnostics point.
    @Test func nameLocation() {
        #expect(facts(Self.page(["title: GET Thing", "uid: Thing_Get"])).0.nameLocation == at(3, 1))
        #expect(facts(Self.page(["generated: true", "title: GET Thing"])).0.nameLocation == at(3, 1))
        #expect(facts(Self.page(["generated: true"])).0.nameLocation == at(5, 1))
        #expect(facts("Prose only.\n").0.nameLocation == nil)
    }
}
