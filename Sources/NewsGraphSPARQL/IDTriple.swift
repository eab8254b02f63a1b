/// Three term ids in the order of one permutation index (SPO, POS or OSP): `a` is the first
/// sort key. 12 bytes, stored contiguously, compared as integers.
struct IDTriple: Hashable, Comparable, Sendable {
    var a: UInt32
    var b: UInt32
    var c: UInt32

    @inline(__always) init(_ a: UInt32, _ b: UInt32, _ c: UInt32) {
        self.a = a; self.b = b; self.c = c
    }

    @inline(__always) static func < (l: IDTriple, r: IDTriple) -> Bool {
        if l.a != r.a { return l.a < r.a }
        if l.b != r.b { return l.b < r.b }
        return l.c < r.c
    }
}

/// The three orders kept for each graph. Any pattern with bound positions has a permutation
/// whose prefix is exactly its bound positions: s, sp, spo -> SPO; p, po -> POS; o, os -> OSP.
enum Permutation: Sendable {
    case spo, pos, osp

    /// The permutation and the number of leading bound keys for a pattern.
    static func choose(s: Bool, p: Bool, o: Bool) -> (Permutation, Int) {
        switch (s, p, o) {
        case (true, true, true): return (.spo, 3)
        case (true, true, false): return (.spo, 2)
        case (true, false, true): return (.osp, 2)
        case (true, false, false): return (.spo, 1)
        case (false, true, true): return (.pos, 2)
        case (false, true, false): return (.pos, 1)
        case (false, false, true): return (.osp, 1)
        case (false, false, false): return (.spo, 0)
        }
    }

    @inline(__always) func key(s: UInt32, p: UInt32, o: UInt32) -> IDTriple {
        switch self {
        case .spo: return IDTriple(s, p, o)
        case .pos: return IDTriple(p, o, s)
        case .osp: return IDTriple(o, s, p)
        }
    }

    /// (s, p, o) of a key of this permutation.
    @inline(__always) func spo(_ k: IDTriple) -> (UInt32, UInt32, UInt32) {
        switch self {
        case .spo: return (k.a, k.b, k.c)
        case .pos: return (k.c, k.a, k.b)
        case .osp: return (k.b, k.c, k.a)
        }
    }
}
