import Mustache
import Testing

/// `{{^x}}` inverted sections, after the spec's inverted cases, plus the empty-string rule.
@Suite struct InvertedTests {
    /// Falsey and truthy bools.
    @Test func falseyAndTruthyBools() throws {
        let source = "\"{{^boolean}}This should be rendered.{{/boolean}}\""
        #expect(try render(source, ["boolean": false]) == "\"This should be rendered.\"")
        #expect(try render(source, ["boolean": true]) == "\"\"")
    }

    /// Objects are never falsey.
    @Test func objectsAreNeverFalsey() throws {
        #expect(try render("\"{{^context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]]) == "\"\"")
        #expect(try render("\"{{^context}}x{{/context}}\"", ["context": [:]]) == "\"\"")
    }

    /// Lists render only when empty.
    @Test func listsRenderOnlyWhenEmpty() throws {
        let full: TemplateValue = ["list": [["n": "1"], ["n": "2"], ["n": "3"]]]
        #expect(try render("\"{{^list}}{{n}}{{/list}}\"", full) == "\"\"")
        #expect(try render("\"{{^list}}Yay lists!{{/list}}\"", ["list": []]) == "\"Yay lists!\"")
    }

    /// Strings render only when empty.
    @Test func stringsRenderOnlyWhenEmpty() throws {
        #expect(try render("[{{^s}}none{{/s}}]", ["s": ""]) == "[none]")
        #expect(try render("[{{^s}}none{{/s}}]", ["s": "x"]) == "[]")
    }

    /// Inverted body keeps the context.
    @Test func invertedBodyKeepsTheContext() throws {
        #expect(try render("{{^list}}{{fallback}}{{/list}}", ["list": [], "fallback": "empty"]) == "empty")
    }

    /// Doubled inverted sections.
    @Test func doubledInvertedSections() throws {
        let source = "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n"
        #expect(try render(source, ["bool": false, "two": "second"]) == "* first\n* second\n* third\n")
    }

    /// Nested falsey and truthy.
    @Test func nestedFalseyAndTruthy() throws {
        let source = "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |"
        #expect(try render(source, ["bool": false]) == "| A B C D E |")
        #expect(try render(source, ["bool": true]) == "| A  E |")
    }

    /// Dotted inverted names.
    @Test func dottedInvertedNames() throws {
        let source = "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\""
        #expect(try render(source, ["a": ["b": ["c": true]]]) == "\"\" == \"\"")
        let falsey = "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\""
        #expect(try render(falsey, ["a": ["b": ["c": false]]]) == "\"Not Here\" == \"Not Here\"")
    }

    /// Surrounding and internal whitespace.
    @Test func surroundingAndInternalWhitespace() throws {
        #expect(try render(" | {{^boolean}}\t|\t{{/boolean}} | \n", ["boolean": false]) == " | \t|\t | \n")
        #expect(try render(" | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", ["boolean": false])
            == " |  \n  | \n")
    }

    /// Indented inline inverted sections.
    @Test func indentedInlineInvertedSections() throws {
        #expect(try render(" {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n", ["boolean": false])
            == " NO\n WAY\n")
    }

    /// Standalone lines are removed.
    @Test func standaloneLinesAreRemoved() throws {
        let context: TemplateValue = ["boolean": false]
        #expect(try render("| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", context) == "| This Is\n|\n| A Line\n")
        #expect(try render("| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n", context)
            == "| This Is\n|\n| A Line\n")
        #expect(try render("|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", context) == "|\r\n|")
        #expect(try render("  {{^boolean}}\n^{{/boolean}}\n/", context) == "^\n/")
        #expect(try render("^{{^boolean}}\n/\n  {{/boolean}}", context) == "^\n/\n")
    }

    /// Padding in inverted tags.
    @Test func paddingInInvertedTags() throws {
        #expect(try render("|{{^ boolean }}={{/ boolean }}|", ["boolean": false]) == "|=|")
    }
}
