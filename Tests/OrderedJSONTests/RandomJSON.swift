import OrderedJSON
import SeededRandom

/// Random JSON trees and texts for property tests, drawn from palettes that favour the tricky cases.
enum RandomJSON {
    /// Pieces random strings are made of: escapes JSON needs, controls, non-BMP, combining marks, separators.
    static let stringPieces: [String] = [
        "a", "Z", " ", "key", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}",
        "é", "e\u{301}", "😀", "👩‍👩‍👧", "\u{2028}", "\u{202E}", "\u{FEFF}", "\u{A0}", "中", "#", "\\u0041", "{", "]",
    ]

    /// A random string of up to `maxPieces` palette pieces.
    ///
    /// - Parameters:
    ///   - random: The generator.
    ///   - maxPieces: The most pieces to join.
    /// - Returns: The string.
    static func string(_ random: inout SplitMix64, maxPieces: Int = 6) -> String {
        let count = Int.random(in: 0...maxPieces, using: &random)
        return (0..<count).map { _ in random.pick(stringPieces) }.joined()
    }

    /// A random number literal that follows the JSON grammar.
    ///
    /// - Parameter random: The generator.
    /// - Returns: The literal.
    static func numberLiteral(_ random: inout SplitMix64) -> String {
        var literal = random.chance(1, in: 3) ? "-" : ""
        if random.chance(1, in: 4) {
            literal += "0"
        } else {
            literal += String(Int.random(in: 1...9, using: &random))
            literal += digits(&random, count: Int.random(in: 0...25, using: &random))
        }
        if random.chance(1, in: 3) {
            literal += "."
            literal += digits(&random, count: Int.random(in: 1...6, using: &random))
        }
        if random.chance(1, in: 4) {
            literal += random.pick(["e", "E"]) + random.pick(["", "+", "-"])
            literal += digits(&random, count: Int.random(in: 1...3, using: &random))
        }
        return literal
    }

    /// `count` random decimal digits.
    ///
    /// - Parameters:
    ///   - random: The generator.
    ///   - count: How many digits.
    /// - Returns: The digits.
    static func digits(_ random: inout SplitMix64, count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }

    /// A random JSON tree no deeper than `depth`.
    ///
    /// - Parameters:
    ///   - random: The generator.
    ///   - depth: The remaining nesting allowance; 0 gives scalars only.
    /// - Returns: The tree, with member positions 0.
    static func node(_ random: inout SplitMix64, depth: Int) -> JSONNode {
        let kind = Int.random(in: 0..<(depth > 0 ? 8 : 5), using: &random)
        switch kind {
        case 0: return .null
        case 1: return .bool(random.chance(1, in: 2))
        case 2: return .number(numberLiteral(&random))
        case 3, 4: return .string(string(&random))
        case 5, 6:
            let count = Int.random(in: 0...5, using: &random)
            var keys: [String] = []
            return .object((0..<count).map { _ in
                // Reuse an earlier key now and then: duplicates must survive in order.
                let key = !keys.isEmpty && random.chance(1, in: 6) ? random.pick(keys) : string(&random, maxPieces: 3)
                keys.append(key)
                return JSONMember(key: key, value: node(&random, depth: depth - 1))
            })
        default:
            let count = Int.random(in: 0...5, using: &random)
            return .array((0..<count).map { _ in node(&random, depth: depth - 1) })
        }
    }
}
