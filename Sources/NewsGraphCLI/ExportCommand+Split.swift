import ArgumentParser
import Foundation
import NewsGraphExport

/// `newsgraph export --format ntriples --split-mb N --out DIR`: the N-Triples export in
/// numbered, line-aligned pieces for bulk loaders.
extension ExportCommand {
    func validateSplit() throws {
        guard let splitMb else { return }
        guard format == .ntriples else {
            throw ValidationError("--split-mb cuts the N-Triples export: give --format ntriples.")
        }
        guard out != nil else {
            throw ValidationError("--split-mb writes several files: give a directory with --out DIR.")
        }
        guard splitMb.isFinite, splitMb > 0, splitMb * 1_048_576 >= 1, splitMb <= 1_000_000 else {
            throw ValidationError("--split-mb must be a positive number of MiB (at most 1000000); got \(splitMb).")
        }
    }

    /// Writes the pieces and prints one line per file on standard output (path and size), so a
    /// script can hand them to a loader.
    func writeSplit(_ export: GraphExport, megabytes: Double) throws {
        try FileManager.default.createDirectory(atPath: out!, withIntermediateDirectories: true)
        let maxBytes = Int(megabytes * 1_048_576)
        let paths = try NTriplesSplitExporter(rdf: export.rdf, maxBytes: maxBytes).export(export.graph, toDirectory: out!)
        var listing = ""
        for path in paths { listing += path + "\n" }
        FileHandle.standardOutput.write(Data(listing.utf8))
    }
}
