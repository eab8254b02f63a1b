import NewsGraph
import NewsGraphRDF

/// One line-aligned piece of an N-Triples export: whole lines only, so each piece is a valid
/// N-Triples document by itself (what bulk loaders and Graph Store Protocol requests need).
public struct NTriplesBatch: Sendable {
    /// 1 for the first batch.
    public var number: Int
    /// The 1-based position of the batch's first triple in the whole export.
    public var firstTriple: Int
    public var tripleCount: Int
    /// UTF-8 N-Triples, one triple per line, each line ending in `\n`.
    public var bytes: [UInt8]

    public init(number: Int, firstTriple: Int, tripleCount: Int, bytes: [UInt8]) {
        self.number = number
        self.firstTriple = firstTriple
        self.tripleCount = tripleCount
        self.bytes = bytes
    }

    /// The last triple's 1-based position.
    public var lastTriple: Int { firstTriple + tripleCount - 1 }
}

/// Cuts the N-Triples export of a graph (exactly the lines of `NTriplesExporter`, in its order)
/// into batches of at most `maxTriples` lines and at most `maxBytes` bytes. A single line longer
/// than `maxBytes` cannot be cut and becomes a batch of its own.
public struct NTriplesBatches: Sendable {
    public var rdf: GraphRDF
    public var maxBytes: Int
    public var maxTriples: Int

    public init(rdf: GraphRDF = GraphRDF(), maxBytes: Int = Int.max, maxTriples: Int = Int.max) {
        precondition(maxBytes > 0 && maxTriples > 0, "batch limits must be positive")
        self.rdf = rdf
        self.maxBytes = maxBytes
        self.maxTriples = maxTriples
    }

    /// Calls `emit` with each batch in order (none for an empty graph). Returns the triple count.
    /// An error from `emit` stops the export and is rethrown.
    @discardableResult
    public func forEach(_ graph: KnowledgeGraph, _ emit: (NTriplesBatch) throws -> Void) throws -> Int {
        var current: [UInt8] = []
        var line: [UInt8] = []
        var number = 0
        var inBatch = 0
        var emitted = 0
        func flush() throws {
            guard inBatch > 0 else { return }
            number += 1
            try emit(NTriplesBatch(number: number, firstTriple: emitted + 1, tripleCount: inBatch, bytes: current))
            emitted += inBatch
            inBatch = 0
            current.removeAll(keepingCapacity: true)
        }
        let total = try TriplePipeline.run(SortedTriples(graph: graph, rdf: rdf)) { triple in
            line.removeAll(keepingCapacity: true)
            NTriplesEncoder.append(triple, to: &line)
            if inBatch > 0 && (inBatch >= maxTriples || current.count + line.count > maxBytes) {
                try flush()
            }
            current.append(contentsOf: line)
            inBatch += 1
        }
        try flush()
        return total
    }
}
