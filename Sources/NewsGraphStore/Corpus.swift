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
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            throw InputError.unreadable(file: directory, reason: "cannot list the directory")
        }
        let rootPaths = [root.path, root.standardizedFileURL.path]
        var found: [(relative: String, size: Int)] = []
        for case let url as URL in walker where url.pathExtension == "txt" {
            // The enumerator fetched these with the listing: no second stat per file.
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            var full = url.path
            if !full.hasPrefix(rootPaths[0]) { full = url.standardizedFileURL.path }
            guard let rootPath = rootPaths.first(where: { full.hasPrefix($0) }) else { continue }
            found.append((String(full.dropFirst(rootPath.count).drop { $0 == "/" }), values.fileSize ?? 0))
        }
        // Scalar order, not locale order: the same on every machine.
        found.sort { $0.relative.unicodeScalars.lexicographicallyPrecedes($1.relative.unicodeScalars) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return found.map { file in
            let name = prefix + file.relative
            return CorpusFile(name: name, documentID: GraphBuilder.documentID(name: name), byteCount: file.size)
        }
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
