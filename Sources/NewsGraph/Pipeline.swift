import Foundation
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphText

/// A document as the user gave it: a name (path or `-`) and its bytes.
public struct SourceDocument: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// The whole extraction job for one document: decode, repair, match, recognise, relate.
/// Documents are independent: a pipeline can run on many threads or processes at once.
public struct Pipeline: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    /// Loads `ontology/` (the OWL file and the catalog) from a directory.
    public init(ontologyDirectory: URL) throws {
        self.knowledge = try Knowledge.load(from: ontologyDirectory)
    }

    public var catalog: Catalog { knowledge.catalog }

    /// Extracts one document. Throws `InputError` for input that is not text.
    public func extract(_ document: SourceDocument) throws -> DocumentExtraction {
        let text = try TextDecoder.decode(document.bytes, name: document.name)
        let repaired = TextRepair.repair(text)
        var extraction = knowledge.extractor.extract(repaired)
        extraction.name = document.name
        extraction.contentHash = StableHash.hex(StableHash.fnv1a64(bytes: document.bytes))
        extraction.byteCount = document.bytes.count
        return extraction
    }

    /// Extracts and merges many documents into one graph.
    public func graph(of documents: [SourceDocument]) throws -> KnowledgeGraph {
        GraphBuilder.build(try documents.map(extract), catalog: catalog)
    }
}
