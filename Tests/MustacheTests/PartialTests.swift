import Mustache
import Testing

/// `{{> name}}` partials, after the spec's partial cases, plus indentation and lookup details.
@Suite struct PartialTests {
    /// Basic behavior.
    @Test func basicBehavior() throws {
        #expect(try render("\"{{>text}}\"", partials: ["text": "from partial"]) == "\"from partial\"")
    }

    /// Partial sees the context.
    @Test func partialSeesTheContext() throws {
        #expect(try render("\"{{>partial}}\"", ["text": "content"], partials: ["partial": "*{{text}}*"]) == "\"*content*\"")
    }

    /// Recursion follows the data.
    @Test func recursionFollowsTheData() throws {
        let context: TemplateValue = ["content": "X", "nodes": [["content": "Y", "nodes": []]]]
        let partials = ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"]
        #expect(try render("{{>node}}", context, partials: partials) == "X<Y<>>")
    }

    /// Nested partials.
    @Test func nestedPartials() throws {
        let partials = ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"]
        #expect(try render("{{>outer}}", ["a": "hello", "b": "world"], partials: partials) == "*hello world!*")
    }

    /// Surrounding whitespace.
    @Test func surroundingWhitespace() throws {
        #expect(try render("| {{>partial}} |", partials: ["partial": "\t|\t"]) == "| \t|\t |")
    }

    /// Inline indentation is not applied.
    @Test func inlineIndentationIsNotApplied() throws {
        #expect(try render("  {{data}}  {{> partial}}\n", ["data": "|"], partials: ["partial": ">\n>"]) == "  |  >\n>\n")
    }

    /// Standalone line endings.
    @Test func standaloneLineEndings() throws {
        #expect(try render("|\r\n{{>partial}}\r\n|", partials: ["partial": ">"]) == "|\r\n>|")
    }

    /// Standalone without previous line.
    @Test func standaloneWithoutPreviousLine() throws {
        #expect(try render("  {{>partial}}\n>", partials: ["partial": ">\n>"]) == "  >\n  >>")
    }

    /// Standalone without newline.
    @Test func standaloneWithoutNewline() throws {
        #expect(try render(">\n  {{>partial}}", partials: ["partial": ">\n>"]) == ">\n  >\n  >")
    }

    /// Standalone indentation applies to partial source not to values.
    @Test func standaloneIndentationAppliesToPartialSourceNotToValues() throws {
        let partials = ["partial": "|\n{{{content}}}\n|\n"]
        #expect(try render("\\\n {{>partial}}\n/\n", ["content": "<\n->"], partials: partials)
            == "\\\n |\n <\n->\n |\n/\n")
    }

    /// Padding in partial tag.
    @Test func paddingInPartialTag() throws {
        #expect(try render("|{{> partial }}|", ["boolean": true], partials: ["partial": "[]"]) == "|[]|")
    }

    /// Nested standalone indentation accumulates.
    @Test func nestedStandaloneIndentationAccumulates() throws {
        let partials = ["outer": "begin\n  {{>inner}}\nend\n", "inner": "a\nb\n"]
        #expect(try render("  {{>outer}}\n", partials: partials) == "  begin\n    a\n    b\n  end\n")
    }

    /// Standalone sections inside indented partial.
    @Test func standaloneSectionsInsideIndentedPartial() throws {
        let partials = ["props": "{{#props}}\nvar {{.}}: Int\n{{/props}}\n"]
        let source = "struct S {\n    {{>props}}\n}\n"
        #expect(try render(source, ["props": ["a", "b"]], partials: partials) == "struct S {\n    var a: Int\n    var b: Int\n}\n")
    }

    /// Blank partial lines stay blank.
    @Test func blankPartialLinesStayBlank() throws {
        // Indenting an empty line would only leave trailing whitespace in generated code.
        let partials = ["partial": "a\n\nb\r\n\r\nc\n"]
        #expect(try render("  {{>partial}}\n", partials: partials) == "  a\n\n  b\r\n\r\n  c\n")
    }

    /// Inline partial inside indented partial is not indented.
    @Test func inlinePartialInsideIndentedPartialIsNotIndented() throws {
        let partials = ["outer": "x{{>inner}}\n", "inner": "1\n2"]
        #expect(try render("  {{>outer}}\n", partials: partials) == "  x1\n2\n")
    }

    /// Lookup falls back to mustache extension.
    @Test func lookupFallsBackToMustacheExtension() throws {
        let set = TemplateSet(templates: [
            try Template(name: "Main.mustache", source: "[{{> Row}}]"),
            try Template(name: "Row.mustache", source: "row"),
        ])
        #expect(try set.render("Main", context: [:]) == "[row]")
        #expect(try set.render("Main.mustache", context: [:]) == "[row]")
    }

    /// Exact name wins over extension fallback.
    @Test func exactNameWinsOverExtensionFallback() throws {
        let set = TemplateSet(templates: [
            try Template(name: "main", source: "{{>row}}"),
            try Template(name: "row", source: "exact"),
            try Template(name: "row.mustache", source: "fallback"),
        ])
        #expect(try set.render("main", context: [:]) == "exact")
    }

    /// Sixty four nested partials are allowed.
    @Test func sixtyFourNestedPartialsAreAllowed() throws {
        let output = try render("{{>node}}", nestedChain(levels: 64), partials: ["node": chainPartial])
        #expect(output == String(repeating: ".", count: 64))
    }
}
