import Foundation
import GRDB
import NewsGraph
import NewsGraphRDF
import NewsGraphText

/// A named graph imported into the store (RDF from elsewhere, kept apart from the extracted graph).
public struct NamedGraph: Hashable, Sendable {
    public var iri: String
    /// The file it was imported from, as given.
    public var source: String
    public var tripleCount: Int

    public init(iri: String, source: String, tripleCount: Int) {
        self.iri = iri
        self.source = source
        self.tripleCount = tripleCount
    }
}

extension GraphStore {
    /// Stores `triples` as the named graph `graph`, replacing what that graph held, in one
    /// transaction. Duplicates are stored once. Blank node labels are prefixed with a hash of the
    /// graph IRI, so blank nodes of different graphs never meet (RDF's rule for separate
    /// documents), while importing the same file again gives the same labels.
    /// - Returns: the number of distinct triples stored.
    @discardableResult
    public func importTriples(_ triples: [Triple], graph: String, source: String = "") throws -> Int {
        let prefix = "g" + String(StableHash.hex(graph).prefix(8)) + "_"
        func scoped(_ term: Term) -> Term {
            if case .blank(let label) = term { return .blank(prefix + label) }
            return term
        }
        let rows = Set(triples.map { triple in
            [TermCoding.encode(scoped(triple.subject)), TermCoding.encode(triple.predicate), TermCoding.encode(scoped(triple.object))]
        }).sorted { $0.lexicographicallyPrecedes($1) }
        try mapErrors {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM namedGraph WHERE iri = ?", arguments: [graph])
                try db.execute(sql: "INSERT INTO namedGraph(iri, source, tripleCount) VALUES (?, ?, ?)", arguments: [graph, source, rows.count])
                let insert = try db.makeStatement(sql: "INSERT INTO quad(graph, subject, predicate, object) VALUES (?, ?, ?, ?)")
                for row in rows {
                    try insert.execute(arguments: [graph, row[0], row[1], row[2]])
                }
            }
        }
        return rows.count
    }

    /// Deletes an imported named graph. Returns false when there was none.
    @discardableResult
    public func removeGraph(_ iri: String) throws -> Bool {
        try mapErrors {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM namedGraph WHERE iri = ?", arguments: [iri])
                return db.changesCount > 0
            }
        }
    }

    /// The imported named graphs, sorted by IRI.
    public func namedGraphs() throws -> [NamedGraph] {
        try mapErrors {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT iri, source, tripleCount FROM namedGraph ORDER BY iri").map {
                    NamedGraph(iri: $0["iri"], source: $0["source"], tripleCount: $0["tripleCount"])
                }
            }
        }
    }

    /// The triples of one imported named graph, sorted.
    public func triples(inGraph graph: String) throws -> [Triple] {
        let rows = try mapErrors {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT subject, predicate, object FROM quad WHERE graph = ?", arguments: [graph])
            }
        }
        return try rows.map(decodeTriple).sorted()
    }

    /// Every triple the store answers queries over: the extracted graph through `GraphRDF` (with
    /// instance IRIs under `base`) plus every imported named graph; sorted, without duplicates.
    public func allTriples(base: String = Vocabulary.defaultBase) throws -> [Triple] {
        var all = Set<Triple>()
        GraphRDF(base: base).forEachTriple(in: try graph()) { all.insert($0) }
        let rows = try mapErrors {
            try writer.read { db in try Row.fetchAll(db, sql: "SELECT subject, predicate, object FROM quad") }
        }
        for row in rows { all.insert(try decodeTriple(row)) }
        return all.sorted()
    }

    /// Streams what `allTriples` returns without sorting or removing duplicates: the extracted
    /// graph's triples (`GraphRDF.forEachTriple` order; a relation stated twice gives its direct
    /// triple twice), then each imported graph's, with its IRI. For loaders that index anyway.
    public func forEachTriple(base: String = Vocabulary.defaultBase, _ emit: (Triple, _ namedGraph: String?) throws -> Void) throws {
        try GraphRDF(base: base).forEachTriple(in: try graph()) { try emit($0, nil) }
        let rows = try mapErrors {
            try writer.read { db in try Row.fetchAll(db, sql: "SELECT graph, subject, predicate, object FROM quad ORDER BY graph, subject, predicate, object") }
        }
        for row in rows { try emit(try decodeTriple(row), row["graph"]) }
    }

    private func decodeTriple(_ row: Row) throws -> Triple {
        guard let s = TermCoding.decode(row["subject"]), let p = TermCoding.decode(row["predicate"]), let o = TermCoding.decode(row["object"]) else {
            throw StoreError.corrupt(path: path, detail: "unreadable imported triple")
        }
        return Triple(s, p, o)
    }
}
