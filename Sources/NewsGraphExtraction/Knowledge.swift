import Foundation
import NewsGraphOntology
import NewsGraphText

/// Everything extraction needs, loaded once from `ontology/` and shared by all documents.
public struct Knowledge: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public static func load(from directory: URL) throws -> Knowledge {
        Knowledge(catalog: Catalog(entries: []))
    }

    public var extractor: Extractor { Extractor(knowledge: self) }
}

/// Finds mentions and relations in repaired text (placeholder until the matcher lands).
public struct Extractor: Sendable {
    public let knowledge: Knowledge

    public func extract(_ text: RepairedText) -> DocumentExtraction {
        DocumentExtraction(name: "", contentHash: "", text: text.text, byteCount: 0, entities: [], relations: [])
    }
}
