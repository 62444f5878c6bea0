/// Strongly connected components of a directed graph, by Tarjan's algorithm without recursion
/// (a long chain of types must not overflow the stack).
enum StronglyConnected {
    /// The component number of every node of `edges` (node i's successors are `edges[i]`);
    /// two nodes share a number exactly when each reaches the other.
    static func components(_ edges: [[Int]]) -> [Int] {
        let count = edges.count
        var order = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var component = [Int](repeating: -1, count: count)
        var stack: [Int] = []
        var nextOrder = 0
        var nextComponent = 0
        // Each frame is a node and the position of the next successor to visit.
        var frames: [(node: Int, next: Int)] = []
        for root in 0..<count where order[root] < 0 {
            frames.append((root, 0))
            order[root] = nextOrder
            lowLink[root] = nextOrder
            nextOrder += 1
            stack.append(root)
            onStack[root] = true
            while let (node, next) = frames.last {
                if next < edges[node].count {
                    frames[frames.count - 1].next += 1
                    let successor = edges[node][next]
                    if order[successor] < 0 {
                        order[successor] = nextOrder
                        lowLink[successor] = nextOrder
                        nextOrder += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], order[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                if lowLink[node] == order[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = nextComponent
                        if member == node { break }
                    }
                    nextComponent += 1
                }
            }
        }
        return component
    }
}
