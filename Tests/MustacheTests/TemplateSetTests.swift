import Mustache
import Testing

/// `Template` and `TemplateSet` beyond single renders: overrides, lookups, reuse.
@Suite struct TemplateSetTests {
    /// Later template with the same name wins.
    @Test func laterTemplateWithTheSameNameWins() throws {
        let set = TemplateSet(templates: [
            try Template(name: "Model", source: "built-in"),
            try Template(name: "Model", source: "override"),
        ])
        #expect(try set.render("Model", context: [:]) == "override")
        #expect(set.templateNames == ["Model"])
    }

    /// Template names are sorted.
    @Test func templateNamesAreSorted() throws {
        let set = TemplateSet(templates: [
            try Template(name: "b.mustache", source: ""),
            try Template(name: "a.mustache", source: ""),
        ])
        #expect(set.templateNames == ["a.mustache", "b.mustache"])
        #expect(set.template(named: "a")?.name == "a.mustache")
        #expect(set.template(named: "c") == nil)
    }

    /// Partial names lists direct includes once.
    @Test func partialNamesListsDirectIncludesOnce() throws {
        let template = try Template(name: "t", source: "{{>a}}{{#x}}{{>b}}{{^y}}{{>a}}{{/y}}{{/x}}{{! {{>c}} }}")
        #expect(template.partialNames == ["a", "b"])
    }

    /// Templates compare by name and source.
    @Test func templatesCompareByNameAndSource() throws {
        #expect(try Template(name: "t", source: "{{x}}") == Template(name: "t", source: "{{x}}"))
        #expect(try Template(name: "t", source: "{{x}}") != Template(name: "u", source: "{{x}}"))
        #expect(try Template(name: "t", source: "{{x}}") != Template(name: "t", source: "{{ x }}"))
        #expect(try Set([Template(name: "t", source: "a"), Template(name: "t", source: "a")]).count == 1)
    }

    /// One parse renders many contexts.
    @Test func oneParseRendersManyContexts() throws {
        let set = TemplateSet(templates: [try Template(name: "t", source: "{{#items}}{{.}};{{/items}}")])
        for count in 0..<20 {
            let items = (0..<count).map { TemplateValue.string("\($0)") }
            let expected = (0..<count).map { "\($0);" }.joined()
            #expect(try set.render("t", context: ["items": .list(items)]) == expected)
        }
    }

    /// Renders from many tasks at once.
    @Test func rendersFromManyTasksAtOnce() async throws {
        let set = TemplateSet(templates: [try Template(name: "t", source: "<{{v}}>")])
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<16 {
                group.addTask { try set.render("t", context: ["v": "\(index)"]) }
            }
            var collected: [String] = []
            for try await output in group { collected.append(output) }
            return collected
        }
        #expect(Set(outputs) == Set((0..<16).map { "<\($0)>" }))
    }

    /// Large list renders completely.
    @Test func largeListRendersCompletely() throws {
        let set = TemplateSet(templates: [try Template(name: "t", source: "{{#rows}}  case {{name}}\n{{/rows}}")])
        let rows = (0..<20_000).map { TemplateValue.object(["name": .string("c\($0)")]) }
        let output = try set.render("t", context: ["rows": .list(rows)])
        #expect(output.utf8.count == rows.indices.reduce(0) { $0 + "  case c\($1)\n".utf8.count })
        #expect(output.hasSuffix("  case c19999\n"))
    }
}
