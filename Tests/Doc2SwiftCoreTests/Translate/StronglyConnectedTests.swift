@testable import Doc2SwiftCore
import Testing

/// Components agree with plain reachability, on hand-made graphs and on random ones.
@Suite struct StronglyConnectedTests {
    static func reaches(_ edges: [[Int]], _ start: Int, _ goal: Int) -> Bool {
        var stack = [start]
        var seen: Set<Int> = [start]
        while let node = stack.popLast() {
            if node == goal { return true }
            for next in edges[node] where seen.insert(next).inserted { stack.append(next) }
        }
        return false
    }

    @Test func cyclesShareAComponentAndChainsDoNot() {
        // 0 → 1 → 2 → 0 is a cycle; 3 → 0 and 2 → 4 hang off it; 5 points at itself.
        let components = StronglyConnected.components([[1], [2], [0, 4], [0], [], [5]])
        #expect(components[0] == components[1] && components[1] == components[2])
        #expect(Set([components[0], components[3], components[4], components[5]]).count == 4)
    }

    @Test func aLongChainDoesNotOverflowTheStack() {
        let count = 200_000
        let components = StronglyConnected.components((0..<count).map { $0 + 1 < count ? [$0 + 1] : [0] })
        #expect(Set(components).count == 1)
    }

    @Test(arguments: 0..<20)
    func matchesReachability(seed: UInt64) {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let count = 1 + next(12)
        let edges = (0..<count).map { _ in (0..<next(3)).map { _ in next(count) } }
        let components = StronglyConnected.components(edges)
        for a in 0..<count {
            for b in 0..<count {
                let mutual = Self.reaches(edges, a, b) && Self.reaches(edges, b, a)
                #expect((components[a] == components[b]) == mutual, "nodes \(a), \(b) of \(edges)")
            }
        }
    }
}
