import NewsGraphRDF

extension Evaluator {
    /// join(input, p).
    func eval(_ p: GraphPattern, _ input: Solutions, depth: Int = 0) throws -> Solutions {
        if input.isEmpty { return input }
        switch p {
        case .bgp, .path:
            return try evalBasic(flattenBasic(p), filters: [], input)
        case .join(let a, let b):
            if let items = basicItems(p) { return try evalBasic(items, filters: [], input) }
            return try eval(b, eval(a, input, depth: depth), depth: depth)
        case .union(let a, let b):
            var left = try eval(a, input, depth: depth)
            let right = try eval(b, input, depth: depth)
            left.data.append(contentsOf: right.data)
            left.certain.formIntersection(right.certain)
            left.maybe.formUnion(right.maybe)
            return left
        case .filter(let e, let inner):
            let needed = expressionSlots(e).intersection(input.maybe)
            guard needed.isSubset(of: bindings(inner).certain) else { return try fallback(p, input) }
            if let items = basicItems(inner) { return try evalBasic(items, filters: conjuncts(e), input) }
            return try filter(e, eval(inner, input, depth: depth))
        case .leftJoin(let a, let b, let e):
            var rightSlots = bindings(b).maybe
            if let e { rightSlots.formUnion(expressionSlots(e)) }
            guard rightSlots.intersection(input.maybe).isSubset(of: bindings(a).certain) else { return try fallback(p, input) }
            return try leftJoin(eval(a, input, depth: depth), b, e, depth: depth)
        case .minus(let a, let b):
            guard bindings(b).maybe.intersection(input.maybe).isSubset(of: bindings(a).certain) else { return try fallback(p, input) }
            let left = try eval(a, input, depth: depth)
            return minus(left, try eval(b, .unit(width: width), depth: depth))
        case .extend(let inner, let v, let e):
            let s = slot(v)
            guard !input.maybe.contains(s), expressionSlots(e).intersection(input.maybe).isSubset(of: bindings(inner).certain) else {
                return try fallback(p, input)
            }
            return try extend(eval(inner, input, depth: depth), s, e)
        case .values(let vars, let rows):
            return values(vars, rows, input)
        case .graph(let name, let inner):
            return try graph(name, inner, input, depth: depth)
        case .group, .project, .distinct, .reduced, .slice, .orderBy:
            return try fallback(p, input)
        }
    }

    /// Evaluates `p` alone and joins: for operators whose result would change if bindings
    /// from outside were pushed in.
    func fallback(_ p: GraphPattern, _ input: Solutions) throws -> Solutions {
        let own = try evalAlone(p)
        if input.count == 1 && input.data.allSatisfy({ $0 == 0 }) { return own }
        return Solutions.join(input, own)
    }

    /// The solutions of `p` by itself.
    func evalAlone(_ p: GraphPattern) throws -> Solutions {
        let unit = Solutions.unit(width: width)
        switch p {
        case .group(let inner, let vars, let aggs):
            return try group(eval(inner, unit), vars.map(slot), aggs)
        case .project(let inner, let vars):
            var s = try eval(inner, unit)
            project(&s, vars.map(slot))
            return s
        case .distinct(let inner):
            return distinct(try eval(inner, unit))
        case .reduced(let inner):
            // REDUCED permits, but does not require, removing duplicates: keep them all.
            return try eval(inner, unit)
        case .slice(let inner, let offset, let limit):
            if case .orderBy(let sorted, let orders) = stripProject(inner).0, let limit {
                // ORDER BY + LIMIT: keep only the first offset+limit rows while sorting.
                let (_, projection) = stripProject(inner)
                var s = try order(eval(sorted, unit), orders, keep: offset + limit)
                if let projection { project(&s, projection.map(slot)) }
                return slice(s, offset, limit)
            }
            return slice(try eval(inner, unit), offset, limit)
        case .orderBy(let inner, let orders):
            return try order(eval(inner, unit), orders, keep: nil)
        default:
            return try eval(p, unit)
        }
    }

    private func stripProject(_ p: GraphPattern) -> (GraphPattern, [String]?) {
        if case .project(let inner, let vars) = p { return (inner, vars) }
        return (p, nil)
    }

    func conjuncts(_ e: Expression) -> [Expression] {
        if case .and(let a, let b) = e { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    func filter(_ e: Expression, _ s: Solutions) throws -> Solutions {
        var out = Solutions(width: s.width, maybe: s.maybe, certain: s.certain)
        if let (slot, test) = fastFilter(e) {
            // Unbound is an error, which FILTER counts as false.
            var memo: [UInt32: Bool] = [:]
            var useMemo = true
            for i in 0..<s.count {
                let id = s.value(i, slot)
                guard id != 0 else { continue }
                let keep: Bool
                if useMemo, let known = memo[id] { keep = known } else {
                    keep = test(term(id))
                    if useMemo { memo[id] = keep; if i == 511 && memo.count > 384 { useMemo = false } }
                }
                if keep { out.append(s.row(i)) }
            }
            return out
        }
        let used = expressionSlots(e)
        if used.count == 1, Self.isDeterministic(e), let only = used.first {
            // A condition on one variable: decide each distinct term once, as long as terms
            // repeat often enough for the memo to pay (checked after 512 rows).
            var memo: [UInt32: Bool] = [:]
            var useMemo = true
            for i in 0..<s.count {
                let keep: Bool
                if useMemo {
                    let id = s.value(i, only)
                    if let known = memo[id] { keep = known } else {
                        keep = try effectiveBoolean(e, s.row(i)) == true
                        memo[id] = keep
                    }
                    if i == 511 && memo.count > 384 { useMemo = false }
                } else {
                    keep = try effectiveBoolean(e, s.row(i)) == true
                }
                if keep { out.append(s.row(i)) }
            }
            return out
        }
        for i in 0..<s.count where try effectiveBoolean(e, s.row(i)) == true {
            out.append(s.row(i))
        }
        return out
    }

    /// Whether an expression gives the same value for the same bindings (no EXISTS, which
    /// reads other variables of the row, and no RAND/BNODE/UUID).
    static func isDeterministic(_ e: Expression) -> Bool {
        switch e {
        case .term, .variable, .bound: return true
        case .exists: return false
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b), .less(let a, let b),
             .lessOrEqual(let a, let b), .greater(let a, let b), .greaterOrEqual(let a, let b), .add(let a, let b),
             .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            return isDeterministic(a) && isDeterministic(b)
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): return isDeterministic(a)
        case .inList(let a, let list): return isDeterministic(a) && list.allSatisfy(isDeterministic)
        case .ifThenElse(let a, let b, let c): return isDeterministic(a) && isDeterministic(b) && isDeterministic(c)
        case .coalesce(let list): return list.allSatisfy(isDeterministic)
        case .function(let f, let args):
            return ![.rand, .bnode, .uuid, .struuid, .now].contains(f) && args.allSatisfy(isDeterministic)
        }
    }

    /// LeftJoin: each left row is tagged with its index in a hidden slot, the right side is
    /// evaluated with the tagged rows pushed in, filtered, and left rows that found no
    /// partner are kept as they are.
    func leftJoin(_ left: Solutions, _ right: GraphPattern, _ e: Expression?, depth: Int) throws -> Solutions {
        let tag = variableCount + depth
        var tagged = left
        for i in 0..<left.count { tagged.data[i * width + tag] = UInt32(i + 1) }
        var joined = try eval(right, tagged, depth: depth + 1)
        if let e { joined = try filter(e, joined) }
        var matched = [Bool](repeating: false, count: left.count)
        for j in 0..<joined.count { matched[Int(joined.value(j, tag)) - 1] = true }
        // Keep left order: each left row followed by its extensions (deterministic output).
        var byLeft = [[Int]](repeating: [], count: left.count)
        for j in 0..<joined.count { byLeft[Int(joined.value(j, tag)) - 1].append(j) }
        var out = Solutions(width: width, maybe: left.maybe.union(joined.maybe), certain: left.certain)
        out.maybe.remove(tag)
        out.data.reserveCapacity(max(left.data.count, joined.data.count))
        for i in 0..<left.count {
            if matched[i] {
                for j in byLeft[i] {
                    let start = out.data.count
                    out.append(joined.row(j))
                    out.data[start + tag] = 0
                }
            } else {
                out.append(left.row(i))
            }
        }
        return out
    }

    func minus(_ left: Solutions, _ right: Solutions) -> Solutions {
        var out = Solutions(width: width, maybe: left.maybe, certain: left.certain)
        let shared = left.maybe.intersection(right.maybe).sorted()
        if shared.isEmpty || right.isEmpty { return left }
        // Right rows hashed on the shared slots bound on both sides in every row; a left row
        // is removed when a right row with its key is compatible and shares a bound variable.
        let keys = left.certain.intersection(right.certain).sorted()
        var table: [[UInt32]: [Int]] = [:]
        if !keys.isEmpty {
            for j in 0..<right.count {
                let b = right.row(j)
                table[keys.map { b[b.startIndex + $0] }, default: []].append(j)
            }
        }
        for i in 0..<left.count {
            let a = left.row(i)
            let candidates: [Int]
            if keys.isEmpty { candidates = Array(0..<right.count) } else {
                candidates = table[keys.map { a[a.startIndex + $0] }] ?? []
            }
            var removed = false
            for j in candidates {
                let b = right.row(j)
                var sharesOne = false, compatible = true
                for s in shared {
                    let x = a[a.startIndex + s], y = b[b.startIndex + s]
                    if x != 0 && y != 0 {
                        if x != y { compatible = false; break }
                        sharesOne = true
                    }
                }
                if compatible && sharesOne { removed = true; break }
            }
            if !removed { out.append(a) }
        }
        return out
    }

    func extend(_ s: Solutions, _ slot: Int, _ e: Expression) throws -> Solutions {
        var out = s
        out.maybe.insert(slot)
        for i in 0..<s.count {
            if let t = try value(e, s.row(i)) { out.data[i * width + slot] = intern(t) }
        }
        return out
    }

    func values(_ vars: [String], _ rows: [[Term?]], _ input: Solutions) -> Solutions {
        var table = Solutions(width: width)
        let varSlots = vars.map(slot)
        for row in rows {
            var r = [UInt32](repeating: 0, count: width)
            for (k, t) in row.enumerated() { if let t { r[varSlots[k]] = intern(t) } }
            table.data.append(contentsOf: r)
        }
        table.maybe = Set(varSlots)
        for (k, s) in varSlots.enumerated() where rows.allSatisfy({ $0[k] != nil }) { table.certain.insert(s) }
        return Solutions.join(input, table)
    }

    func graph(_ name: TermPattern, _ inner: GraphPattern, _ input: Solutions, depth: Int) throws -> Solutions {
        let saved = table
        defer { table = saved }
        switch name {
        case .term(let t):
            guard let id = dataID(t), let g = named[id] else { return Solutions(width: width, maybe: input.maybe, certain: input.certain) }
            table = g
            return try eval(inner, input, depth: depth)
        case .variable(let v):
            let s = slot(v)
            var out = Solutions(width: width, maybe: input.maybe.union([s]), certain: input.certain.union([s]))
            var first = true
            for id in named.keys.sorted() {
                table = named[id]!
                var bound = Solutions(width: width, maybe: input.maybe.union([s]), certain: input.certain.union([s]))
                for i in 0..<input.count {
                    let current = input.value(i, s)
                    if current != 0 && current != id { continue }
                    let start = bound.data.count
                    bound.append(input.row(i))
                    bound.data[start + s] = id
                }
                let r = try eval(inner, bound, depth: depth)
                out.data.append(contentsOf: r.data)
                if first { out.certain = r.certain; first = false } else { out.certain.formIntersection(r.certain) }
                out.maybe.formUnion(r.maybe)
            }
            return out
        }
    }
}
