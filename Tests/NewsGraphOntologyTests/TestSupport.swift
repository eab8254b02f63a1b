import Foundation
import NewsGraphOntology

/// The package root, found from this file's path (Tests/NewsGraphOntologyTests/TestSupport.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let ontologyDirectory = repositoryRoot.appendingPathComponent("ontology")
let ontologyFile = ontologyDirectory.appendingPathComponent("newsgraph.owl")

/// The real ontology, loaded once per test process.
let realOntology: Ontology = try! OntologyLoader.load(file: ontologyFile)

/// A fresh temporary catalog directory holding the given files (name -> content).
func temporaryCatalog(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-catalog-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, content) in files {
        try Data(content.utf8).write(to: directory.appendingPathComponent(name))
    }
    return directory
}

/// The version line and header row every catalog file starts with.
let catalogHead = "#newsgraph-catalog v1\nid\ttype\tzh-Hant\tzh-Hans\ten\taliases\tfacts\n"

/// A catalog file from rows given as column arrays (joined with tabs).
func catalogFile(_ rows: [[String]]) -> String {
    catalogHead + rows.map { $0.joined(separator: "\t") + "\n" }.joined()
}

/// Loads a temporary catalog against the real ontology; returns the error lines (empty on success).
func loadErrors(_ files: [String: String]) throws -> (directory: URL, errors: [String]) {
    let directory = try temporaryCatalog(files)
    do {
        _ = try CatalogLoader.load(directory: directory, ontology: realOntology)
        return (directory, [])
    } catch let error as OntologyErrors {
        return (directory, error.errors.map(\.description))
    }
}

/// Rows every test catalog can point facts at.
let anchorRows: [[String]] = [
    ["hong-kong", "Place/Region", "香港", "", "Hong Kong", "HKSAR", ""],
    ["hksar-government", "Organization/GovernmentBody", "香港特區政府", "", "Hong Kong SAR Government", "特區政府", "locatedIn:hong-kong"],
]
