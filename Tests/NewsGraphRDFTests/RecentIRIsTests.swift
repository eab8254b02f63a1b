import Testing
@testable import NewsGraphRDF

@Suite struct RecentIRIsTests {
    /// A hit is always the value remembered for that very IRI; a slot shared by two IRIs
    /// answers only for the one remembered last.
    @Test func answersOnlyForTheIRIRemembered() {
        var recent = RecentIRIs()
        let iris = (0..<500).map { Vocabulary.kg + "p\($0)" } + ["", "a", Vocabulary.rdfType, "http://x/é"]
        for (i, iri) in iris.enumerated() {
            #expect(recent.value(iri) == nil || recent.value(iri) == i)
            recent.remember(iri, i)
            #expect(recent.value(iri) == i)
        }
        for (i, iri) in iris.enumerated() {
            if let value = recent.value(iri) { #expect(value == i) }
        }
        #expect(recent.value(Vocabulary.kg + "never") == nil)
    }
}
