/// One step of a path: an edge walked from `from` to `to`, along its direction or against it.
public struct PathStep: Hashable, Sendable {
    public var from: String
    public var to: String
    public var edge: GraphEdge
    /// `.outgoing` when the edge runs `from --predicate--> to`, `.incoming` when it runs
    /// `to --predicate--> from`.
    public var direction: RelationDirection

    public init(from: String, to: String, edge: GraphEdge, direction: RelationDirection) {
        self.from = from
        self.to = to
        self.edge = edge
        self.direction = direction
    }
}

/// A path between two entities; `steps` is empty when they are the same.
public struct GraphPath: Hashable, Sendable {
    public var steps: [PathStep]
    /// The ids along the path, both ends included.
    public var ids: [String]

    public var hops: Int { steps.count }
}

/// An entity (or document) reached from the centre of a neighbourhood.
public struct Neighbour: Hashable, Sendable {
    public var id: String
    /// Hops from the centre (0 for the centre itself).
    public var distance: Int
    /// How it was first reached: the edge from the previous ring (nil for the centre).
    public var via: PathStep?

    public init(id: String, distance: Int, via: PathStep?) {
        self.id = id
        self.distance = distance
        self.via = via
    }
}

/// Everything within some hops of an entity.
public struct Neighbourhood: Hashable, Sendable {
    public var center: String
    public var depth: Int
    /// The centre first, then ring by ring; inside a ring in the order breadth-first search
    /// reached them.
    public var neighbours: [Neighbour]
    /// Every edge between two members with at least one end closer than `depth`, sorted by id.
    public var edges: [GraphEdge]
}

extension GraphQuery {
    /// Breadth-first search over edges in both directions from `start`, visiting each id's
    /// edges in `Adjacency` order, so the first way to reach an id — and so every path and
    /// neighbourhood — is the same on every run.
    /// Returns what was reached and the order it was reached in.
    private func breadthFirst(from start: String, maxDepth: Int, stop: (String) -> Bool = { _ in false }) -> ([String: Neighbour], [String]) {
        var reached: [String: Neighbour] = [start: Neighbour(id: start, distance: 0, via: nil)]
        var order = [start]
        var ring = [start]
        var depth = 0
        while !ring.isEmpty && depth < maxDepth {
            depth += 1
            var next: [String] = []
            for id in ring {
                for adjacency in self.adjacency[id] ?? [] where reached[adjacency.other] == nil {
                    let step = PathStep(from: id, to: adjacency.other, edge: graph.edges[adjacency.edge], direction: adjacency.direction)
                    reached[adjacency.other] = Neighbour(id: adjacency.other, distance: depth, via: step)
                    next.append(adjacency.other)
                    order.append(adjacency.other)
                    if stop(adjacency.other) { return (reached, order) }
                }
            }
            ring = next
        }
        return (reached, order)
    }

    /// A shortest path between two ids over edges in either direction, or nil when there is
    /// none within `maxHops`. Of several shortest paths the one found first by a breadth-first
    /// search that visits neighbours by id (then predicate, then edge id) is returned, so the
    /// answer is the same on every run.
    public func shortestPath(from start: String, to goal: String, maxHops: Int = 6) -> GraphPath? {
        if start == goal { return GraphPath(steps: [], ids: [start]) }
        let (reached, _) = breadthFirst(from: start, maxDepth: maxHops) { $0 == goal }
        guard reached[goal] != nil else { return nil }
        var steps: [PathStep] = []
        var current = goal
        while let step = reached[current]?.via {
            steps.append(step)
            current = step.from
        }
        steps.reverse()
        return GraphPath(steps: steps, ids: [start] + steps.map(\.to))
    }

    /// Every id within `depth` hops of `id` (edges in both directions), with how each was
    /// first reached, and the edges among them.
    public func neighbourhood(of id: String, depth: Int = 1) -> Neighbourhood {
        let (reached, order) = breadthFirst(from: id, maxDepth: max(0, depth))
        var edgeIndexes = Set<Int>()
        for member in order where reached[member]!.distance < depth {
            for adjacency in self.adjacency[member] ?? [] where reached[adjacency.other] != nil {
                edgeIndexes.insert(adjacency.edge)
            }
        }
        return Neighbourhood(center: id, depth: depth, neighbours: order.map { reached[$0]! }, edges: edgeIndexes.sorted().map { graph.edges[$0] })
    }
}
