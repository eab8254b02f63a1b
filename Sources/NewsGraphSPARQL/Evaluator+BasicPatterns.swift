import NewsGraphRDF

/// One element of a basic graph pattern: a triple pattern or a property path pattern.
enum BasicItem {
    case triple(TriplePattern)
    case path(TermPattern, PropertyPath, TermPattern)
}

extension Evaluator {
    func flattenBasic(_ p: GraphPattern) -> [BasicItem] { basicItems(p) ?? [] }

    /// The items of a join tree made only of BGPs and path patterns; nil if it has anything else.
    func basicItems(_ p: GraphPattern) -> [BasicItem]? {
        switch p {
        case .bgp(let ts): return ts.map { .triple($0) }
        case .path(let s, let path, let o): return [.path(s, path, o)]
        case .join(let a, let b):
            guard let x = basicItems(a), let y = basicItems(b) else { return nil }
            return x + y
        default: return nil
        }
    }

    private func itemSlots(_ item: BasicItem) -> [Int] {
        var out: [Int] = []
        func add(_ t: TermPattern) { if case .variable(let v) = t { out.append(slot(v)) } }
        switch item {
        case .triple(let t): add(t.subject); add(t.predicate); add(t.object)
        case .path(let s, _, let o): add(s); add(o)
        }
        return out
    }

    /// Joins the items with the input one at a time, cheapest first given what is bound,
    /// applying each filter conjunct as soon as all its variables are bound.
    func evalBasic(_ items: [BasicItem], filters: [Expression], _ input: Solutions) throws -> Solutions {
        var current = input
        var remaining = items
        var pending = filters.map { ($0, expressionSlots($0), Self.hasExists($0)) }
        var bound = input.certain
        func applyReady() throws {
            var i = 0
            while i < pending.count {
                let (e, needed, exists) = pending[i]
                if !exists && needed.isSubset(of: bound) {
                    current = try filter(e, current)
                    pending.remove(at: i)
                } else {
                    i += 1
                }
            }
        }
        try applyReady()
        while !remaining.isEmpty && !current.isEmpty {
            var best = 0, bestCost = Double.infinity
            for (i, item) in remaining.enumerated() {
                let cost = estimate(item, bound: bound)
                if cost < bestCost { bestCost = cost; best = i }
            }
            let item = remaining.remove(at: best)
            switch item {
            case .triple(let t): current = matchTriple(t, current)
            case .path(let s, let p, let o): current = matchPath(s, p, o, current)
            }
            for s in itemSlots(item) { bound.insert(s); current.certain.insert(s); current.maybe.insert(s) }
            try applyReady()
        }
        for s in items.flatMap(itemSlots) { current.certain.insert(s); current.maybe.insert(s) }
        for (e, _, _) in pending { current = try filter(e, current) }
        return current
    }

    static func hasExists(_ e: Expression) -> Bool {
        var found = false
        func visit(_ e: Expression) {
            switch e {
            case .exists: found = true
            case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b): visit(a); visit(b)
            case .not(let a): visit(a)
            case .function(_, let args), .coalesce(let args): args.forEach(visit)
            case .ifThenElse(let a, let b, let c): visit(a); visit(b); visit(c)
            default: break
            }
        }
        visit(e)
        return found
    }

    // MARK: estimates

    /// Expected rows per input row.
    func estimate(_ item: BasicItem, bound: Set<Int>) -> Double {
        switch item {
        case .triple(let t):
            return estimateTriple(t, bound: bound)
        case .path(let s, _, let o):
            let sBound = isBound(s, bound), oBound = isBound(o, bound)
            if sBound || oBound { return 20 }
            return Double(table.count) * 10
        }
    }

    private func isBound(_ t: TermPattern, _ bound: Set<Int>) -> Bool {
        switch t {
        case .term: return true
        case .variable(let v): return bound.contains(slot(v))
        }
    }

    private func estimateTriple(_ t: TriplePattern, bound: Set<Int>) -> Double {
        var ids: [UInt32] = [0, 0, 0]
        var constant = [false, false, false]
        var byVariable = [false, false, false]
        for (i, position) in [t.subject, t.predicate, t.object].enumerated() {
            switch position {
            case .term(let term):
                guard let id = dataID(term) else { return 0 }
                ids[i] = id; constant[i] = true
            case .variable(let v):
                byVariable[i] = bound.contains(slot(v))
            }
        }
        let (perm, prefix) = Permutation.choose(s: constant[0], p: constant[1], o: constant[2])
        var rows = Double(table.range(perm, perm.key(s: ids[0], p: ids[1], o: ids[2]), bound: prefix).count)
        let stats = constant[1] ? table.predicateStats[ids[1]] : nil
        if byVariable[0] { rows /= Double(max(1, stats?.subjects ?? table.distinctSubjects)) }
        if byVariable[2] { rows /= Double(max(1, stats?.objects ?? table.distinctObjects)) }
        if byVariable[1] { rows /= Double(max(1, table.predicateStats.count)) }
        // A pattern sharing no bound variable multiplies the rows: prefer connected ones.
        let connected = byVariable.contains(true) || bound.isEmpty
        return connected ? rows : rows * 2 + 1
    }

    // MARK: triple patterns

    /// Index nested-loop join of the rows with one triple pattern.
    func matchTriple(_ t: TriplePattern, _ input: Solutions) -> Solutions {
        var out = Solutions(width: width, maybe: input.maybe, certain: input.certain)
        var constants: [UInt32] = [0, 0, 0]
        var varSlot = [-1, -1, -1]
        for (i, position) in [t.subject, t.predicate, t.object].enumerated() {
            switch position {
            case .term(let term):
                // A constant the data never mentions matches nothing.
                guard let id = dataID(term) else { return out }
                constants[i] = id
            case .variable(let v): varSlot[i] = slot(v)
            }
        }
        let w = width
        input.data.withUnsafeBufferPointer { rows in
            var key: [UInt32] = [0, 0, 0]
            for r in 0..<input.count {
                let base = r * w
                for i in 0..<3 { key[i] = varSlot[i] >= 0 ? rows[base + varSlot[i]] : constants[i] }
                let (perm, prefix) = Permutation.choose(s: key[0] != 0, p: key[1] != 0, o: key[2] != 0)
                let range = table.range(perm, perm.key(s: key[0], p: key[1], o: key[2]), bound: prefix)
                if range.isEmpty { continue }
                let keys = table.keys(perm)
                for k in range {
                    let (s, p, o) = perm.spo(keys[k])
                    // Repeated variables (?x ?p ?x) must get the same term.
                    if key[0] == 0 && varSlot[0] >= 0 {
                        if varSlot[0] == varSlot[1] && key[1] == 0 && s != p { continue }
                        if varSlot[0] == varSlot[2] && key[2] == 0 && s != o { continue }
                    }
                    if key[1] == 0 && varSlot[1] >= 0 && varSlot[1] == varSlot[2] && key[2] == 0 && p != o { continue }
                    let start = out.data.count
                    out.data.append(contentsOf: rows[base ..< base + w])
                    if key[0] == 0 && varSlot[0] >= 0 { out.data[start + varSlot[0]] = s }
                    if key[1] == 0 && varSlot[1] >= 0 { out.data[start + varSlot[1]] = p }
                    if key[2] == 0 && varSlot[2] >= 0 { out.data[start + varSlot[2]] = o }
                }
            }
        }
        return out
    }
}
