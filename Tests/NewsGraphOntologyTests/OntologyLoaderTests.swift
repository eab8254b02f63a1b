import Testing
import NewsGraphOntology

/// The real `ontology/newsgraph.owl`, read through the RDF/XML parser.
struct OntologyLoaderTests {
    @Test func declaresTheSixCoreClasses() {
        for core in CoreType.allCases {
            #expect(realOntology.classes[core.rawValue]?.core == core, "kg:\(core.rawValue)")
        }
    }

    @Test(arguments: [
        ("GovernmentBody", CoreType.organization), ("Legislature", .organization), ("Company", .organization),
        ("Committee", .organization), ("Country", .place), ("City", .place), ("Station", .place),
        ("Law", .policy), ("Budget", .policy), ("Initiative", .policy), ("Conference", .event),
        ("SportsEvent", .event), ("AIModel", .product),
    ])
    func subclassesKnowTheirCore(_ name: String, _ core: CoreType) {
        #expect(realOntology.classes[name]?.core == core)
        #expect(realOntology.knows(EntityType(core, name)))
    }

    @Test func subclassUnderTheWrongCoreIsUnknown() {
        #expect(!realOntology.knows(EntityType(.person, "City")))
        #expect(!realOntology.knows(EntityType(.organization, "NoSuchThing")))
        #expect(realOntology.knows(EntityType(.person)))
    }

    @Test func documentIsAClassButNotAnEntityType() {
        #expect(realOntology.classes["Document"] != nil)
        #expect(realOntology.classes["Document"]?.core == nil)
    }

    static let specPredicates = ["holdsPositionIn", "memberOf", "subsidiaryOf", "locatedIn", "partOf", "issuedBy", "appliesTo", "basedOn", "attended", "authorOf", "cooperatesWith"]

    @Test func theElevenPredicatesOfTheSpec() {
        #expect(realOntology.predicates.keys.sorted() == Self.specPredicates.sorted())
        for name in Self.specPredicates {
            #expect(realOntology.predicate(name)?.iri == OntologyLoader.namespace + name)
        }
    }

    @Test func domainsAndRanges() throws {
        let holds = try #require(realOntology.predicate("holdsPositionIn"))
        #expect(holds.domain == [.person])
        #expect(holds.range == [.organization, .place])
        #expect(holds.allows(subject: .person, object: .organization))
        #expect(!holds.allows(subject: .organization, object: .person))
        let issued = try #require(realOntology.predicate("issuedBy"))
        #expect(issued.domain == [.policy])
        #expect(issued.range == [.organization, .person])
        let attended = try #require(realOntology.predicate("attended"))
        #expect(attended.range == [.event])
        #expect(!attended.allows(subject: .place, object: .event))
    }

    @Test func cooperatesWithIsTheOnlySymmetricPredicate() {
        #expect(realOntology.predicate("cooperatesWith")?.symmetric == true)
        #expect(realOntology.predicates.values.filter(\.symmetric).map(\.name) == ["cooperatesWith"])
    }

    @Test func authorOfRangeIsTheDocument() throws {
        let authorOf = try #require(realOntology.predicate("authorOf"))
        #expect(authorOf.rangeIncludesDocument)
        #expect(authorOf.domain == [.person])
        #expect(realOntology.predicates.values.filter(\.rangeIncludesDocument).map(\.name) == ["authorOf"])
    }

    @Test func missingOntologyFileSaysWhatToDo() {
        let missing = repositoryRoot.appendingPathComponent("no-such-dir/newsgraph.owl")
        do {
            _ = try OntologyLoader.load(file: missing)
            Issue.record("loading a missing file succeeded")
        } catch let error as OntologyErrors {
            #expect(error.errors.map(\.description) == ["\(missing.path): error: cannot read the ontology file. NewsGraph needs ontology/newsgraph.owl; pass --ontology DIR to point at another ontology folder."])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
