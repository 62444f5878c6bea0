import Mustache
import Testing

/// Every error `Template.init` throws, with its exact message and position.
@Suite struct ParseErrorTests {
    /// A tag without its closing delimiter is an error at its opening.
    @Test func unclosedTag() {
        #expect(located(parseError("a {{b")) == "1:3: unclosed tag: missing '}}'")
        #expect(located(parseError("x\ny {{#items")) == "2:3: unclosed tag: missing '}}'")
    }

    /// Tag must close on its own line.
    @Test func tagMustCloseOnItsOwnLine() {
        // Otherwise a forgotten '}}' would swallow text up to the next tag's delimiter.
        #expect(located(parseError("{{name\n}}")) == "1:1: unclosed tag: missing '}}'")
        #expect(located(parseError("{{a\nb {{c}}")) == "1:1: unclosed tag: missing '}}'")
    }

    /// Unclosed triple mustache.
    @Test func unclosedTripleMustache() {
        #expect(located(parseError("ab{{{name}}")) == "1:3: unclosed tag: missing '}}}'")
        #expect(located(parseError("{{{name")) == "1:1: unclosed tag: missing '}}}'")
    }

    /// Unclosed comment.
    @Test func unclosedComment() {
        #expect(located(parseError("x\n  {{! never\nclosed")) == "2:3: unclosed comment: missing '}}'")
    }

    /// Tags without a name are errors, whatever their sigil.
    @Test func emptyTags() {
        #expect(located(parseError("a{{}}")) == "1:2: empty tag")
        #expect(located(parseError("{{ }}")) == "1:1: empty tag")
        #expect(located(parseError("{{{ }}}")) == "1:1: empty tag")
        #expect(located(parseError("{{#}}{{/}}")) == "1:1: empty tag")
        #expect(located(parseError("{{> }}")) == "1:1: empty tag")
        #expect(located(parseError("{{&}}")) == "1:1: empty tag")
    }

    /// Empty comment is fine.
    @Test func emptyCommentIsFine() throws {
        #expect(try render("a{{!}}b") == "ab")
    }

    /// Set delimiter is unsupported.
    @Test func setDelimiterIsUnsupported() {
        let message = "set-delimiter tags ('{{=' … '=}}') are not supported; templates always use '{{' and '}}'"
        #expect(located(parseError("{{=<% %>=}}")) == "1:1: \(message)")
        #expect(located(parseError("ok\n  {{ =| |=}}")) == "2:3: \(message)")
    }

    /// Inheritance is unsupported.
    @Test func inheritanceIsUnsupported() {
        let message = "template inheritance ('{{<' and '{{$') is not supported; use partials"
        #expect(located(parseError("{{<parent}}{{/parent}}")) == "1:1: \(message)")
        #expect(located(parseError("x{{$block}}{{/block}}")) == "1:2: \(message)")
    }

    /// Unclosed section points at its opening tag.
    @Test func unclosedSectionPointsAtItsOpeningTag() {
        #expect(located(parseError("line1\n  {{#items}}\n  x\n")) == "2:3: unclosed section '{{#items}}': missing '{{/items}}'")
        #expect(located(parseError("{{^none}}")) == "1:1: unclosed section '{{^none}}': missing '{{/none}}'")
        #expect(located(parseError("{{#a}}{{#b}}{{/b}}")) == "1:1: unclosed section '{{#a}}': missing '{{/a}}'")
    }

    /// Mismatched closing tag.
    @Test func mismatchedClosingTag() {
        #expect(located(parseError("{{#a}}\n {{/b}}")) == "2:2: mismatched closing tag '{{/b}}': expected '{{/a}}' "
            + "for the section opened at 1:1")
        #expect(located(parseError("{{#a}}{{#b}}{{/a}}{{/b}}")) == "1:13: mismatched closing tag '{{/a}}': "
            + "expected '{{/b}}' for the section opened at 1:7")
    }

    /// Closing tag without section.
    @Test func closingTagWithoutSection() {
        #expect(located(parseError("x {{/a}}")) == "1:3: closing tag '{{/a}}' has no open section; "
            + "remove it, or open the section before it with '{{#a}}'")
        #expect(located(parseError("{{#a}}{{/a}}{{/a}}")) == "1:13: closing tag '{{/a}}' has no open section; "
            + "remove it, or open the section before it with '{{#a}}'")
    }

    /// Closing tag padding is ignored.
    @Test func closingTagPaddingIsIgnored() throws {
        #expect(try render("{{#a.b}}x{{/ a.b }}", ["a": ["b": true]]) == "x")
    }

    /// What every invalid-key error adds, so the reader knows what a key may be.
    let keyRule = "a key is '.' or names joined by single dots (like 'type.name'), without spaces or braces"

    /// Malformed names are rejected at parse time.
    @Test func invalidKeys() {
        #expect(located(parseError("{{a..b}}")) == "1:1: invalid key 'a..b': \(keyRule)")
        #expect(located(parseError("{{.a}}")) == "1:1: invalid key '.a': \(keyRule)")
        #expect(located(parseError("{{a.}}")) == "1:1: invalid key 'a.': \(keyRule)")
        #expect(located(parseError("{{#a b}}{{/a b}}")) == "1:1: invalid key 'a b': \(keyRule)")
        #expect(located(parseError("{{{{a}}}}")) == "1:1: invalid key '{a': \(keyRule)")
    }

    /// Error carries template name and source line.
    @Test func errorCarriesTemplateNameAndSourceLine() {
        let error = parseError("first\nsecond {{#x}}\r\nthird", name: "Templates/Model.mustache")
        #expect(error?.templateName == "Templates/Model.mustache")
        #expect(error?.sourceLine == "second {{#x}}")
        #expect(error?.length == 6)
    }

    /// Columns count characters not bytes.
    @Test func columnsCountCharactersNotBytes() {
        #expect(located(parseError("é🎉 {{}}")) == "1:4: empty tag")
    }
}
