import Mustache
import Testing

/// `{{#x}}` sections, after the spec's section cases, plus the string and object rules.
@Suite struct SectionTests {
    /// Truthy and falsey bools.
    @Test func truthyAndFalseyBools() throws {
        let source = "\"{{#boolean}}This should be rendered.{{/boolean}}\""
        #expect(try render(source, ["boolean": true]) == "\"This should be rendered.\"")
        #expect(try render(source, ["boolean": false]) == "\"\"")
    }

    /// Object is pushed.
    @Test func objectIsPushed() throws {
        #expect(try render("\"{{#context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]]) == "\"Hi Joe.\"")
    }

    /// Empty object renders once.
    @Test func emptyObjectRendersOnce() throws {
        #expect(try render("[{{#o}}x{{/o}}]", ["o": [:]]) == "[x]")
    }

    /// Parent contexts stay visible.
    @Test func parentContextsStayVisible() throws {
        let context: TemplateValue = ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]]
        #expect(try render("\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", context) == "\"foo, bar, baz\"")
    }

    /// String section pushes the string.
    @Test func stringSectionPushesTheString() throws {
        #expect(try render("\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"", ["foo": "bar"]) == "\"bar is bar\"")
        #expect(try render("[{{#foo}}never{{/foo}}]", ["foo": ""]) == "[]")
    }

    /// List contexts.
    @Test func listContexts() throws {
        let source = "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}."
            + "{{/bottoms}}{{/middles}}{{/tops}}"
        let context: TemplateValue = [
            "tops": [[
                "tname": ["upper": "A", "lower": "a"],
                "middles": [["mname": "1", "bottoms": [["bname": "x"], ["bname": "y"]]]],
            ]],
        ]
        #expect(try render(source, context) == "a1.A1x.A1y.")
    }

    /// Deeply nested contexts.
    @Test func deeplyNestedContexts() throws {
        let source = """
            {{#a}}
            {{one}}
            {{#b}}
            {{one}}{{two}}{{one}}
            {{#c}}
            {{one}}{{two}}{{three}}{{two}}{{one}}
            {{#d}}
            {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
            {{#five}}
            {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
            {{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}
            {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
            {{/five}}
            {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
            {{/d}}
            {{one}}{{two}}{{three}}{{two}}{{one}}
            {{/c}}
            {{one}}{{two}}{{one}}
            {{/b}}
            {{one}}
            {{/a}}

            """
        let context: TemplateValue = [
            "a": ["one": "1"], "b": ["two": "2"],
            "c": ["three": "3", "d": ["four": "4", "five": "5"]],
        ]
        let expected = """
            1
            121
            12321
            1234321
            123454321
            12345654321
            123454321
            1234321
            12321
            121
            1

            """
        #expect(try render(source, context) == expected)
    }

    /// List renders once per element.
    @Test func listRendersOncePerElement() throws {
        let context: TemplateValue = ["list": [["item": "1"], ["item": "2"], ["item": "3"]]]
        #expect(try render("\"{{#list}}{{item}}{{/list}}\"", context) == "\"123\"")
        #expect(try render("\"{{#list}}Yay lists!{{/list}}\"", ["list": []]) == "\"\"")
    }

    /// Doubled sections.
    @Test func doubledSections() throws {
        let source = "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n"
        #expect(try render(source, ["bool": true, "two": "second"]) == "* first\n* second\n* third\n")
    }

    /// Nested truthy and falsey.
    @Test func nestedTruthyAndFalsey() throws {
        let source = "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |"
        #expect(try render(source, ["bool": true]) == "| A B C D E |")
        #expect(try render(source, ["bool": false]) == "| A  E |")
    }

    /// Implicit iterator over strings and lists.
    @Test func implicitIteratorOverStringsAndLists() throws {
        #expect(try render("\"{{#list}}({{.}}){{/list}}\"", ["list": ["a", "b", "c", "d", "e"]]) == "\"(a)(b)(c)(d)(e)\"")
        let nested: TemplateValue = ["list": [["1", "2", "3"], ["a", "b", "c"]]]
        #expect(try render("\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"", nested) == "\"(123)(abc)\"")
    }

    /// Dotted section names.
    @Test func dottedSectionNames() throws {
        let source = "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\""
        #expect(try render(source, ["a": ["b": ["c": true]]]) == "\"Here\" == \"Here\"")
        #expect(try render(source, ["a": ["b": ["c": false]]]) == "\"\" == \"Here\"")
    }

    /// Surrounding and internal whitespace.
    @Test func surroundingAndInternalWhitespace() throws {
        #expect(try render(" | {{#boolean}}\t|\t{{/boolean}} | \n", ["boolean": true]) == " | \t|\t | \n")
        #expect(try render(" | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", ["boolean": true])
            == " |  \n  | \n")
    }

    /// Indented inline sections.
    @Test func indentedInlineSections() throws {
        #expect(try render(" {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", ["boolean": true])
            == " YES\n GOOD\n")
    }

    /// Standalone lines are removed.
    @Test func standaloneLinesAreRemoved() throws {
        let context: TemplateValue = ["boolean": true]
        #expect(try render("| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", context) == "| This Is\n|\n| A Line\n")
        #expect(try render("| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", context)
            == "| This Is\n|\n| A Line\n")
        #expect(try render("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", context) == "|\r\n|")
        #expect(try render("  {{#boolean}}\n#{{/boolean}}\n/", context) == "#\n/")
        #expect(try render("#{{#boolean}}\n/\n  {{/boolean}}", context) == "#\n/\n")
    }

    /// Two tags on one line are not standalone.
    @Test func twoTagsOnOneLineAreNotStandalone() throws {
        #expect(try render("a\n  {{#b}}{{/b}}  \nc", ["b": true]) == "a\n    \nc")
    }

    /// Padding in section tags.
    @Test func paddingInSectionTags() throws {
        #expect(try render("|{{# boolean }}={{/ boolean }}|", ["boolean": true]) == "|=|")
    }

    /// Generated code shape.
    @Test func generatedCodeShape() throws {
        let source = """
            struct {{name}} {
                {{#properties}}
                var {{name}}: {{type}}
                {{/properties}}
            }

            """
        let context: TemplateValue = [
            "name": "Person",
            "properties": [["name": "id", "type": "Int"], ["name": "label", "type": "String"]],
        ]
        #expect(try render(source, context) == "struct Person {\n    var id: Int\n    var label: String\n}\n")
    }
}
