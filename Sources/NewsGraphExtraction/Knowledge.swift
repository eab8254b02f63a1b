import Foundation
import NewsGraphOntology
import NewsGraphText

/// Everything extraction needs, loaded once from `ontology/` and shared by all documents.
public struct Knowledge: Sendable {
    public let ontology: Ontology
    public let catalog: Catalog
    let gazetteer: Gazetteer<Int32>
    /// Catalog entries by folded name, for linking recognised text back to the catalog.
    let entryByName: [String: Int]
    /// Family heads and their year-specific members (see `resolveFamilies`).
    let families: [Int: [FamilyMember]]
    let indexByID: [String: Int]
    /// Names `ambiguous.tsv` lets several entities share: every entity bearing the name.
    let alternatives: [String: [Int]]

    public init(ontology: Ontology, catalog: Catalog, ambiguities: [CatalogLoader.Ambiguity] = [], stoplist: [String] = []) {
        self.ontology = ontology
        self.catalog = catalog
        var preferred: [String: Int] = [:]
        var indexByID: [String: Int] = [:]
        for (index, entry) in catalog.entries.enumerated() { indexByID[entry.id] = index }
        for ambiguity in ambiguities {
            if let index = indexByID[ambiguity.prefer] { preferred[ScriptFolding.folded(ambiguity.alias)] = index }
        }
        var gazetteer = Gazetteer<Int32>()
        var entryByName: [String: Int] = [:]
        var alternatives: [String: [Int]] = [:]
        for (index, entry) in catalog.entries.enumerated() {
            for name in Set(entry.allNames.map(ScriptFolding.folded)) where preferred[name] != nil {
                alternatives[name, default: []].append(index)
            }
        }
        self.alternatives = alternatives.filter { $0.value.count > 1 }
        for (index, entry) in catalog.entries.enumerated() {
            for name in entry.allNames {
                let folded = ScriptFolding.folded(name)
                let owner = preferred[folded] ?? index
                if entryByName[folded] == nil { entryByName[folded] = owner }
            }
        }
        for (name, index) in entryByName.sorted(by: { $0.key < $1.key }) {
            gazetteer.add(ScriptFolding.fold(name), Int32(index))
        }
        // Phrases that are not names but contain one (中國式現代化): matched, then dropped.
        for phrase in stoplist.sorted() where entryByName[ScriptFolding.folded(phrase)] == nil {
            gazetteer.add(ScriptFolding.fold(phrase), -1)
        }
        self.gazetteer = gazetteer
        self.entryByName = entryByName
        self.families = Knowledge.families(of: catalog)
        self.indexByID = indexByID
    }

    /// Loads `newsgraph.owl` and `catalog/*.tsv` from an ontology directory.
    public static func load(from directory: URL) throws -> Knowledge {
        let ontology = try OntologyLoader.load(file: directory.appendingPathComponent("newsgraph.owl"))
        let (catalog, ambiguities) = try CatalogLoader.load(directory: directory.appendingPathComponent("catalog"), ontology: ontology)
        let stoplistFile = directory.appendingPathComponent("catalog/stoplist.txt")
        let stoplist = (try? String(contentsOf: stoplistFile, encoding: .utf8))?
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") } ?? []
        return Knowledge(ontology: ontology, catalog: catalog, ambiguities: ambiguities, stoplist: stoplist)
    }

    public var extractor: Extractor { Extractor(knowledge: self) }

    func entry(_ index: Int) -> CatalogEntry { catalog.entries[index] }

    func catalogIndex(forName folded: String) -> Int? { entryByName[folded] }

    func catalogIndex(id: String) -> Int? { indexByID[id] }

    /// True when the folded text is one of the entry's preferred labels (not an alias).
    func isLabel(_ folded: [UInt32], of index: Int) -> Bool {
        catalog.entries[index].labels.values.contains { ScriptFolding.fold($0) == folded }
    }
}
