import NewsGraphOntology

/// What a span names: a catalog entry, or a thing a recogniser found that the catalog lacks.
enum EntityRef: Hashable {
    case catalog(Int)
    /// Type and the normalised (folded, unquoted) name that keys the unknown entity.
    case unknown(EntityType, key: String)
}

/// A proposed mention before overlaps are resolved.
struct Candidate {
    var start: Int
    var end: Int
    var ref: EntityRef
    var rule: String
    /// Higher wins among candidates of equal length: catalog 3, confirmed recogniser 2, weak 1.
    var priority: Int
    /// The text to report when it differs from the span (e.g. a surname standing for a full name).
    var reportedText: String? = nil

    var length: Int { end - start }
}

/// Resolves overlapping candidates by one rule: longer spans win, then higher priority, then
/// the earlier start. Returns the kept candidates ordered by start.
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
        let ordered = candidates.sorted {
            if $0.length != $1.length { return $0.length > $1.length }
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            return $0.start < $1.start
        }
        var taken = Occupancy(count: textLength)
        var kept: [Candidate] = []
        for candidate in ordered where taken.claim(candidate.start, candidate.end) {
            kept.append(candidate)
        }
        return kept.sorted { $0.start < $1.start }
    }
}

/// Which scalars of a text are already part of a kept mention: claims in time linear in the span.
struct Occupancy {
    private var used: [Bool]

    init(count: Int) { used = Array(repeating: false, count: count) }

    init(count: Int, claimed: [Candidate]) {
        self.init(count: count)
        for c in claimed { for p in c.start..<c.end { used[p] = true } }
    }

    func isFree(_ start: Int, _ end: Int) -> Bool {
        for p in start..<end where used[p] { return false }
        return true
    }

    /// Claims `start..<end` if none of it is taken; returns whether it did.
    mutating func claim(_ start: Int, _ end: Int) -> Bool {
        guard isFree(start, end) else { return false }
        for p in start..<end { used[p] = true }
        return true
    }
}
