import NewsGraphRDF

extension TripleIndex {
    /// Builds an index from a stream of triples without holding them all as `Triple` values:
    /// terms are interned as they arrive and the permutations are sorted once in `build()`.
    public struct Builder: Sendable {
        private var dictionary = TermDictionary()
        private var keys: [IDTriple] = []

        public init(expectedTriples: Int = 0) {
            keys.reserveCapacity(expectedTriples)
            dictionary.reserveCapacity(expectedTriples / 3)
        }

        public mutating func add(_ triple: Triple) {
            keys.append(IDTriple(dictionary.intern(triple.subject), dictionary.intern(triple.predicate), dictionary.intern(triple.object)))
        }

        public func build() -> TripleIndex {
            var index = TripleIndex()
            index.dictionary = dictionary
            index.defaultGraph = TripleTable(spoKeys: keys)
            return index
        }
    }
}
