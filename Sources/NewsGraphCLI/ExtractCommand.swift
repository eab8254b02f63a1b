import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphText

/// `newsgraph extract FILE|DIR|- ...`: one JSON line per document (what score.py reads), or a table.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract linked entities and evidenced relations from documents.",
        discussion: "Directories are walked for *.txt files in sorted order; '-' reads standard input. Empty files are skipped with a warning; unreadable, binary or non-UTF-8 files are reported and the command exits with status 3 after processing the rest.")

    @Argument(help: "Files, directories or '-'.")
    var inputs: [String]

    @Option(name: .long, help: "jsonl (one JSON object per document) or table.")
    var format: OutputFormat = .jsonl

    @OptionGroup var ontologyOptions: OntologyOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }

    func run() throws {
        let pipeline = try ontologyOptions.pipeline()
        let paths: [String]
        do { paths = try InputFiles.expand(inputs) } catch {
            printError("\(error)")
            throw ExitCode(ExitCodes.input)
        }
        var failed = false
        for path in paths {
            do {
                let document = try InputFiles.read(path)
                let extraction = try pipeline.extract(document)
                switch format {
                case .jsonl: print(try ExtractionJSON.line(for: extraction))
                case .table: print(ExtractionTable.render(extraction))
                }
            } catch let error as InputError {
                if case .empty = error {
                    printError("\(path): warning: the file is empty; skipped.")
                    continue
                }
                printError("\(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(ExitCodes.input) }
    }
}

/// `newsgraph repair FILE`: the repaired text, as extraction sees it.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repair", abstract: "Print a document's text after OCR repair.")

    @Argument(help: "A file or '-'.")
    var input: String

    func run() throws {
        do {
            let document = try InputFiles.read(input)
            let text = try TextDecoder.decode(document.bytes, name: document.name)
            print(TextRepair.repair(text).text)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitCodes.input)
        }
    }
}
