import Foundation

/// Locations in `<repo>/../shared`, resolved from this file's path.
enum SharedPaths {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    static let sparql10 = shared.appendingPathComponent("w3c-rdf-tests/sparql/sparql10")

    static let sparql11 = shared.appendingPathComponent("w3c-rdf-tests/sparql/sparql11")

    static var hasSPARQL11: Bool {
        FileManager.default.fileExists(atPath: sparql11.appendingPathComponent("manifest-sparql11-query.ttl").path)
    }

    static var hasSPARQL10: Bool {
        FileManager.default.fileExists(atPath: sparql10.appendingPathComponent("manifest-evaluation.ttl").path)
    }
}
