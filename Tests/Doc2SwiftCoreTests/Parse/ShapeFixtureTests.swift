import Foundation
import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// One minimal page per page shape (`Fixtures/Shapes/*.md`), read into a schema and compared
/// whole with its golden summary (`*.expected`): operations, parameters, bodies, statuses,
/// samples and warnings. `DOC2SWIFT_RECORD=1` rewrites the goldens (and fails, so a recording
/// never passes unnoticed).
@Suite struct ShapeFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Shapes")

    static let shapes = ["fenced-method-lines", "bare-fence-parameters", "http-fence-alternatives",
                         "heading-declarations", "blueprint-headings", "slate-http-request", "backticked-paragraph",
                         "object-definitions", "blueprint-data-structures", "value-tables", "member-rows",
                         "located-parameters", "bullet-parameters"]

    @Test(arguments: shapes) func shapeReadsAsItsGolden(_ shape: String) throws {
        let page = try String(contentsOf: Self.folder.appendingPathComponent(shape + ".md"), encoding: .utf8)
        let actual = Self.summary(page, file: shape + ".md")
        let golden = Self.folder.appendingPathComponent(shape + ".expected")
        if ProcessInfo.processInfo.environment["DOC2SWIFT_RECORD"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(golden.lastPathComponent); run again without DOC2SWIFT_RECORD")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(shape): \(Self.firstDifference(actual, expected))")
    }

    /// Every shape the README lists has a fixture, and every fixture a golden.
    @Test func everyFixtureIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(Set(files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }) == Set(Self.shapes))
        #expect(Set(files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(9)) }) == Set(Self.shapes))
    }

    /// The page's operations and warnings as text.
    static func summary(_ page: String, file: String) -> String {
        let document = BlockReader.read(page, file: file)
        let (pages, extracted) = PageExtractor().extractAll(document, relativePath: "API/\(file)", api: "API")
        var diagnostics = extracted
        let (schema, built) = SchemaBuilder().build(api: "API", pages: pages)
        diagnostics.append(contentsOf: built)
        let types = Dictionary(schema.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        for operation in schema.operations {
            lines.append("\(operation.method) \(operation.path)  \(operation.id)  \"\(operation.title)\"  "
                + "line \(operation.location.line)")
            for parameter in operation.parameters {
                lines.append("  \(parameter.place.rawValue) \(parameter.name): \(parameter.type.displayName)"
                    + (parameter.isRequired ? ", required" : ""))
            }
            if let body = operation.requestBody {
                lines.append("  body: " + describe(body.type, types))
            }
            for response in operation.responses {
                lines.append("  \(response.status)" + (response.body.map { ": " + describe($0, types) } ?? ""))
            }
            let requests = operation.requestSamples
            let responses = operation.responseSamples
            if !requests.isEmpty || !responses.isEmpty {
                lines.append("  samples: \(requests.filter { $0.untestedReason == nil }.count) of \(requests.count) "
                    + "requests, \(responses.filter { $0.untestedReason == nil }.count) of \(responses.count) "
                    + "responses tested")
            }
        }
        for diagnostic in diagnostics.sorted where diagnostic.severity != .note {
            lines.append(diagnostic.description)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ type: TypeExpression, _ types: [String: TypeDefinition]) -> String {
        let name = type.displayName
        guard let definition = types[name] else { return name }
        return name + " {" + definition.properties.map { "\($0.name): \($0.type.displayName)" }
            .joined(separator: ", ") + "}"
    }

    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "(none)"
            let right = index < e.count ? String(e[index]) : "(none)"
            if left != right { return "line \(index + 1): got '\(left)', expected '\(right)'" }
        }
        return "same"
    }
}
