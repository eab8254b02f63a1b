#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NewsGraph
import NewsGraphRDF

/// Writes the N-Triples export as numbered files `graph-00001.nt`, `graph-00002.nt` ... in a
/// directory, each at most `maxBytes` bytes and cut between lines, for bulk loaders that take a
/// directory or a list of files (Virtuoso `ld_dir`, Jena `tdb2.tdbloader`, Oxigraph `load`).
/// Concatenated in name order the files are byte for byte `NTriplesExporter`'s `graph.nt`.
/// A single triple longer than `maxBytes` (a literal over the limit) gets a file of its own.
public struct NTriplesSplitExporter: Sendable {
    public var rdf: GraphRDF
    public var maxBytes: Int

    public init(rdf: GraphRDF = GraphRDF(), maxBytes: Int) {
        self.rdf = rdf
        self.maxBytes = maxBytes
    }

    /// The name of the `number`th file (1-based): five digits, more past 99999.
    public static func fileName(_ number: Int) -> String {
        let digits = String(number)
        return "graph-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + ".nt"
    }

    /// Writes the files (each atomically) and removes `graph-NNNNN.nt` files left in the
    /// directory by an earlier, larger export, so a loader reading `*.nt` never loads a stale
    /// piece. Returns the paths written, in order; an empty graph gives no file.
    @discardableResult
    public func export(_ graph: KnowledgeGraph, toDirectory directory: String) throws -> [String] {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        var written: [String] = []
        try NTriplesBatches(rdf: rdf, maxBytes: maxBytes).forEach(graph) { batch in
            let path = folder + Self.fileName(batch.number)
            let file = try OutputFile(path: path)
            do {
                try file.append(batch.bytes)
                try file.commit()
            } catch {
                file.cancel()
                throw error
            }
            written.append(path)
        }
        let kept = Set(written.map { String($0.dropFirst(folder.count)) })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where Self.isPieceName(name) && !kept.contains(name) {
            if unlink(folder + name) != 0 && errno != ENOENT {
                throw ExportError.io(path: folder + name, message: "cannot remove a piece of an earlier split export (\(String(cString: strerror(errno))))")
            }
        }
        return written
    }

    /// `graph-` + at least five digits + `.nt`.
    static func isPieceName(_ name: String) -> Bool {
        guard name.hasPrefix("graph-"), name.hasSuffix(".nt") else { return false }
        let digits = name.dropFirst(6).dropLast(3)
        return digits.count >= 5 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
