import Foundation
import NewsGraphText

/// Expands command-line inputs to documents: files as given, directories walked for `*.txt`
/// in sorted order, `-` for standard input.
public enum InputFiles {
    public static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            if argument == "-" { paths.append("-"); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError.unreadable(file: argument, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                let found = textFiles(in: argument)
                if found.isEmpty { throw InputError.noTextFiles(directory: argument) }
                paths += found
            } else {
                paths.append(argument)
            }
        }
        return paths
    }

    static func textFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.hasSuffix(".txt") { found.append(item) }
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.map { base + $0 }
    }

    /// Reads one input's bytes (`-` is standard input).
    public static func read(_ path: String) throws -> SourceDocument {
        if path == "-" {
            return SourceDocument(name: "stdin", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return SourceDocument(name: path, bytes: [UInt8](data))
    }
}
