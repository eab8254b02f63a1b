import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

/// Damaged queries and documents must give errors, never crashes.
@Suite struct RobustnessTests {
    static let pieces = ["{", "}", "(", ")", "[", "]", ".", ";", ",", "?x", "$y", "*", "/", "|", "^", "+", "-", "!", "=", "<", ">",
                         "\"", "'", "<http://x/", "_:", "a", "FILTER", "OPTIONAL", "UNION", "GRAPH", "VALUES", "SELECT", "COUNT(",
                         "GROUP BY", "ORDER BY", "LIMIT 1", "1.5", "e", "#", "\n", "@en", "^^", "BIND(", "AS", "李", "NOT EXISTS", "()"]

    @Test func mutatedQueriesNeverCrash() {
        let index = TripleIndex(triples: NewsGraphLikeGenerator.triples().prefix(400).map { $0 })
        var rng = NewsGraphLikeGenerator.Random(state: 42)
        let seeds = DifferentialQueries.all.map { DifferentialQueries.prologue + $0.text }
        var parsed = 0, evaluated = 0
        for _ in 0..<1500 {
            var text = Array(rng.pick(seeds).unicodeScalars)
            for _ in 0..<(1 + rng.int(3)) {
                let at = rng.int(text.count + 1)
                switch rng.int(3) {
                case 0: if at < text.count { text.remove(at: at) }
                case 1: text.insert(contentsOf: rng.pick(Self.pieces).unicodeScalars, at: at)
                default: if at < text.count { text[at] = rng.pick(Self.pieces).unicodeScalars.first! }
                }
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: text)
            guard let query = try? SPARQLQuery.parse(String(s)) else { continue }
            parsed += 1
            if (try? index.evaluate(query)) != nil { evaluated += 1 }
        }
        #expect(parsed > 50)
        #expect(evaluated > 50)
    }

    @Test func mutatedTurtleNeverCrashes() {
        let doc = "@prefix : <http://x/> .\n:a :b \"c\"@en , ( 1 2.5 ) ; :d [ :e '''f''' ] .\n_:x :y <z> .\n"
        var rng = NewsGraphLikeGenerator.Random(state: 9)
        for _ in 0..<3000 {
            var bytes = Array(doc.utf8)
            for _ in 0..<(1 + rng.int(3)) {
                let at = rng.int(bytes.count)
                if rng.int(2) == 0 { bytes.remove(at: at) } else { bytes.insert(rng.pick(Array("\"'<>[]()@^_:.;,\\#\n1eE+-".utf8)), at: at) }
            }
            _ = try? TurtleParser.parse(bytes: bytes, path: "fuzz.ttl") { _ in }
        }
    }
}
