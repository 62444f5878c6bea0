import Testing

/// The test evaluator must match Swift's rules, or the literal round-trip tests prove nothing.
@Suite struct SwiftLiteralEvaluatorTests {
    /// Literals whose values are known from the Swift language reference.
    @Test func evaluatesKnownLiterals() {
        #expect(SwiftLiteralEvaluator.evaluate(#""a\u{41}\n\t\"\\\0""#) == "aA\n\t\"\\\0")
        #expect(SwiftLiteralEvaluator.evaluate(##"#"a\nb"#"##) == #"a\nb"#)
        #expect(SwiftLiteralEvaluator.evaluate(##"#"a\#nb"#"##) == "a\nb")
        #expect(SwiftLiteralEvaluator.evaluate(###"##"a"#b"##"###) == ##"a"#b"##)
        #expect(SwiftLiteralEvaluator.evaluate(##"#"x""#"##) == #"x""#)
        #expect(SwiftLiteralEvaluator.evaluate("#\"\"\"\na\n\"\"\"\n\"\"\"#") == "a\n\"\"\"")
        #expect(SwiftLiteralEvaluator.evaluate("#\"\"\"\n  a\n   b\n\n  \"\"\"#") == "a\n b\n")
        #expect(SwiftLiteralEvaluator.evaluate("\"\"\"\na\\\nb\n\"\"\"") == "ab")
        #expect(SwiftLiteralEvaluator.evaluate("#\"\"\"\n\"\"\"#") == "")
        #expect(SwiftLiteralEvaluator.evaluate("#\"\"\"\n\n\"\"\"#") == "")
        #expect(SwiftLiteralEvaluator.evaluate("#\"\"\"\n\n\n\"\"\"#") == "\n")
    }

    /// Sources the compiler rejects, or that would not evaluate to a plain string, give `nil`.
    @Test func rejectsInvalidLiterals() {
        let invalid = [
            #""\(x)""#,  // interpolation
            ##"#"\#(x)"#"##,  // interpolation in a raw string
            ##"#"a"#b"#"##,  // text after the closing delimiter
            #""a"b""#,  // text after the closing delimiter
            "\"a\tb\"",  // raw tab on one line
            "\"a\nb\"",  // raw line break on one line
            "\"a\u{202E}b\"",  // raw bidi override
            #""\q""#,  // unknown escape
            #""abc"#,  // unterminated
            ##"#"abc""##,  // wrong delimiter
            "#\"\"\"a\n\"\"\"#",  // content on the opening line
            "#\"\"\"\na\"\"\"#",  // closing delimiter not on its own line
            "#\"\"\"\n a\n  \"\"\"#",  // insufficient indentation
            ##"#"""#"##,  // treated as a multi-line opener (stricter than the lexer)
        ]
        for source in invalid {
            #expect(SwiftLiteralEvaluator.evaluate(source) == nil, "\(source.debugDescription)")
        }
    }
}
