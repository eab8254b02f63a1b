import Foundation
import Testing

/// The SPARQL 1.1 query evaluation tests (`manifest-sparql11-query.ttl`): aggregates, BIND,
/// VALUES, casts, EXISTS, functions, grouping, negation, expressions in SELECT, property paths,
/// sub-queries. Tests of features NewsGraph does not run are skipped with the reason.
@Suite struct W3CSPARQL11Tests {
    @Test(.enabled(if: SharedPaths.hasSPARQL11, "../shared/w3c-rdf-tests/sparql/sparql11 is absent"))
    func sparql11QueryEvaluation() throws {
        try W3CSPARQL10Tests.runSuite("SPARQL 1.1", SharedPaths.sparql11.appendingPathComponent("manifest-sparql11-query.ttl"))
    }
}
