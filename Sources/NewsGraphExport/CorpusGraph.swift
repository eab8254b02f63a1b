import NewsGraph

/// Builds the graph of a corpus the way `newsgraph export` does: every document read,
/// extracted and merged; empty files skipped with a warning; any other unreadable or
/// undecodable document reported, and the build refused after all were tried (an export that
/// silently lacked a document would be worse than none).
public enum CorpusGraph {
    /// `paths` as `InputFiles.expand` gives them. `name` turns a path into the document name the
    /// graph records (the CLI keeps the path as typed; tests make it repository-relative).
    public static func build(paths: [String], pipeline: Pipeline, name: (String) -> String = { $0 }, warning: (String) -> Void) throws -> KnowledgeGraph {
        var failures: [String] = []
        let extractions = collect(paths, failures: &failures) { path -> SourceDocument? in
            var document = try InputFiles.read(path)
            if document.bytes.isEmpty {
                warning("\(path): warning: the file is empty; skipped.")
                return nil
            }
            document.name = name(document.name)
            return document
        } extract: {
            try pipeline.extract($0)
        }
        if !failures.isEmpty { throw DocumentErrors(messages: failures) }
        return GraphBuilder.build(extractions, catalog: pipeline.catalog)
    }

    /// Generic over the extraction type, which lives in a module this one does not import.
    private static func collect<Extraction>(_ paths: [String], failures: inout [String], read: (String) throws -> SourceDocument?, extract: (SourceDocument) throws -> Extraction) -> [Extraction] {
        var extractions: [Extraction] = []
        for path in paths {
            do {
                if let document = try read(path) { extractions.append(try extract(document)) }
            } catch {
                failures.append("\(error)")
            }
        }
        return extractions
    }
}

/// Documents that could not be read or decoded; `messages` has one line per document.
public struct DocumentErrors: Error, CustomStringConvertible {
    public var messages: [String]
    public var description: String { messages.joined(separator: "\n") }
}
