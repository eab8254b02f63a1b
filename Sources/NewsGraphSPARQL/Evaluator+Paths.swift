import NewsGraphRDF

/// A property path with its IRIs replaced by dictionary ids once per pattern (nil: the data
/// never uses that IRI), so walking it does no string lookups.
indirect enum IDPath {
    case link(UInt32?)
    case inverse(IDPath)
    case sequence(IDPath, IDPath)
    case alternative(IDPath, IDPath)
    case zeroOrMore(IDPath)
    case oneOrMore(IDPath)
    case zeroOrOne(IDPath)
    case negated(Set<UInt32>)
}

/// Property paths (SPARQL 1.1 section 18.4). Sequences and alternatives keep duplicates
/// (they are joins and unions); `*`, `+`, `?` give each reachable node once; the zero-length
/// step matches graph nodes and terms written in the query.
extension Evaluator {
    func compile(_ path: PropertyPath) -> IDPath {
        switch path {
        case .iri(let iri): return .link(dataID(.iri(iri)))
        case .inverse(let p): return .inverse(compile(p))
        case .sequence(let a, let b): return .sequence(compile(a), compile(b))
        case .alternative(let a, let b): return .alternative(compile(a), compile(b))
        case .zeroOrMore(let p): return .zeroOrMore(compile(p))
        case .oneOrMore(let p): return .oneOrMore(compile(p))
        case .zeroOrOne(let p): return .zeroOrOne(compile(p))
        case .negatedSet(let iris): return .negated(Set(iris.compactMap { dataID(.iri($0)) }))
        }
    }

    func matchPath(_ subject: TermPattern, _ propertyPath: PropertyPath, _ object: TermPattern, _ input: Solutions) -> Solutions {
        let path = compile(propertyPath)
        var out = Solutions(width: width, maybe: input.maybe, certain: input.certain)
        let sSlot = subject.variable.map(slot), oSlot = object.variable.map(slot)
        let sConst: UInt32 = { if case .term(let t) = subject { return intern(t) } else { return 0 } }()
        let oConst: UInt32 = { if case .term(let t) = object { return intern(t) } else { return 0 } }()
        var forwardCache: [UInt32: [UInt32]] = [:]
        var backwardCache: [UInt32: [UInt32]] = [:]
        var allPairs: [(UInt32, UInt32)]? = nil
        for r in 0..<input.count {
            let row = input.row(r)
            let s = sSlot.map { row[row.startIndex + $0] } ?? sConst
            let o = oSlot.map { row[row.startIndex + $0] } ?? oConst
            func emit(_ sv: UInt32, _ ov: UInt32) {
                let start = out.data.count
                out.append(row)
                if let sSlot { out.data[start + sSlot] = sv }
                if let oSlot { out.data[start + oSlot] = ov }
            }
            if s != 0 {
                if forwardCache[s] == nil { forwardCache[s] = targets(path, from: s, constant: sSlot == nil) }
                for x in forwardCache[s]! where o == 0 || x == o {
                    if o == 0 && sSlot != nil && sSlot == oSlot && x != s { continue }
                    emit(s, x)
                }
            } else if o != 0 {
                if backwardCache[o] == nil { backwardCache[o] = sources(path, to: o, constant: oSlot == nil) }
                for x in backwardCache[o]! { emit(x, o) }
            } else {
                if allPairs == nil { allPairs = pairs(path) }
                for (x, y) in allPairs! {
                    if sSlot != nil && sSlot == oSlot && x != y { continue }
                    emit(x, y)
                }
            }
        }
        return out
    }

    /// Nodes reached from `start` (with multiplicity for sequences and alternatives).
    /// `constant`: `start` is a term written in the query, which a zero-length step matches
    /// even when the graph does not mention it (SPARQL 1.1 tests "* with start being a
    /// constant on the empty dataset"); a term bound to a variable must be a graph node.
    func targets(_ path: IDPath, from start: UInt32, constant: Bool = false) -> [UInt32] {
        switch path {
        case .link(let p):
            guard let p else { return [] }
            let keys = table.spo
            return table.range(.spo, IDTriple(start, p, 0), bound: 2).map { keys[$0].c }
        case .inverse(let inner):
            return sources(inner, to: start, constant: constant)
        case .sequence(let a, let b):
            return targets(a, from: start, constant: constant).flatMap { targets(b, from: $0) }
        case .alternative(let a, let b):
            return targets(a, from: start, constant: constant) + targets(b, from: start, constant: constant)
        case .zeroOrMore(let inner):
            return closure(start, includeStart: constant || isGraphNode(start)) { self.targets(inner, from: $0) }
        case .oneOrMore(let inner):
            return closure(start, includeStart: false) { self.targets(inner, from: $0) }
        case .zeroOrOne(let inner):
            var seen: Set<UInt32> = [start]
            return (constant || isGraphNode(start) ? [start] : []) + targets(inner, from: start).filter { seen.insert($0).inserted }
        case .negated(let excluded):
            let keys = table.spo
            return table.range(.spo, IDTriple(start, 0, 0), bound: 1).compactMap { excluded.contains(keys[$0].b) ? nil : keys[$0].c }
        }
    }

    /// Nodes from which `end` is reached.
    func sources(_ path: IDPath, to end: UInt32, constant: Bool = false) -> [UInt32] {
        switch path {
        case .link(let p):
            guard let p else { return [] }
            let keys = table.pos
            return table.range(.pos, IDTriple(p, end, 0), bound: 2).map { keys[$0].c }
        case .inverse(let inner):
            return targets(inner, from: end, constant: constant)
        case .sequence(let a, let b):
            return sources(b, to: end, constant: constant).flatMap { sources(a, to: $0) }
        case .alternative(let a, let b):
            return sources(a, to: end, constant: constant) + sources(b, to: end, constant: constant)
        case .zeroOrMore(let inner):
            return closure(end, includeStart: constant || isGraphNode(end)) { self.sources(inner, to: $0) }
        case .oneOrMore(let inner):
            return closure(end, includeStart: false) { self.sources(inner, to: $0) }
        case .zeroOrOne(let inner):
            var seen: Set<UInt32> = [end]
            return (constant || isGraphNode(end) ? [end] : []) + sources(inner, to: end).filter { seen.insert($0).inserted }
        case .negated(let excluded):
            let keys = table.osp
            return table.range(.osp, IDTriple(end, 0, 0), bound: 1).compactMap { excluded.contains(keys[$0].c) ? nil : keys[$0].b }
        }
    }

    /// Whether a term is a subject or object of the active graph. A zero-length step from a
    /// variable's value matches only such terms (SPARQL 1.1 test "ZeroOrX property paths
    /// should only return terms in the graph").
    func isGraphNode(_ id: UInt32) -> Bool {
        !table.range(.spo, IDTriple(id, 0, 0), bound: 1).isEmpty || !table.range(.osp, IDTriple(id, 0, 0), bound: 1).isEmpty
    }

    /// Breadth-first reachability, each node once.
    private func closure(_ start: UInt32, includeStart: Bool, step: (UInt32) -> [UInt32]) -> [UInt32] {
        var seen = Set<UInt32>()
        var out: [UInt32] = []
        if includeStart { seen.insert(start); out.append(start) }
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [UInt32] = []
            for node in frontier {
                for x in step(node) where seen.insert(x).inserted {
                    out.append(x); next.append(x)
                }
            }
            frontier = next
        }
        return out
    }

    /// All (start, end) pairs of a path with both ends free.
    func pairs(_ path: IDPath) -> [(UInt32, UInt32)] {
        switch path {
        case .link(let p):
            // One range of the POS index (object order; the multiset is what matters).
            guard let p else { return [] }
            let keys = table.pos
            return table.range(.pos, IDTriple(p, 0, 0), bound: 1).map { (keys[$0].c, keys[$0].b) }
        case .inverse(let inner):
            return pairs(inner).map { ($0.1, $0.0) }
        case .alternative(let a, let b):
            return pairs(a) + pairs(b)
        case .negated(let excluded):
            return table.spo.compactMap { excluded.contains($0.b) ? nil : ($0.a, $0.c) }
        default:
            var out: [(UInt32, UInt32)] = []
            for s in startCandidates(path) {
                for o in targets(path, from: s) { out.append((s, o)) }
            }
            return out
        }
    }

    /// Nodes that can start a path: subjects of its first step, or every node for paths that
    /// may have length zero.
    private func startCandidates(_ path: IDPath) -> [UInt32] {
        switch path {
        case .link(let p):
            guard let p else { return [] }
            let keys = table.pos
            return Set(table.range(.pos, IDTriple(p, 0, 0), bound: 1).map { keys[$0].c }).sorted()
        case .inverse(let inner):
            return endCandidates(inner)
        case .sequence(let a, _), .oneOrMore(let a):
            return startCandidates(a)
        case .alternative(let a, let b):
            return Set(startCandidates(a) + startCandidates(b)).sorted()
        case .zeroOrMore, .zeroOrOne:
            return graphNodes()
        case .negated:
            return distinctFirst(table.spo)
        }
    }

    private func endCandidates(_ path: IDPath) -> [UInt32] {
        switch path {
        case .link(let p):
            guard let p else { return [] }
            let keys = table.pos
            return Set(table.range(.pos, IDTriple(p, 0, 0), bound: 1).map { keys[$0].b }).sorted()
        case .inverse(let inner):
            return startCandidates(inner)
        case .sequence(_, let b), .oneOrMore(let b):
            return endCandidates(b)
        case .alternative(let a, let b):
            return Set(endCandidates(a) + endCandidates(b)).sorted()
        case .zeroOrMore, .zeroOrOne:
            return graphNodes()
        case .negated:
            return distinctFirst(table.osp)
        }
    }

    private func distinctFirst(_ keys: [IDTriple]) -> [UInt32] {
        var out: [UInt32] = []
        for k in keys where out.last != k.a { out.append(k.a) }
        return out
    }

    /// Every subject and object of the active graph.
    func graphNodes() -> [UInt32] {
        Set(distinctFirst(table.spo) + distinctFirst(table.osp)).sorted()
    }
}
