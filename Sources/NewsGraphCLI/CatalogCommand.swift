import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphOntology

/// `newsgraph catalog stats|check`: what the catalog holds, and whether it loads.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Check the ontology and catalog, and count entries by type and label language.",
        subcommands: [Stats.self, Check.self],
        defaultSubcommand: Stats.self)

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entries by type and subclass, and how many carry a label in zh-Hant, zh-Hans and en.")
        @OptionGroup var ontology: OntologyOptions

        func run() throws {
            print(CatalogStats.render(try ontology.pipeline().catalog))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load the ontology and catalog; report every problem with its file and line (exit 7).")
        @OptionGroup var ontology: OntologyOptions

        func run() throws {
            let catalog = try ontology.pipeline().catalog
            print("ok: \(catalog.count) entries")
        }
    }
}

/// The table `catalog stats` prints: one row per type and per subclass.
enum CatalogStats {
    static func render(_ catalog: Catalog) -> String {
        struct Row { var entries = 0, hant = 0, hans = 0, en = 0, aliases = 0, facts = 0 }
        var rows: [String: Row] = [:]
        for entry in catalog.entries {
            for key in Set([entry.type.core.rawValue, entry.type.description]) {
                var row = rows[key] ?? Row()
                row.entries += 1
                if entry.labels["zh-Hant"] != nil { row.hant += 1 }
                if entry.labels["zh-Hans"] != nil { row.hans += 1 }
                if entry.labels["en"] != nil { row.en += 1 }
                row.aliases += entry.aliases.count
                row.facts += entry.facts.count
                rows[key] = row
            }
        }
        func line(_ name: String, _ row: Row) -> String {
            name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + [row.entries, row.hant, row.hans, row.en, row.aliases, row.facts].map { String($0).leftPadded(8) }.joined()
        }
        var out = ["type".padding(toLength: 34, withPad: " ", startingAt: 0) + ["entries", "zh-Hant", "zh-Hans", "en", "aliases", "facts"].map { $0.leftPadded(8) }.joined()]
        var total = Row()
        for core in CoreType.allCases {
            guard let row = rows[core.rawValue] else { continue }
            out.append(line(core.rawValue, row))
            for key in rows.keys.filter({ $0.hasPrefix(core.rawValue + "/") }).sorted() { out.append(line("  " + key.dropFirst(core.rawValue.count + 1), rows[key]!)) }
            total.entries += row.entries; total.hant += row.hant; total.hans += row.hans; total.en += row.en; total.aliases += row.aliases; total.facts += row.facts
        }
        out.append(line("all", total))
        return out.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
