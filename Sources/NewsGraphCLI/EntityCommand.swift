import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphOntology

/// `newsgraph entity NAME [--type T] [--db PATH]`
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show an entity: id, type, labels, aliases, mentions and relation counts.",
        discussion: """
            NAME is any label or alias in any script (李家超, 李家超 in Simplified, "Li Ka-chiu" and \
            "John Lee" find the same person; case, hyphens and full-width letters do not matter), \
            an id (ent:...), or part of a name when that part fits one entity only. A name that \
            fits several entities lists them all and exits with status 6, as does a name that \
            fits none. The store is opened read-only.
            """)

    @Argument(help: ArgumentHelp("A name, alias or id.", valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp("Only entities of this type (Person, Organization, Organization/Company, Company, ...).", valueName: "TYPE"))
    var type: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let query = try store.loadQuery()
            let node = try query.resolve(name, type: try EntityTypeOption.parse(type, in: query), store: store.db)
            print(Self.describe(node, in: query, width: Terminal.width), terminator: "")
        }
    }

    static func describe(_ node: GraphNode, in query: GraphQuery, width: Int) -> String {
        let relations = query.relations(of: node.id)
        let outgoing = relations.filter { $0.direction == .outgoing }, incoming = relations.filter { $0.direction == .incoming }
        func byPredicate(_ list: [EntityRelation]) -> String {
            var counts: [String: Int] = [:]
            for relation in list { counts[relation.predicate, default: 0] += 1 }
            guard !counts.isEmpty else { return "" }
            return " (" + counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ") + ")"
        }
        let labels = node.labels.keys.sorted().map { "\($0): \(node.labels[$0]!)" }.joined(separator: "; ")
        let documents = node.documents.map { query.graph.document($0)?.name ?? $0 }
        let fields: [(String, String)] = [
            ("type", node.type.description),
            ("labels", labels.isEmpty ? node.label : labels),
            ("aliases", node.aliases.isEmpty ? "—" : node.aliases.joined(separator: ", ")),
            ("catalog", node.inCatalog ? "yes" : "no (recognised in the text)"),
            ("mentions", "\(node.mentionCount) in \(node.documents.count) document\(node.documents.count == 1 ? "" : "s")"),
            ("documents", documents.joined(separator: ", ")),
            ("relations", "\(outgoing.count) outgoing\(byPredicate(outgoing)), \(incoming.count) incoming\(byPredicate(incoming))"),
        ]
        var out = "\(node.id)  \(node.label)\n"
        let indent = "  " + String(repeating: " ", count: 11)
        for (key, value) in fields {
            out += "  " + key.padding(toLength: 11, withPad: " ", startingAt: 0) + Terminal.wrap(value, width: width, indent: indent) + "\n"
        }
        return out
    }
}

/// `--type`: a type path (`Organization/Company`), a core type, or a subclass alone (`Company`).
enum EntityTypeOption {
    static func parse(_ text: String?, in query: GraphQuery) throws -> EntityType? {
        guard let text else { return nil }
        if let type = EntityType(path: text) { return type }
        if let core = CoreType.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) { return EntityType(core) }
        let known = Set(query.graph.nodes.map(\.type))
        if let type = known.sorted().first(where: { $0.subclass?.lowercased() == text.lowercased() }) { return type }
        let names = CoreType.allCases.map(\.rawValue) + Set(known.compactMap(\.subclass)).sorted()
        throw ValidationError("Unknown type '\(text)'. Types in this store: \(names.joined(separator: ", ")).")
    }
}
