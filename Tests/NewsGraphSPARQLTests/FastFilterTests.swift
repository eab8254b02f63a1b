import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

/// The compiled one-variable filters must keep exactly the rows the general expression
/// evaluator keeps. `IF(true, e, false)` forces the general path for comparison.
@Suite struct FastFilterTests {
    static let index = TripleIndex(triples: try! TurtleParser.parse("""
        @prefix : <http://x/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :a :v "John Lee", "john lee"@en, "李家超"@zh-Hant, "據報，李家超出任職位。", "e\\u0301" .
        :b :v <http://x/john>, _:blank, 12, "12"^^xsd:string, "true"^^xsd:boolean, "Lee"@EN, "" .
        """))

    static let filters = [
        #"regex(?v, "^john", "i")"#, #"regex(str(?v), "john")"#, #"regex(?v, "李")"#, #"regex(?v, "")"#,
        #"CONTAINS(?v, "Lee")"#, #"CONTAINS(?v, "lee"@en)"#, #"CONTAINS(str(?v), "x/j")"#, #"CONTAINS(?v, "出任")"#,
        #"CONTAINS(?v, "é")"#, #"CONTAINS(?v, "")"#,
        #"STRSTARTS(?v, "據報")"#, #"STRENDS(?v, "職位。")"#, #"STRSTARTS(str(?v), "http")"#, #"STRENDS(?v, "e"@en)"#,
        #"langMatches(lang(?v), "zh")"#, #"langMatches(lang(?v), "en")"#, #"langMatches(lang(?v), "*")"#,
        #"lang(?v) = "en""#, #""EN" = lang(?v)"#, #"lang(?v) = """#, #"str(?v) = "12""#, #"str(?v) = "http://x/john""#,
    ]

    @Test(arguments: filters)
    func sameRowsAsGeneralEvaluation(_ filter: String) throws {
        func rows(_ f: String) throws -> [String] {
            try Self.index.evaluate("SELECT ?v WHERE { ?s <http://x/v> ?v FILTER(\(f)) }").rows.map { $0[0]!.description }.sorted()
        }
        let fast = try rows(filter), general = try rows("IF(true, \(filter), false)")
        #expect(fast == general, "\(filter)")
    }
}
