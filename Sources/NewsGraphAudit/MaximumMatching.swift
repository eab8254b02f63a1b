/// Maximum one-to-one matching in a bipartite graph by augmenting paths (Kuhn's algorithm),
/// step for step as `score.py`'s `match`: left vertices in order, each trying its edges in
/// order depth first, a fresh visited set per left vertex. Which pairs come out (not only how
/// many) decides relation scores and split/merge counts, so the order matters.
struct MaximumMatching {
    /// For each left vertex, the right vertices it may pair with, in preference order.
    let edges: [[Int]]
    /// right -> left
    private(set) var owner: [Int: Int] = [:]
    /// Right vertices in the order they were first matched (a Python dict's key order).
    private(set) var order: [Int] = []

    init(edges: [[Int]]) {
        self.edges = edges
        for left in edges.indices {
            var seen = Set<Int>()
            _ = augment(left, &seen)
        }
    }

    private mutating func augment(_ left: Int, _ seen: inout Set<Int>) -> Bool {
        for right in edges[left] where !seen.contains(right) {
            seen.insert(right)
            if let current = owner[right] {
                guard augment(current, &seen) else { continue }
            }
            if owner[right] == nil { order.append(right) }
            owner[right] = left
            return true
        }
        return false
    }

    /// (left, right) pairs in `order`.
    var pairs: [(left: Int, right: Int)] {
        order.map { (owner[$0]!, $0) }
    }
}
