import Foundation
import Testing
import NewsGraphExtraction
import NewsGraphOntology

/// The shipped `ontology/` folder must always load: CI runs this on every change to the catalog.
struct RealCatalogTests {
    @Test func realOntologyFolderLoads() throws {
        let knowledge: Knowledge
        do {
            knowledge = try Knowledge.load(from: realOntologyDirectory)
        } catch {
            // Print every file:line problem so a curator can fix them in one pass, then fail.
            print("The real catalog does not load:\n\(error)")
            Issue.record("ontology/ does not load: \(error)")
            return
        }
        let catalog = knowledge.catalog
        var counts: [String: Int] = [:]
        for entry in catalog.entries { counts[entry.type.core.rawValue, default: 0] += 1 }
        print("Real catalog: \(catalog.count) entries; " + CoreType.allCases.map { "\($0.rawValue) \(counts[$0.rawValue] ?? 0)" }.joined(separator: ", "))
        #expect(catalog.count > 0)
        #expect(Set(catalog.entries.map(\.id)).count == catalog.count, "ids are unique")
        #expect(catalog.entries.map(\.id) == catalog.entries.map(\.id).sorted(), "entries are sorted by id")
        for entry in catalog.entries {
            #expect(!entry.labels.isEmpty, "\(entry.file):\(entry.line): \(entry.id) has no label")
            #expect(entry.labels.values.allSatisfy { !$0.isEmpty }, "\(entry.file):\(entry.line): \(entry.id) has an empty label")
            #expect(CatalogLoader.isValidID(entry.id), "\(entry.file):\(entry.line): bad id \(entry.id)")
            #expect(knowledge.ontology.knows(entry.type), "\(entry.file):\(entry.line): unknown type \(entry.type)")
            for fact in entry.facts {
                #expect(catalog.entry(fact.object) != nil, "\(entry.file):\(entry.line): \(entry.id) \(fact.predicate) points at missing \(fact.object)")
            }
        }
    }
}
