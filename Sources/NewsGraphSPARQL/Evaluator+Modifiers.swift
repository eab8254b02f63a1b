import NewsGraphRDF

/// ORDER BY, projection, DISTINCT, slicing, GROUP BY with aggregates.
extension Evaluator {
    func project(_ s: inout Solutions, _ keep: [Int]) {
        let keepSet = Set(keep)
        let drop = (0..<width).filter { !keepSet.contains($0) }
        if !drop.isEmpty {
            for r in 0..<s.count { for d in drop { s.data[r * width + d] = 0 } }
        }
        s.maybe.formIntersection(keepSet)
        s.certain.formIntersection(keepSet)
    }

    func distinct(_ s: Solutions) -> Solutions {
        var out = Solutions(width: width, maybe: s.maybe, certain: s.certain)
        var seen = Set<ArraySlice<UInt32>>()
        for r in 0..<s.count where seen.insert(s.row(r)).inserted { out.append(s.row(r)) }
        return out
    }

    func slice(_ s: Solutions, _ offset: Int, _ limit: Int?) -> Solutions {
        var out = Solutions(width: width, maybe: s.maybe, certain: s.certain)
        let start = min(offset, s.count)
        let end = limit.map { min(s.count, start + $0) } ?? s.count
        out.data = Array(s.data[start * width ..< end * width])
        return out
    }

    /// Stable sort by the order conditions; with `keep`, only the first `keep` rows matter.
    func order(_ s: Solutions, _ orders: [OrderExpression], keep: Int?) throws -> Solutions {
        let n = s.count
        var keys: [[OrderKey]] = []
        keys.reserveCapacity(n)
        // Keys are computed and prepared once per row, not per comparison.
        for r in 0..<n {
            var k: [OrderKey] = []
            for o in orders {
                switch o {
                case .ascending(let e), .descending(let e): k.append(OrderKey(try value(e, s.row(r))))
                }
            }
            keys.append(k)
        }
        let descending = orders.map { if case .descending = $0 { return true } else { return false } }
        func less(_ a: Int, _ b: Int) -> Bool {
            for i in 0..<orders.count {
                let c = OrderKey.compare(keys[a][i], keys[b][i])
                if c != 0 { return descending[i] ? c > 0 : c < 0 }
            }
            return a < b
        }
        var indices = Array(0..<n)
        if let keep, keep < n / 4 {
            // Partial selection: keep a sorted buffer of the best `keep` rows.
            var best: [Int] = []
            for i in indices {
                if best.count == keep, let last = best.last, !less(i, last) { continue }
                var lo = 0, hi = best.count
                while lo < hi { let mid = (lo + hi) / 2; if less(best[mid], i) { lo = mid + 1 } else { hi = mid } }
                best.insert(i, at: lo)
                if best.count > keep { best.removeLast() }
            }
            indices = best
        } else {
            indices.sort(by: less)
        }
        var out = Solutions(width: width, maybe: s.maybe, certain: s.certain)
        out.data.reserveCapacity(indices.count * width)
        for i in indices { out.append(s.row(i)) }
        return out
    }

    func group(_ s: Solutions, _ keys: [Int], _ aggregates: [AggregateBinding]) throws -> Solutions {
        var groupIndex: [[UInt32]: Int] = [:]
        var groupKeys: [[UInt32]] = []
        var members: [[Int]] = []
        if keys.isEmpty {
            // Without GROUP BY everything is one group, even when there are no rows.
            groupKeys = [[]]
            members = [Array(0..<s.count)]
        } else if keys.count == 1 {
            // One grouping variable (the common case): key on the id itself, no array per row.
            var single: [UInt32: Int] = [:]
            let slot = keys[0]
            for r in 0..<s.count {
                let id = s.value(r, slot)
                if let g = single[id] { members[g].append(r) } else {
                    single[id] = groupKeys.count
                    groupKeys.append([id])
                    members.append([r])
                }
            }
        } else {
            for r in 0..<s.count {
                let k = keys.map { s.value(r, $0) }
                if let g = groupIndex[k] { members[g].append(r) } else {
                    groupIndex[k] = groupKeys.count
                    groupKeys.append(k)
                    members.append([r])
                }
            }
        }
        var out = Solutions(width: width, maybe: Set(keys).union(aggregates.map { slot($0.variable) }))
        for (g, k) in groupKeys.enumerated() {
            var row = [UInt32](repeating: 0, count: width)
            for (i, slot) in keys.enumerated() { row[slot] = k[i] }
            for agg in aggregates {
                if let t = try aggregate(agg.aggregate, s, members[g]) { row[slot(agg.variable)] = intern(t) }
            }
            out.data.append(contentsOf: row)
        }
        return out
    }

    /// One aggregate over the rows of a group; nil for an error (the variable stays unbound).
    func aggregate(_ a: AggregateExpression, _ s: Solutions, _ rows: [Int]) throws -> Term? {
        let integer = Vocabulary.xsd + "integer"
        func inputs(_ e: Expression, _ distinct: Bool) throws -> [Term?] {
            var out: [Term?] = []
            var seen = Set<Term>()
            for r in rows {
                let v = try value(e, s.row(r))
                if distinct, let v, !seen.insert(v).inserted { continue }
                out.append(v)
            }
            return out
        }
        switch a {
        case .count(nil, let distinct):
            if !distinct { return .typed(String(rows.count), integer) }
            var seen = Set<ArraySlice<UInt32>>()
            for r in rows { seen.insert(s.row(r)) }
            return .typed(String(seen.count), integer)
        case .count(let e?, let distinct):
            if case .variable(let v) = e, let slot = slots[v] {
                if distinct {
                    var ids = Set<UInt32>()
                    for r in rows where s.value(r, slot) != 0 { ids.insert(s.value(r, slot)) }
                    return LiteralTemplates.make(LiteralTemplates.integer, String(ids.count))
                }
                return LiteralTemplates.make(LiteralTemplates.integer, String(rows.reduce(0) { $0 + (s.value($1, slot) != 0 ? 1 : 0) }))
            }
            return .typed(String(try inputs(e, distinct).reduce(0) { $0 + ($1 != nil ? 1 : 0) }), integer)
        case .sum(let e, let distinct), .avg(let e, let distinct):
            var total = NumericValue.integer(0)
            var count = 0
            if case .variable(let v) = e, !distinct, let slot = slots[v] {
                // Numeric values come from the per-id cache: each distinct term is parsed once.
                for r in rows {
                    let id = s.value(r, slot)
                    guard id != 0, let n = numeric(id), let t = NumericValue.apply(.add, total, n) else { return nil }
                    total = t
                    count += 1
                }
            } else {
                let values = try inputs(e, distinct)
                for v in values {
                    guard let n = v.flatMap(NumericValue.init), let t = NumericValue.apply(.add, total, n) else { return nil }
                    total = t
                }
                count = values.count
            }
            if case .avg = a {
                if count == 0 { return NumericValue.integer(0).term }
                return NumericValue.apply(.divide, total, .integer(count))?.term
            }
            return total.term
        case .min(let e, _), .max(let e, _):
            // DISTINCT does not change a minimum or maximum: compare each distinct term once.
            var values: [Term] = []
            if case .variable(let v) = e, let slot = slots[v] {
                var ids = Set<UInt32>()
                for r in rows where s.value(r, slot) != 0 { ids.insert(s.value(r, slot)) }
                values = ids.sorted().map(term)
            } else {
                values = try inputs(e, true).compactMap { $0 }
            }
            guard !values.isEmpty else { return nil }
            var best: Term? = nil
            var first = true
            for v in values {
                if first { best = v; first = false; continue }
                let c = TermComparison.order(v, best)
                if case .min = a, c < 0 { best = v }
                if case .max = a, c > 0 { best = v }
            }
            return best
        case .sample(let e, _):
            return try inputs(e, false).first { $0 != nil } ?? nil
        case .groupConcat(let e, let distinct, let separator):
            // A simple literal, whatever the inputs' language tags (SPARQL 1.1 errata).
            var parts: [String] = []
            for v in try inputs(e, distinct) {
                guard let (text, _) = Self.stringLiteral(v) else { return nil }
                parts.append(text)
            }
            return .string(parts.joined(separator: separator))
        }
    }
}
