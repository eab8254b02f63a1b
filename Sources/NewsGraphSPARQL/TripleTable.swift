/// The triples of one graph as three sorted, duplicate-free arrays of ids (SPO, POS, OSP),
/// plus per-predicate statistics for the planner.
struct TripleTable: Sendable {
    private(set) var spo: [IDTriple] = []
    private(set) var pos: [IDTriple] = []
    private(set) var osp: [IDTriple] = []
    /// Per predicate: triples, distinct subjects, distinct objects.
    private(set) var predicateStats: [UInt32: PredicateStats] = [:]
    private(set) var distinctSubjects = 0
    private(set) var distinctObjects = 0

    struct PredicateStats: Sendable {
        var triples = 0
        var subjects = 0
        var objects = 0
    }

    var count: Int { spo.count }

    init() {}

    /// Builds from SPO keys in any order, possibly with duplicates.
    init(spoKeys: [IDTriple]) {
        var keys = spoKeys
        keys.sort()
        spo = Self.deduplicated(keys)
        rebuildSecondary()
    }

    /// Adds triples by merging sorted runs into each permutation: linear in the table size,
    /// so adding one document's triples to a large index does not re-sort it.
    mutating func insert(spoKeys: [IDTriple]) {
        guard !spoKeys.isEmpty else { return }
        if spo.isEmpty { self = TripleTable(spoKeys: spoKeys); return }
        var added = spoKeys
        added.sort()
        added = Self.deduplicated(added).filter { !contains($0) }
        guard !added.isEmpty else { return }
        var addedPOS = added.map { IDTriple($0.b, $0.c, $0.a) }
        var addedOSP = added.map { IDTriple($0.c, $0.a, $0.b) }
        addedPOS.sort()
        addedOSP.sort()
        spo = Self.merge(spo, added)
        pos = Self.merge(pos, addedPOS)
        osp = Self.merge(osp, addedOSP)
        computeStats()
    }

    mutating func remove(spoKeys: [IDTriple]) {
        guard !spoKeys.isEmpty, !spo.isEmpty else { return }
        let doomed = Set(spoKeys)
        spo.removeAll { doomed.contains($0) }
        pos.removeAll { doomed.contains(IDTriple($0.c, $0.a, $0.b)) }
        osp.removeAll { doomed.contains(IDTriple($0.b, $0.c, $0.a)) }
        computeStats()
    }

    func contains(_ k: IDTriple) -> Bool {
        !range(.spo, k, bound: 3).isEmpty
    }

    private mutating func rebuildSecondary() {
        pos = spo.map { IDTriple($0.b, $0.c, $0.a) }
        pos.sort()
        osp = spo.map { IDTriple($0.c, $0.a, $0.b) }
        osp.sort()
        computeStats()
    }

    private mutating func computeStats() {
        var stats: [UInt32: PredicateStats] = [:]
        var subjects = 0, objects = 0
        var previous: IDTriple? = nil
        for k in spo {
            if previous?.a != k.a { subjects += 1 }
            if previous?.a != k.a || previous?.b != k.b { stats[k.b, default: PredicateStats()].subjects += 1 }
            stats[k.b, default: PredicateStats()].triples += 1
            previous = k
        }
        previous = nil
        for k in pos where previous?.a != k.a || previous?.b != k.b {
            stats[k.a, default: PredicateStats()].objects += 1
            previous = k
        }
        previous = nil
        for k in osp where previous?.a != k.a {
            objects += 1
            previous = k
        }
        predicateStats = stats
        distinctSubjects = subjects
        distinctObjects = objects
    }

    @inline(__always) func keys(_ permutation: Permutation) -> [IDTriple] {
        switch permutation {
        case .spo: return spo
        case .pos: return pos
        case .osp: return osp
        }
    }

    /// The index range of keys in `permutation` whose first `bound` components equal `key`'s.
    func range(_ permutation: Permutation, _ key: IDTriple, bound: Int) -> Range<Int> {
        let keys = self.keys(permutation)
        if bound == 0 { return 0..<keys.count }
        let low = IDTriple(key.a, bound > 1 ? key.b : 0, bound > 2 ? key.c : 0)
        let high = IDTriple(key.a, bound > 1 ? key.b : .max, bound > 2 ? key.c : .max)
        return keys.withUnsafeBufferPointer { buffer in
            Self.lowerBound(buffer, low)..<Self.upperBound(buffer, high)
        }
    }

    @inline(__always) static func lowerBound(_ keys: UnsafeBufferPointer<IDTriple>, _ target: IDTriple) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    @inline(__always) static func upperBound(_ keys: UnsafeBufferPointer<IDTriple>, _ target: IDTriple) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if target < keys[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }

    static func deduplicated(_ sorted: [IDTriple]) -> [IDTriple] {
        var out: [IDTriple] = []
        out.reserveCapacity(sorted.count)
        for k in sorted where out.last != k { out.append(k) }
        return out
    }

    static func merge(_ x: [IDTriple], _ y: [IDTriple]) -> [IDTriple] {
        var out: [IDTriple] = []
        out.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i] < y[j] { out.append(x[i]); i += 1 }
            else if y[j] < x[i] { out.append(y[j]); j += 1 }
            else { out.append(x[i]); i += 1; j += 1 }
        }
        out.append(contentsOf: x[i...])
        out.append(contentsOf: y[j...])
        return out
    }
}
