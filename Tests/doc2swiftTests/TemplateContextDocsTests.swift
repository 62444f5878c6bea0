import Foundation
import Testing

/// The template context is a public API: every key `dump-context` prints must be documented in
/// `Templates/README.md`.
@Suite struct TemplateContextDocsTests {
    @Test func everyContextKeyIsDocumented() throws {
        let result = try CLIRunner.run(["dump-context", "Input"])
        #expect(result.status == 0)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, nested) in object {
                    keys.insert(key)
                    collect(nested)
                }
            } else if let list = value as? [Any] {
                list.forEach(collect)
            }
        }
        files.forEach { collect($0["context"] ?? [:]) }
        #expect(keys.count > 40)
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("Templates/README.md"),
                                encoding: .utf8)
        let undocumented = keys.subtracting(["isFirst", "isLast"]).filter { key in
            !readme.contains("`\(key)`") && !readme.contains(".\(key)`") && !readme.contains("`\(key),")
        }
        #expect(undocumented.isEmpty, "undocumented context keys: \(undocumented.sorted())")
        #expect(readme.contains("`isFirst`") && readme.contains("`isLast`"))
    }
}
