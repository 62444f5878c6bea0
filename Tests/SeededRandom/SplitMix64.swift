/// A tiny seeded generator (SplitMix64), so property tests and the mutation fuzzers are
/// reproducible on every platform: a failure is rebuilt from its seed alone.
///
/// One copy for every test target, so they all draw the same sequence for the same seed.
public struct SplitMix64: RandomNumberGenerator {
    /// The current state; advanced by the golden-ratio increment on every draw.
    public var state: UInt64

    /// Creates a generator.
    ///
    /// - Parameter seed: The initial state; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    ///
    /// - Returns: A pseudo-random value.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly chosen element of a non-empty collection.
    ///
    /// - Parameter elements: The choices.
    /// - Returns: One of them.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }

    /// `true` with probability `numerator / denominator`.
    ///
    /// - Parameters:
    ///   - numerator: The favourable share.
    ///   - denominator: The whole.
    /// - Returns: The outcome.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        Int.random(in: 0..<denominator, using: &self) < numerator
    }
}
