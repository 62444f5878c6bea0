import Foundation
import Mustache
import Testing

/// Every error `TemplateSet.render` throws, with its exact message and position.
@Suite struct RenderErrorTests {
    /// Unknown key in every tag kind.
    @Test func unknownKeyInEveryTagKind() {
        #expect(located(renderError("Hello {{propertyz}}")) == "1:7: unknown key 'propertyz'")
        #expect(located(renderError("a\n {{{x}}}")) == "2:2: unknown key 'x'")
        #expect(located(renderError("a\n {{&x}}")) == "2:2: unknown key 'x'")
        #expect(located(renderError("a\n  {{#items}}\n  {{/items}}\n")) == "2:3: unknown key 'items'")
        #expect(located(renderError("{{^items}}{{/items}}")) == "1:1: unknown key 'items'")
    }

    /// Unknown key inside section searches every frame.
    @Test func unknownKeyInsideSectionSearchesEveryFrame() {
        let context: TemplateValue = ["list": [["a": "1"]]]
        #expect(located(renderError("{{#list}}{{a}}{{b}}{{/list}}", context)) == "1:15: unknown key 'b'")
    }

    /// A mistyped name suggests the closest name any frame holds; a name close to none suggests nothing.
    @Test func unknownKeySuggestsTheClosestVisibleName() {
        let context: TemplateValue = ["typeName": "T", "list": [["name": "n"]]]
        #expect(located(renderError("{{#list}}{{nmae}}{{/list}}", context))
            == "1:10: unknown key 'nmae'; did you mean 'name'?")
        #expect(located(renderError("{{#list}}{{typeNam}}{{/list}}", context))
            == "1:10: unknown key 'typeNam'; did you mean 'typeName'?")
        #expect(located(renderError("{{TYPENAME}}", context)) == "1:1: unknown key 'TYPENAME'; did you mean 'typeName'?")
        #expect(located(renderError("{{lsit.name}}", context)) == "1:1: unknown key 'lsit.name': 'lsit' not found; did you mean 'list'?")
        #expect(located(renderError("{{zebra}}", context)) == "1:1: unknown key 'zebra'")
    }

    /// A later part of a dotted name suggests among the keys of the object it looked in.
    @Test func dottedNameSuggestsAmongTheObjectsKeys() {
        let context: TemplateValue = ["type": ["name": "n", "summary": "s"], "nmae": "root"]
        #expect(located(renderError("{{type.nmae}}", context)) == "1:1: unknown key 'type.nmae': 'type' has no key 'nmae'; did you mean 'name'?")
        #expect(located(renderError("{{type.sumary}}", context)) == "1:1: unknown key 'type.sumary': 'type' has no key 'sumary'; did you mean 'summary'?")
    }

    /// An empty list never renders its body, so names there are not looked up.
    @Test func emptyListNeverLooksUpItsBody() throws {
        // The body is never rendered, so its names are never looked up.
        #expect(try render("{{#list}}{{missing}}{{/list}}", ["list": []]) == "")
    }

    /// Dotted name first part missing.
    @Test func dottedNameFirstPartMissing() {
        #expect(located(renderError("{{a.b.c}}", ["x": "1"])) == "1:1: unknown key 'a.b.c': 'a' not found")
    }

    /// Dotted name later part missing.
    @Test func dottedNameLaterPartMissing() {
        let context: TemplateValue = ["a": ["b": ["d": "1"]]]
        #expect(located(renderError("{{a.b.c}}", context)) == "1:1: unknown key 'a.b.c': 'a.b' has no key 'c'")
        #expect(located(renderError("{{#a.x}}{{/a.x}}", context)) == "1:1: unknown key 'a.x': 'a' has no key 'x'")
    }

    /// Dotted name through non object.
    @Test func dottedNameThroughNonObject() {
        let context: TemplateValue = ["a": ["b": "text", "l": [], "f": true]]
        #expect(located(renderError("{{a.b.c}}", context)) == "1:1: unknown key 'a.b.c': 'a.b' is a string, not an object")
        #expect(located(renderError("{{a.l.c}}", context)) == "1:1: unknown key 'a.l.c': 'a.l' is a list, not an object")
        #expect(located(renderError("{{a.f.c}}", context)) == "1:1: unknown key 'a.f.c': 'a.f' is a bool, not an object")
    }

    /// Dotted name does not fall back after first part.
    @Test func dottedNameDoesNotFallBackAfterFirstPart() {
        // Spec "context precedence": `b` resolves to the inner object, which lacks `c`.
        let context: TemplateValue = ["a": ["b": [:]], "b": ["c": "ERROR"]]
        #expect(located(renderError("{{#a}}{{b.c}}{{/a}}", context)) == "1:7: unknown key 'b.c': 'b' has no key 'c'")
    }

    /// Interpolating lists and objects is an error.
    @Test func interpolatingListsAndObjectsIsAnError() {
        let context: TemplateValue = ["list": ["a"], "object": ["k": "v"]]
        #expect(located(renderError("x {{list}}", context)) == "1:3: key 'list' is a list; use a section")
        #expect(located(renderError("{{{object}}}", context)) == "1:1: key 'object' is an object; use a section")
        #expect(located(renderError("{{#list}}{{.}}{{/list}}", ["list": [["a"]]])) == "1:10: key '.' is a list; use a section")
    }

    /// Unknown partial points at its tag.
    @Test func unknownPartialPointsAtItsTag() {
        #expect(located(renderError("a\n  {{> missing }}\n")) == "2:3: unknown partial 'missing'; a partial names "
            + "another template of the set (known: main)")
        #expect(located(renderError("{{>rows}}", partials: ["row": "", "cell.mustache": ""]))
            == "1:1: unknown partial 'rows'; a partial names another template of the set (known: cell, main, row)")
    }

    /// Errors inside partials name the partial.
    @Test func errorsInsidePartialsNameThePartial() {
        let error = renderError("line\n  {{>row}}\n", partials: ["row": "ok\n   {{nope}}"])
        #expect(error?.templateName == "row")
        #expect(located(error) == "2:4: unknown key 'nope'")
        #expect(error?.sourceLine == "   {{nope}}")
    }

    /// Parse errors in partials name the partial.
    @Test func parseErrorsInPartialsNameThePartial() {
        let error = renderError("{{>row}}", partials: ["row": "{{#x}}"])
        #expect(error?.templateName == "row")
        #expect(located(error) == "1:1: unclosed section '{{#x}}': missing '{{/x}}'")
    }

    /// Self recursive partial stops.
    @Test func selfRecursivePartialStops() {
        let error = renderError("{{>loop}}", partials: ["loop": "x {{>loop}}"])
        #expect(error?.templateName == "loop")
        #expect(located(error) == "1:3: partial recursion too deep: more than 64 nested partials; "
            + "a partial that includes itself must do so inside a section that ends")
    }

    /// Sixty fifth nested partial fails.
    @Test func sixtyFifthNestedPartialFails() {
        let error = renderError("{{>node}}", nestedChain(levels: 65), partials: ["node": chainPartial])
        #expect(located(error) == "1:10: partial recursion too deep: more than 64 nested partials; "
            + "a partial that includes itself must do so inside a section that ends")
    }

    /// Mutual recursion stops.
    @Test func mutualRecursionStops() {
        let error = renderError("{{>a}}", partials: ["a": "{{>b}}", "b": "\n{{>a}}"])
        #expect(error?.templateName == "b")
        #expect(located(error) == "2:1: partial recursion too deep: more than 64 nested partials; "
            + "a partial that includes itself must do so inside a section that ends")
    }

    /// Unknown template has no position.
    @Test func unknownTemplateHasNoPosition() {
        let set = TemplateSet(templates: [])
        #expect(throws: TemplateError(
            templateName: "Nope", line: 0, column: 0, message: "unknown template 'Nope'", sourceLine: "")) {
            try set.render("Nope", context: [:])
        }
    }

    /// First error wins and output is not returned.
    @Test func firstErrorWinsAndOutputIsNotReturned() {
        #expect(located(renderError("{{a}}{{b}}", ["z": "1"])) == "1:1: unknown key 'a'")
    }
}

/// Templates whose output grows exponentially end with a located error instead of running for
/// ever (found by the coverage-guided fuzzer: twenty-odd `{{#items}}` nested in one another).
@Suite struct RunawayRenderTests {
    static let pair: TemplateValue = ["items": [["name": "a"], ["name": "b"]]]

    @Test func sectionsNestedOverTheSameListStop() {
        let depth = 40
        let source = String(repeating: "{{#items}}", count: depth) + "x" + String(repeating: "{{/items}}", count: depth)
        let error = located(renderError(source, Self.pair, workLimit: 100_000))
        #expect(error?.hasPrefix("1:") == true)
        #expect(error?.contains("rendering stopped: this section repeats so often") == true, "\(String(describing: error))")
    }

    @Test func emptySectionsNestedOverTheSameListStopToo() {
        let depth = 40
        let source = String(repeating: "{{#items}}", count: depth) + String(repeating: "{{/items}}", count: depth)
        #expect(located(renderError(source, Self.pair, workLimit: 100_000))?.contains("rendering stopped") == true)
    }

    /// The fuzzer's input itself, rendered with the fuzz target's context and the default limits.
    @Test func theFuzzersFindingStopsWithTheDefaultLimits() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Fuzz/hang-nested-items.mustache")
        let source = String(decoding: try Data(contentsOf: fixture), as: UTF8.self)
        let context: TemplateValue = [
            "name": "n", "items": [["name": "a", "last": false], ["name": "b", "last": true]],
            "flag": true, "text": "x",
        ]
        #expect(located(renderError(source, context))?.contains("rendering stopped") == true)
    }

    @Test func partialsIncludingThemselvesTwiceStop() {
        let error = located(renderError("{{>p}}", [:], partials: ["p": "{{>p}}{{>p}}"], workLimit: 100_000))
        #expect(error?.contains("rendering stopped: partials include each other so often") == true
                || error?.contains("partial recursion too deep") == true, "\(String(describing: error))")
    }

    /// Wide but legitimate: ten thousand items, each rendering a few nodes, are well inside the
    /// default limits.
    @Test func largeButLinearRendersFinish() throws {
        let items = TemplateValue.list((0..<10_000).map { ["name": .string("n\($0)")] })
        let text = try render("{{#items}}let {{name}} = 1\n{{/items}}", ["items": items])
        #expect(text.split(separator: "\n").count == 10_000)
    }
}
