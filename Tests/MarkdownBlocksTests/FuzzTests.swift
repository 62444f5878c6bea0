import Foundation
import MarkdownBlocks
import SeededRandom
import Testing

/// Deterministic random inputs built from markdown's special characters: the reader and
/// `InlineText.plain` must never trap and must keep their basic invariants.
@Suite struct FuzzTests {
    /// Pieces random pages are made of: markers, whitespace, line endings, tags, entities, odd scalars.
    static let pieces: [String] = [
        "#", "## ", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "|", "| ", "|---|", ":-:", "-", "- ", "* ", "*", "_",
        "`", "```", "~~~", "<", ">", "/", "!", "[", "]", "(", ")", "&", ";", "&#x", "&#", "a", "word", "1. ", "1)",
        ".", ":", ": ", "\\", "\\|", "\u{0}", "é", "e\u{301}", "\u{FEFF}", "---", "...", "<see cref=\"T:A.B\"/>",
        "<para>", "</para>", "&amp;", "&lt;br/&gt;", "<div>", "<!--", "-->", "\"", "'", "**", "[!include[x](y.md)]", "𝄞",
    ]

    /// A random text of up to `length` pieces.
    static func randomText(_ generator: inout SplitMix64, length: Int) -> String {
        let count = Int.random(in: 0...length, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Random pages read into blocks in strictly increasing line order with valid locations.
    @Test func randomPages() {
        var generator = SplitMix64(seed: 20_240_601)
        for round in 0..<1_500 {
            let text = Self.randomText(&generator, length: 120)
            let document = read(text)
            var previousLine = 0
            for block in document.blocks {
                #expect(block.location.line > previousLine, "round \(round): \(text.debugDescription)")
                #expect(block.location.column >= 1)
                previousLine = block.location.line
            }
            #expect(document.issues.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
        }
    }

    /// Random cell texts give trimmed plain text with at most one empty line in a row.
    @Test func randomPlainText() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<3_000 {
            let text = Self.randomText(&generator, length: 60)
            let plain = InlineText.plain(text)
            #expect(!plain.contains("\n\n\n"), "round \(round): \(text.debugDescription)")
            #expect(plain.first.map { !$0.isWhitespace } ?? true, "round \(round): \(text.debugDescription)")
            #expect(plain.last.map { !$0.isWhitespace } ?? true, "round \(round): \(text.debugDescription)")
            _ = HTMLEntities.decode(text)
        }
    }

    /// Random bytes (mostly invalid UTF-8) read without trapping; any invalid byte is reported once.
    @Test func randomBytes() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<1_000 {
            let count = Int.random(in: 0...200, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let document = BlockReader.read(data: Data(bytes), file: testFile)
            let isValid = String(validating: bytes, as: UTF8.self) != nil
            let utf8Issues = document.issues.filter { $0.message.hasPrefix("invalid UTF-8") }
            #expect(utf8Issues.count == (isValid ? 0 : 1))
        }
    }
}
