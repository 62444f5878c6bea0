import Mustache
import Testing

/// The compiler-style text of `TemplateError.description`.
@Suite struct TemplateErrorTests {
    /// Description underlines the tag.
    @Test func descriptionUnderlinesTheTag() {
        let error = renderError("struct X {\n    {{propertyz}}\n}", ["properties": []])
        #expect(error?.description == """
            main.mustache:2:5: error: unknown key 'propertyz'; did you mean 'properties'?
                {{propertyz}}
                ^~~~~~~~~~~~~
            """)
    }

    /// Description of a one character tag.
    @Test func descriptionOfAOneCharacterTag() {
        let error = TemplateError(templateName: "T", line: 3, column: 2, message: "m", sourceLine: "abc")
        #expect(error.description == "T:3:2: error: m\nabc\n ^")
    }

    /// Description keeps tabs so the caret lines up.
    @Test func descriptionKeepsTabsSoTheCaretLinesUp() {
        let error = renderError("\t\t{{x}}")
        #expect(error?.description == "main.mustache:1:3: error: unknown key 'x'\n\t\t{{x}}\n\t\t^~~~~")
    }

    /// Description clips multiline tags to their first line.
    @Test func descriptionClipsMultilineTagsToTheirFirstLine() {
        let error = parseError("ab {{! unclosed\ncomment")
        #expect(error?.description == "main.mustache:1:4: error: unclosed comment: missing '}}'\nab {{! unclosed\n   ^~~~~~~~~~~~")
    }

    /// Description aligns after wide characters.
    @Test func descriptionAlignsAfterWideCharacters() {
        let error = renderError("ü {{y}}")
        #expect(error?.description == "main.mustache:1:3: error: unknown key 'y'\nü {{y}}\n  ^~~~~")
    }

    /// Description without position.
    @Test func descriptionWithoutPosition() {
        let error = TemplateError(templateName: "Gone", line: 0, column: 0, message: "unknown template 'Gone'", sourceLine: "")
        #expect(error.description == "Gone: error: unknown template 'Gone'")
        #expect("\(error)" == error.description)
    }

    /// Every error says which stage failed, so a caller can act on a kind without reading the message.
    @Test func kindSaysWhichStageFailed() {
        #expect(parseError("{{#x}}")?.kind == .syntax)
        #expect(parseError("{{}}")?.kind == .syntax)
        #expect(parseError("{{a..b}}")?.kind == .syntax)
        #expect(renderError("{{x}}")?.kind == .unknownKey)
        #expect(renderError("{{a.b}}", ["a": "text"])?.kind == .unknownKey)
        #expect(renderError("{{a.c}}", ["a": ["b": "1"]])?.kind == .unknownKey)
        #expect(renderError("{{x}}", ["x": []])?.kind == .render)
        #expect(renderError("{{>missing}}")?.kind == .render)
        #expect(renderError("{{>loop}}", partials: ["loop": "x {{>loop}}"])?.kind == .render)
        // A partial's parse error is a syntax error even though it surfaces while rendering.
        #expect(renderError("{{>row}}", partials: ["row": "{{#x}}"])?.kind == .syntax)
    }

    /// Errors are comparable.
    @Test func errorsAreComparable() {
        #expect(renderError("{{x}}") == renderError("{{x}}"))
        #expect(renderError("{{x}}") != renderError(" {{x}}"))
    }
}
