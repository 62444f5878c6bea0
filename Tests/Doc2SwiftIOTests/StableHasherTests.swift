@testable import Doc2SwiftIO
import Testing

/// The digest is the same in every process and tells apart inputs split differently.
@Suite struct StableHasherTests {
    static func digest(_ parts: [String]) -> String {
        var hasher = StableHasher()
        for part in parts { hasher.combine(part) }
        return hasher.finalize()
    }

    @Test func knownValueNeverChanges() {
        // A stamp written by one run is read by the next: the digest must not depend on the process.
        #expect(Self.digest(["doc2swift"]) == Self.digest(["doc2swift"]))
        #expect(Self.digest([]).count == 32)
    }

    @Test func splitsAndLengthsMatter() {
        #expect(Self.digest(["ab", "c"]) != Self.digest(["a", "bc"]))
        #expect(Self.digest(["", "a"]) != Self.digest(["a"]))
        #expect(Self.digest(["12345678"]) != Self.digest(["12345679"]))
        #expect(Self.digest([String(repeating: "x", count: 1000)]) != Self.digest([String(repeating: "x", count: 1001)]))
    }
}
