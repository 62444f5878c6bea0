import OrderedJSON
import SeededRandom
import Testing

/// Seeded property tests: random trees survive writing and parsing; mangled text never crashes the parser.
@Suite struct JSONRoundTripPropertyTests {
    /// The generator matches the published SplitMix64 reference sequence for seed 1234567.
    @Test func splitMixMatchesReference() {
        var random = SplitMix64(seed: 1_234_567)
        let first = (0..<5).map { _ in random.next() }
        #expect(first == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    /// Random trees: compact and pretty text parse back to the same content, and writing is stable.
    @Test func randomTreesRoundTrip() throws {
        var random = SplitMix64(seed: 0x0DD5_EED)
        for _ in 0..<600 {
            let tree = RandomJSON.node(&random, depth: 5)
            let compact = JSONWriter.compact(tree)
            let pretty = JSONWriter.pretty(tree)
            let fromCompact = try JSONParser.parse(compact)
            let fromPretty = try JSONParser.parse(pretty)
            #expect(fromCompact.strippingPositions() == tree, "\(compact)")
            #expect(fromPretty.hasSameContent(as: tree), "\(pretty)")
            #expect(JSONWriter.compact(fromPretty) == compact)
            #expect(JSONWriter.pretty(fromCompact) == pretty)
        }
    }

    /// In parsed text, every member's recorded position holds the opening quote of its key.
    @Test func memberPositionsPointAtKeys() throws {
        var random = SplitMix64(seed: 99)
        for index in 0..<300 {
            let tree = RandomJSON.node(&random, depth: 4)
            // Alternate layouts, including CRLF line ends, to exercise line and column counting.
            let text = switch index % 3 {
            case 0: JSONWriter.compact(tree)
            case 1: JSONWriter.pretty(tree)
            default: JSONWriter.pretty(tree).replacingNewlines(with: "\r\n")
            }
            let lines = text.splitIntoScalarLines()
            for member in Self.allMembers(of: try JSONParser.parse(text)) {
                // A wrong position must fail the test, not crash it on an out-of-range index.
                let (lineIndex, columnIndex) = (member.line - 1, member.column - 1)
                guard lines.indices.contains(lineIndex), lines[lineIndex].indices.contains(columnIndex) else {
                    Issue.record("key \(member.key.debugDescription) at \(member.line):\(member.column) is off text")
                    continue
                }
                let line = lines[lineIndex]
                #expect(line[columnIndex] == "\"")
                let keyText = String(String.UnicodeScalarView(line[columnIndex...]))
                let keyPrefix = JSONWriter.compact(.string(member.key))
                #expect(keyText.unicodeScalars.starts(with: keyPrefix.unicodeScalars))
            }
        }
    }

    /// Random edits of valid text either parse (and then round-trip) or fail at a position inside the text.
    @Test func mangledTextNeverCrashes() {
        var random = SplitMix64(seed: 2024)
        let insertions: [String] = [
            ",", "]", "}", "[", "{", "\"", ":", "\\", " ", "0", "-", ".", "e", "x", "\n", "\r\n", "\u{0}", "😀", "\\u",
            "\\uD800",
        ]
        var parsed = 0
        var failed = 0
        for _ in 0..<3000 {
            let tree = RandomJSON.node(&random, depth: 3)
            let valid = random.chance(1, in: 2) ? JSONWriter.compact(tree) : JSONWriter.pretty(tree)
            var scalars = Array(valid.unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0...scalars.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where position < scalars.count:
                    scalars.remove(at: position)
                case 1 where position < scalars.count:
                    let end = min(scalars.count, position + Int.random(in: 1...8, using: &random))
                    scalars.insert(contentsOf: scalars[position..<end], at: end)
                default:
                    scalars.insert(contentsOf: random.pick(insertions).unicodeScalars, at: position)
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            do {
                let node = try JSONParser.parse(text)
                parsed += 1
                #expect(try JSONParser.parse(JSONWriter.compact(node)).hasSameContent(as: node))
            } catch {
                failed += 1
                let lines = text.splitIntoScalarLines()
                #expect(error.line >= 1 && error.line <= lines.count, "\(error) in \(text.debugDescription)")
                if error.line >= 1 && error.line <= lines.count {
                    #expect(error.column >= 1 && error.column <= lines[error.line - 1].count + 1, "\(error)")
                }
            }
        }
        #expect(parsed > 0 && failed > 0)
    }

    /// Every string of up to 4 characters over the number alphabet is accepted exactly when the RFC grammar
    /// (as a regular expression) matches it.
    @Test func numberGrammarMatchesReference() throws {
        let grammar = try Regex("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
        let alphabet: [Character] = ["0", "1", "9", "-", "+", ".", "e", "E"]
        var texts: [String] = [""]
        var frontier: [String] = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts += frontier
        }
        var accepted = 0
        for text in texts.dropFirst() {
            let isNumber = text.wholeMatch(of: grammar) != nil
            let result = Result { () throws(JSONParseError) in try JSONParser.parse(text) }
            switch result {
            case .success(let node):
                #expect(isNumber && node == .number(text), "\(text)")
                accepted += 1
            case .failure:
                #expect(!isNumber, "\(text)")
            }
        }
        #expect(accepted > 100)
    }

    /// All members in a tree, depth first.
    ///
    /// - Parameter node: The tree.
    /// - Returns: Every member of every object in it.
    static func allMembers(of node: JSONNode) -> [JSONMember] {
        switch node {
        case .array(let elements): elements.flatMap(allMembers)
        case .object(let members): members + members.flatMap { allMembers(of: $0.value) }
        default: []
        }
    }
}

extension String {
    /// The text's lines as scalar arrays, split at LF with a CR before it dropped, like the parser counts.
    ///
    /// - Returns: At least one line.
    func splitIntoScalarLines() -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in unicodeScalars {
            if scalar == "\n" {
                if lines[lines.count - 1].last == "\r" { lines[lines.count - 1].removeLast() }
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }

    /// The text with every LF replaced by `separator`.
    ///
    /// - Parameter separator: The new line ending.
    /// - Returns: The converted text.
    func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
