import Foundation
import NewsGraphText

/// A hash of the ontology folder's contents, stored with each document so a build notices that
/// the catalog or ontology changed since the document was extracted.
public enum OntologyFingerprint {
    /// FNV-1a 64 over every non-hidden file below `directory` (Markdown excluded: prose does not
    /// change extraction), in sorted relative-path order, path and bytes.
    public static func of(directory: URL) throws -> String {
        let root = directory.standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw InputError.unreadable(file: directory.path, reason: "cannot list the ontology directory")
        }
        var files: [(relative: String, url: URL)] = []
        for case let url as URL in walker where url.pathExtension.lowercased() != "md" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count).drop { $0 == "/" })
            files.append((relative, url))
        }
        files.sort { $0.relative.unicodeScalars.lexicographicallyPrecedes($1.relative.unicodeScalars) }
        var summary: [UInt8] = []
        for file in files {
            let bytes: Data
            do { bytes = try Data(contentsOf: file.url) } catch {
                throw InputError.unreadable(file: file.url.path, reason: error.localizedDescription)
            }
            summary += Array(file.relative.utf8) + [0]
            summary += Array(StableHash.hex(StableHash.fnv1a64(bytes: bytes)).utf8) + [0]
        }
        return StableHash.hex(StableHash.fnv1a64(bytes: summary))
    }
}
