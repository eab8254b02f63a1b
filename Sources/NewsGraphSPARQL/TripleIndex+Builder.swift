import NewsGraphRDF

extension TripleIndex {
    /// Builds an index from a stream of triples without holding them all as `Triple` values:
    /// terms are interned as they arrive and the permutations are sorted once in `build()`.
    public struct Builder: Sendable {
        private var dictionary = TermDictionary()
        private var keys: [IDTriple] = []
        private var namedKeys: [UInt32: [IDTriple]] = [:]

        public init(expectedTriples: Int = 0) {
            keys.reserveCapacity(expectedTriples)
            dictionary.reserveCapacity(expectedTriples / 3)
        }

        /// Adds a triple to the default graph, or to the named graph `graph`.
        public mutating func add(_ triple: Triple, graph: Term? = nil) {
            let key = IDTriple(dictionary.intern(triple.subject), dictionary.intern(triple.predicate), dictionary.intern(triple.object))
            if let graph {
                namedKeys[dictionary.intern(graph), default: []].append(key)
            } else {
                keys.append(key)
            }
        }

        public func build() -> TripleIndex {
            var index = TripleIndex()
            index.dictionary = dictionary
            index.defaultGraph = TripleTable(spoKeys: keys)
            for (g, k) in namedKeys { index.namedGraphs[g] = TripleTable(spoKeys: k) }
            return index
        }
    }
}
