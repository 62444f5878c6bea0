import OrderedJSON
import SeededRandom
import Testing

/// `JSONWriter.swiftStringLiteral`: chosen forms, exact output and round trips through the evaluator.
@Suite struct SwiftStringLiteralTests {
    /// One text and the literal it must produce.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The value.
        var text: String
        /// The expected Swift source.
        var literal: String

        /// The text, escaped, so each case is identifiable in the test report.
        var testDescription: String { text.debugDescription }
    }

    /// Representative inputs for each form.
    static let cases: [Case] = [
        Case(text: "", literal: #""""#),
        Case(text: "abc é😀 #", literal: #""abc é😀 #""#),
        Case(text: #"a"b"#, literal: ##"#"a"b"#"##),
        Case(text: #"C:\dir"#, literal: ##"#"C:\dir"#"##),
        Case(text: #"\(x)"#, literal: ##"#"\(x)"#"##),
        Case(text: ##"x"#y"##, literal: ###"##"x"#y"##"###),
        Case(text: ##"\#(x)"##, literal: ###"##"\#(x)"##"###),
        Case(text: ###""##"###, literal: ####"###""##"###"####),
        Case(text: #"#""#, literal: ##"#"#""#"##),
        Case(text: #"a\"#, literal: ##"#"a\"#"##),
        Case(text: "\"\"x", literal: #""\"\"x""#),
        Case(text: "\"", literal: #""\"""#),
        Case(text: "\"\"\u{301}", literal: "\"\\\"\\\"\u{301}\""),
        Case(text: "\"\u{301}", literal: "#\"\"\u{301}\"#"),
        Case(text: "x\ty", literal: #""x\ty""#),
        Case(text: "a\nb", literal: "#\"\"\"\na\nb\n\"\"\"#"),
        Case(text: "a\n", literal: "#\"\"\"\na\n\n\"\"\"#"),
        Case(text: "\n", literal: "#\"\"\"\n\n\n\"\"\"#"),
        Case(text: "\ta\n\"\"\"", literal: "#\"\"\"\n\ta\n\"\"\"\n\"\"\"#"),
        Case(text: "x\n\"\"\"#", literal: "##\"\"\"\nx\n\"\"\"#\n\"\"\"##"),
        Case(text: "a\\\nb", literal: "#\"\"\"\na\\\nb\n\"\"\"#"),
        Case(text: "a\r\nb", literal: #""a\r\nb""#),
        Case(text: "nul\u{0}", literal: #""nul\0""#),
        Case(text: "\u{1B}[0m\"", literal: #""\u{1B}[0m\"""#),
        Case(text: "a\u{2028}b\nc", literal: #""a\u{2028}b\nc""#),
        Case(text: "\u{202E}evil\u{2066}", literal: #""\u{202E}evil\u{2066}""#),
        Case(text: "\u{FEFF}x\u{7F}\u{85}", literal: #""\u{FEFF}x\u{7F}\u{85}""#),
    ]

    /// Each case produces exactly the expected source, and that source evaluates back to the text.
    @Test(arguments: cases)
    func producesLiteral(_ testCase: Case) throws {
        let literal = JSONWriter.swiftStringLiteral(testCase.text)
        #expect(literal == testCase.literal)
        let value = try #require(SwiftLiteralEvaluator.evaluate(literal))
        #expect(value.unicodeScalars.elementsEqual(testCase.text.unicodeScalars))
    }

    /// Pieces random texts are made of: everything that can end, escape or confuse a literal.
    static let pieces: [String] = [
        "\"", "\\", "#", "\n", "\t", "(", ")", "\"\"\"", "\\(", "\\#(", "\"#", "\"##", "\\#", "\\##", "\\n", "\\#n",
        "\r", "\r\n", "\0", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}",
        "\u{200F}", "\u{FEFF}", "😀", "é", "\u{301}", " ", "a", "x", "\"\"", "\"\"\"#", "'", "$", "\\u{41}", "  ",
    ]

    /// Random texts: the literal evaluates to exactly the text and holds no unsafe character raw.
    @Test func roundTripsRandomTexts() throws {
        var random = SplitMix64(seed: 0x5157_1F7E)
        for _ in 0..<5000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in random.pick(Self.pieces) }.joined()
            let literal = JSONWriter.swiftStringLiteral(text)
            let value = SwiftLiteralEvaluator.evaluate(literal)
            #expect(
                value?.unicodeScalars.elementsEqual(text.unicodeScalars) == true,
                "text \(text.debugDescription) gave \(literal.debugDescription)"
            )
            #expect(!literal.unicodeScalars.contains(where: JSONWriter.mustEscapeInSwiftSource))
            if value == nil || value?.unicodeScalars.elementsEqual(text.unicodeScalars) != true { return }
        }
    }

    /// A literal spans lines exactly when the text has line breaks and nothing that forces escaping.
    @Test func spansLinesOnlyForMultiLineText() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let text = (0..<6).map { _ in random.pick(Self.pieces) }.joined()
            let literal = JSONWriter.swiftStringLiteral(text)
            let expectsMultiLine = text.unicodeScalars.contains("\n")
                && !text.unicodeScalars.contains(where: JSONWriter.mustEscapeInSwiftSource)
            #expect(literal.unicodeScalars.contains("\n") == expectsMultiLine, "\(text.debugDescription)")
        }
    }

    /// The unsafe set: controls except LF and tab, line/paragraph separators, bidi controls, BOM.
    @Test func classifiesUnsafeScalars() {
        let unsafe: [Unicode.Scalar] = [
            "\0", "\r", "\u{1B}", "\u{7F}", "\u{9F}", "\u{2028}", "\u{202A}", "\u{2069}", "\u{FEFF}", "\u{200F}",
        ]
        let safe: [Unicode.Scalar] = [
            "\n", "\t", " ", "a", "\u{A0}", "é", "😀", "\u{2027}", "\u{202F}", "\u{2065}", "\u{206A}",
        ]
        #expect(unsafe.allSatisfy(JSONWriter.mustEscapeInSwiftSource))
        #expect(!safe.contains(where: JSONWriter.mustEscapeInSwiftSource))
    }
}
