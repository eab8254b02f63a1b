import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphAudit
import NewsGraphExtraction
import NewsGraphOntology
import NewsGraphStore
import NewsGraphText

/// `newsgraph audit CORPUS... | --db PATH [--gold DIR] [--format text|json|html] [--limit N] [--suggestions FILE]`
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Report catalog coverage, unknown names with ready-to-paste catalog rows, and per-document coverage.",
        discussion: """
            Reads text files (directories are walked for *.txt in sorted order) or, with --db, the \
            documents of a store. Sections: 1. catalog coverage (mentions per entry, never-mentioned \
            entries, types, labels per language); 2. names recognisers found that the catalog lacks, \
            ranked by documents, with snippets and a catalog row for each; 3. documents by linked \
            share, lowest first; 4. with --gold DIR, precision/recall/F1 and split/merge checks as \
            ../shared/eval/score.py computes them. --format json is described by docs/audit.schema.json. \
            With --db the store's own catalog snapshot is used (the one its documents were linked with). \
            A progress bar shows on stderr when it is a terminal and the audit takes a while.
            """)

    @Argument(help: ArgumentHelp("Text files or directories of *.txt files.", valueName: "CORPUS"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp("Audit the documents of this store instead of files.", valueName: "PATH"))
    var db: String?

    @OptionGroup var ontology: OntologyOptions

    @Option(name: .long, help: ArgumentHelp("A directory of NAME.gold.json files (../shared/eval/SPEC.md) to score against.", valueName: "DIR"))
    var gold: String?

    @Option(name: .long, help: "text (80 columns), json (docs/audit.schema.json) or html (one self-contained page).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Rows per list in text, bars in the html chart of unknown names (json and html tables list everything).", valueName: "N"))
    var limit: Int = 20

    @Option(name: .long, help: ArgumentHelp("Also write every suggested catalog row to this new catalog file.", valueName: "FILE"))
    var suggestions: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    func validate() throws {
        if corpus.isEmpty && db == nil { throw ValidationError("Give CORPUS files or directories, or --db PATH.") }
        if !corpus.isEmpty && db != nil { throw ValidationError("Give either CORPUS files or --db PATH, not both.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if let suggestions, FileManager.default.fileExists(atPath: suggestions) {
            throw ValidationError("\(suggestions) already exists; --suggestions writes a new file and never overwrites one.")
        }
    }

    func run() throws {
        let goldStandard = try loadGold()
        var failed = false
        let report: AuditReport = try reportingErrors {
            if let db {
                let store = try GraphStore.open(at: db, mode: .readOnly, busyTimeout: Self.lockTimeout)
                defer { try? store.close() }
                return try auditStore(store, gold: goldStandard)
            }
            let pipeline = try ontology.pipeline()
            let files = try Corpus.files(corpus)
            return auditFiles(files, pipeline: pipeline, gold: goldStandard, failed: &failed)
        }
        switch format {
        case .text: print(TextReport.render(report, limit: limit), terminator: "")
        case .json: print(try JSONReport.render(report), terminator: "")
        case .html: print(try HTMLReport.render(report, limit: limit))
        }
        if let suggestions { try writeSuggestions(report, to: suggestions) }
        if failed { throw ExitCode(ExitCodes.input) }
    }

    private func loadGold() throws -> GoldStandard? {
        guard let gold else { return nil }
        do {
            return try GoldStandard.load(directory: gold)
        } catch let error as GoldError {
            printError(error.description)
            throw ExitCode(ExitCodes.input)
        }
    }

    /// Extracts and audits each file in turn; unreadable files are reported and skipped.
    private func auditFiles(_ files: [CorpusFile], pipeline: Pipeline, gold: GoldStandard?, failed: inout Bool) -> AuditReport {
        var auditor = Auditor(catalog: pipeline.catalog, gold: gold)
        var progress = AuditProgress(total: files.count, bytesTotal: files.reduce(0) { $0 + $1.byteCount })
        for file in files {
            do {
                let data = try Self.read(file.name)
                auditor.add(try pipeline.extract(SourceDocument(name: file.name, bytes: data)))
            } catch InputError.empty {
                printError("\(file.name): warning: the file is empty; skipped.")
            } catch {
                printError(ExitCodes.message(for: error))
                failed = true
            }
            progress.advance(bytes: file.byteCount)
        }
        progress.finish()
        return auditor.report()
    }

    private func auditStore(_ store: GraphStore, gold: GoldStandard?) throws -> AuditReport {
        var auditor = Auditor(catalog: try store.catalog() ?? Catalog(entries: []), gold: gold)
        let documents = try store.documents()
        var progress = AuditProgress(total: documents.count, bytesTotal: documents.reduce(0) { $0 + $1.byteCount })
        for document in documents {
            if let extraction = try store.extraction(documentID: document.id) { auditor.add(extraction) }
            progress.advance(bytes: document.byteCount)
        }
        progress.finish()
        return auditor.report()
    }

    private static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return [UInt8](data)
    }

    private func writeSuggestions(_ report: AuditReport, to path: String) throws {
        let rows = report.unknownNames.compactMap(\.suggestion)
        let comment = """
            Suggested by `newsgraph audit` from \(report.summary.documents) documents: names recognisers found that the catalog lacks,
            most documents first. Review every row (type, labels, aliases; add facts) before keeping this file in ontology/catalog/.
            """
        do {
            try CatalogRow.file(rows, comment: comment).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            printError("\(path): error: cannot write the suggestions (\(error.localizedDescription)). Check the directory exists and is writable.")
            throw ExitCode(ExitCodes.generic)
        }
        printError("\(path): \(rows.count) suggested catalog rows written.")
    }

    /// Seconds to wait for another process's lock: `NEWSGRAPH_LOCK_TIMEOUT`, default 5 (as `StoreOptions`).
    static var lockTimeout: Double {
        ProcessInfo.processInfo.environment["NEWSGRAPH_LOCK_TIMEOUT"].flatMap(Double.init) ?? 5
    }
}

/// The progress bar for audits: drawn on stderr only when it is a terminal, and only once an
/// audit has run for half a second, so quick audits and pipes never see it.
struct AuditProgress {
    private let bar = ProgressBar.forStandardError()
    private let started = Date()
    private let total: Int
    private let bytesTotal: Int
    private var done = 0
    private var bytesDone = 0

    init(total: Int, bytesTotal: Int) {
        self.total = total
        self.bytesTotal = bytesTotal
    }

    mutating func advance(bytes: Int) {
        done += 1
        bytesDone += bytes
        let elapsed = Date().timeIntervalSince(started)
        guard let bar, elapsed >= 0.5 else { return }
        bar.update(BuildProgress(documents: done, of: total, bytes: bytesDone, of: bytesTotal, elapsed: elapsed))
    }

    func finish() { bar?.finish() }
}
