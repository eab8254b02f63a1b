/// A small cache from IRI to a small integer, in front of a dictionary, for the few dozen
/// predicate IRIs that recur in every subject. A dictionary lookup hashes the whole string
/// (SipHash) for every triple; this looks in one of 64 slots chosen by the IRI's length and
/// last bytes (where predicate IRIs differ) and confirms with `==` (immediate when it is the
/// same string object, as the mapping's fixed IRIs are). A miss says nothing: the caller asks
/// its dictionary and `remember`s the answer. Not generic: unspecialised generic code across
/// modules cost more than the hashing it saves.
public struct RecentIRIs: Sendable {
    private var keys: [String] = Array(repeating: "", count: 64)
    private var values: [Int] = Array(repeating: -1, count: 64)

    public init() {}

    /// The value remembered for `iri`, or nil.
    public func value(_ iri: String) -> Int? {
        let slot = Self.slot(iri)
        guard values[slot] >= 0, keys[slot] == iri else { return nil }
        return values[slot]
    }

    /// Remembers `value` (not negative) for `iri`, replacing whatever shared its slot.
    public mutating func remember(_ iri: String, _ value: Int) {
        let slot = Self.slot(iri)
        keys[slot] = iri
        values[slot] = value
    }

    private static func slot(_ iri: String) -> Int {
        let key = iri.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            let count = bytes.count
            var key = count &* 0x9E37
            if count >= 1 { key ^= Int(bytes[count - 1]) &* 0x45 }
            if count >= 3 { key ^= Int(bytes[count - 3]) &* 0x1F1 }
            return key
        } ?? iri.utf8.count
        return (key ^ (key >> 6)) & 63
    }
}
