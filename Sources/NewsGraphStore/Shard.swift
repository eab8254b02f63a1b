import NewsGraphText

/// The K-th of N deterministic slices of a corpus: a document belongs to shard K when the stable
/// hash (FNV-1a 64) of its document id, modulo N, is K-1. The id comes from the base name, so the
/// slice does not depend on the directory a shard machine mounts the corpus under.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 <= K <= N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    public func contains(documentID: String) -> Bool {
        StableHash.fnv1a64(documentID) % UInt64(count) == UInt64(index - 1)
    }

    public var description: String { "\(index)/\(count)" }
}
