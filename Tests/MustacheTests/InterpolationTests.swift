import Mustache
import Testing

/// Variable tags, after the spec's interpolation cases (minus HTML escaping, which never happens).
@Suite struct InterpolationTests {
    /// Text without tags passes through.
    @Test func textWithoutTagsPassesThrough() throws {
        #expect(try render("Hello from {Mustache}!\n") == "Hello from {Mustache}!\n")
    }

    /// Basic interpolation.
    @Test func basicInterpolation() throws {
        #expect(try render("Hello, {{subject}}!\n", ["subject": "world"]) == "Hello, world!\n")
    }

    /// No HTML escaping in any form.
    @Test func noHTMLEscapingInAnyForm() throws {
        let context: TemplateValue = ["forbidden": "& \" < > '"]
        #expect(try render("These characters should not be HTML escaped: {{forbidden}}\n", context)
            == "These characters should not be HTML escaped: & \" < > '\n")
        #expect(try render("{{{forbidden}}}", context) == "& \" < > '")
        #expect(try render("{{&forbidden}}", context) == "& \" < > '")
        #expect(try render("{{{ forbidden }}}|{{& forbidden }}", context) == "& \" < > '|& \" < > '")
    }

    /// Code like values are verbatim.
    @Test func codeLikeValuesAreVerbatim() throws {
        let context: TemplateValue = ["type": "Array<[String: Int]>", "body": "a && b || c -> \"d\""]
        #expect(try render("let x: {{type}} = {{body}}", context) == "let x: Array<[String: Int]> = a && b || c -> \"d\"")
    }

    /// Bools interpolate as true and false.
    @Test func boolsInterpolateAsTrueAndFalse() throws {
        #expect(try render("{{yes}}/{{no}}", ["yes": true, "no": false]) == "true/false")
    }

    /// Dotted names basic.
    @Test func dottedNamesBasic() throws {
        let context: TemplateValue = ["person": ["name": "Joe"]]
        #expect(try render("\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", context)
            == "\"Joe\" == \"Joe\"")
        #expect(try render("{{{person.name}}}|{{&person.name}}", context) == "Joe|Joe")
    }

    /// Dotted names arbitrary depth.
    @Test func dottedNamesArbitraryDepth() throws {
        let context: TemplateValue = ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]]
        #expect(try render("\"{{a.b.c.d.e.name}}\" == \"Phil\"", context) == "\"Phil\" == \"Phil\"")
    }

    /// Dotted names initial resolution.
    @Test func dottedNamesInitialResolution() throws {
        let context: TemplateValue = [
            "a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]],
            "b": ["c": ["d": ["e": ["name": "Wrong"]]]],
        ]
        #expect(try render("\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"", context) == "\"Phil\" == \"Phil\"")
    }

    /// Implicit iterator on root string.
    @Test func implicitIteratorOnRootString() throws {
        #expect(try render("Hello, {{.}}!\n", "world") == "Hello, world!\n")
    }

    /// Surrounding whitespace is kept.
    @Test func surroundingWhitespaceIsKept() throws {
        #expect(try render("| {{string}} |", ["string": "---"]) == "| --- |")
        #expect(try render("| {{{string}}} |", ["string": "---"]) == "| --- |")
        #expect(try render("| {{&string}} |", ["string": "---"]) == "| --- |")
    }

    /// Variables are never standalone.
    @Test func variablesAreNeverStandalone() throws {
        #expect(try render("  {{string}}\n", ["string": "---"]) == "  ---\n")
        #expect(try render("  {{{string}}}\n", ["string": "---"]) == "  ---\n")
        #expect(try render("  {{&string}}\n", ["string": "---"]) == "  ---\n")
    }

    /// Empty value on its own line keeps the line.
    @Test func emptyValueOnItsOwnLineKeepsTheLine() throws {
        #expect(try render("a\n{{x}}\nb", ["x": ""]) == "a\n\nb")
    }

    /// Padding inside tags.
    @Test func paddingInsideTags() throws {
        #expect(try render("|{{ string }}|", ["string": "---"]) == "|---|")
        #expect(try render("|{{{ string }}}|", ["string": "---"]) == "|---|")
        #expect(try render("|{{& string }}|", ["string": "---"]) == "|---|")
        #expect(try render("|{{\tstring\t}}|", ["string": "---"]) == "|---|")
    }

    /// Lookup falls back through non object frames.
    @Test func lookupFallsBackThroughNonObjectFrames() throws {
        let context: TemplateValue = ["items": ["x", "y"], "sep": ","]
        #expect(try render("{{#items}}{{.}}{{sep}}{{/items}}", context) == "x,y,")
    }

    /// Unicode text and values.
    @Test func unicodeTextAndValues() throws {
        #expect(try render("Grüße, {{name}} 👋", ["name": "Zoë"]) == "Grüße, Zoë 👋")
    }

    /// Brace text that is not a tag.
    @Test func braceTextThatIsNotATag() throws {
        #expect(try render("func f() { {x} } {{x}}}", ["x": "1"]) == "func f() { {x} } 1}")
    }
}
