/// A multiset of solutions as one flat array of term ids: `width` slots per row (one per
/// query variable, plus hidden bookkeeping slots); 0 means unbound.
struct Solutions {
    let width: Int
    var data: [UInt32]
    /// Slots bound in at least one row / in every row.
    var maybe: Set<Int>
    var certain: Set<Int>

    init(width: Int, data: [UInt32] = [], maybe: Set<Int> = [], certain: Set<Int> = []) {
        self.width = width; self.data = data; self.maybe = maybe; self.certain = certain
    }

    /// One row with nothing bound: the identity for join.
    static func unit(width: Int) -> Solutions {
        Solutions(width: width, data: [UInt32](repeating: 0, count: width))
    }

    var count: Int { width == 0 ? 0 : data.count / width }
    var isEmpty: Bool { data.isEmpty }

    @inline(__always) func row(_ i: Int) -> ArraySlice<UInt32> { data[i * width ..< (i + 1) * width] }
    @inline(__always) func value(_ i: Int, _ slot: Int) -> UInt32 { data[i * width + slot] }

    mutating func append(_ row: ArraySlice<UInt32>) { data.append(contentsOf: row) }

    /// Rows compatible on every shared slot (both bound and different means incompatible).
    @inline(__always) static func compatible(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, slots: [Int]) -> Bool {
        for s in slots {
            let x = a[a.startIndex + s], y = b[b.startIndex + s]
            if x != 0 && y != 0 && x != y { return false }
        }
        return true
    }

    /// The merge of two compatible rows.
    @inline(__always) static func merged(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, into out: inout [UInt32]) {
        var j = b.startIndex
        for x in a {
            out.append(x != 0 ? x : b[j])
            j += 1
        }
    }

    /// Join of two multisets: hashed on slots certainly bound on both sides, checked on the
    /// other slots either side may bind.
    static func join(_ left: Solutions, _ right: Solutions) -> Solutions {
        var out = Solutions(width: left.width, maybe: left.maybe.union(right.maybe), certain: left.certain.union(right.certain))
        if left.isEmpty || right.isEmpty { return out }
        let shared = left.maybe.intersection(right.maybe).sorted()
        let keys = left.certain.intersection(right.certain).sorted()
        if keys.isEmpty {
            for i in 0..<left.count {
                let a = left.row(i)
                for j in 0..<right.count where compatible(a, right.row(j), slots: shared) {
                    merged(a, right.row(j), into: &out.data)
                }
            }
            return out
        }
        // Build on the smaller side, probe with the larger; keep left-major order otherwise.
        var table: [[UInt32]: [Int]] = [:]
        for j in 0..<right.count {
            let r = right.row(j)
            table[keys.map { r[r.startIndex + $0] }, default: []].append(j)
        }
        for i in 0..<left.count {
            let a = left.row(i)
            guard let matches = table[keys.map { a[a.startIndex + $0] }] else { continue }
            for j in matches where compatible(a, right.row(j), slots: shared) {
                merged(a, right.row(j), into: &out.data)
            }
        }
        return out
    }
}
