import Foundation
import NewsGraph
import NewsGraphText

/// One input file of a build.
public struct CorpusFile: Hashable, Sendable {
    /// The path as the user gave it (a directory argument joined with the path below it); this is
    /// the document's name in the store and the graph.
    public var name: String
    /// `GraphBuilder.documentID(name:)`.
    public var documentID: String
    /// Size on disk when listed (for progress; the build reads the real bytes).
    public var byteCount: Int
}

/// A corpus problem found before anything is read.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// Two files whose base names give the same document id: the graph could not tell them apart.
    case duplicateDocument(id: String, first: String, second: String)

    public var description: String {
        switch self {
        case .duplicateDocument(let id, let first, let second):
            return "\(second): error: has the same document id \(id) as \(first) (documents are named by their base name). Rename one of the files."
        }
    }
}

/// Turns command-line paths into the list of documents to build.
public enum Corpus {
    /// Files are taken as given; directories are walked recursively for `*.txt` (hidden files
    /// skipped), each directory's files in sorted order. The same file given twice counts once.
    /// Throws `InputError` for a missing path or a directory without `.txt` files, and
    /// `CorpusError` when two files would get the same document id.
    public static func files(_ paths: [String]) throws -> [CorpusFile] {
        var files: [CorpusFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError.unreadable(file: path, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                let found = try textFiles(in: path)
                if found.isEmpty { throw InputError.noTextFiles(directory: path) }
                files += found
            } else {
                files.append(CorpusFile(name: path, documentID: GraphBuilder.documentID(name: path), byteCount: size(of: path)))
            }
        }
        var seen: [String: String] = [:]
        var unique: [CorpusFile] = []
        for file in files {
            if let first = seen[file.documentID] {
                if first == file.name { continue }
                throw CorpusError.duplicateDocument(id: file.documentID, first: first, second: file.name)
            }
            seen[file.documentID] = file.name
            unique.append(file)
        }
        return unique
    }

    private static func textFiles(in directory: String) throws -> [CorpusFile] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw InputError.unreadable(file: directory, reason: "cannot list the directory")
        }
        let rootPath = root.standardizedFileURL.path
        var relative: [String] = []
        for case let url as URL in walker where url.pathExtension == "txt" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath) else { continue }
            relative.append(String(full.dropFirst(rootPath.count).drop { $0 == "/" }))
        }
        // Scalar order, not locale order: the same on every machine.
        relative.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return relative.map { path in
            let name = prefix + path
            return CorpusFile(name: name, documentID: GraphBuilder.documentID(name: name), byteCount: size(of: name))
        }
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
