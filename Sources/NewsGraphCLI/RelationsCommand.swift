import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph relations NAME [--predicate P] [--direction out|in] [--db PATH]`
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List an entity's relations, each with the sentence, document and offsets that state it.",
        discussion: """
            NAME is looked up as by `newsgraph entity`. Offsets count Unicode scalars in the \
            document's repaired text (`newsgraph repair DOC`). A relation stated in several places \
            is listed once per place. The store is opened read-only.
            """)

    enum Direction: String, ExpressibleByArgument, CaseIterable {
        case out, `in`, both
    }

    @Argument(help: ArgumentHelp("A name, alias or id.", valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp("Only this predicate (holdsPositionIn or kg:holdsPositionIn).", valueName: "P"))
    var predicate: String?

    @Option(help: "out (the entity is the subject), in (the object) or both.")
    var direction: Direction = .both

    @Option(help: ArgumentHelp("Only entities of this type, when the name fits several.", valueName: "TYPE"))
    var type: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let query = try store.loadQuery()
            let node = try query.resolve(name, type: try EntityTypeOption.parse(type, in: query), store: store.db)
            if let predicate {
                let bare = GraphQuery.predicateName(predicate)
                guard query.predicates.contains(bare) else {
                    throw LookupError(store: store.db, message: "no relation in the store uses the predicate '\(bare)'. Predicates in the store: \(query.predicates.joined(separator: ", ")).")
                }
            }
            let relations = query.relations(of: node.id, predicate: predicate, direction: direction == .both ? nil : direction == .out ? .outgoing : .incoming)
            let width = Terminal.width
            var out = "\(node.label) (\(node.id)): \(relations.count) relation\(relations.count == 1 ? "" : "s")"
            if let predicate { out += " with predicate \(GraphQuery.predicateName(predicate))" }
            out += "\n"
            for (number, relation) in relations.enumerated() {
                out += "\n" + Self.describe(relation, of: node, number: number + 1, in: query, width: width)
            }
            print(out, terminator: "")
        }
    }

    /// Three parts: the triple with the role, where it is stated, and the sentence.
    static func describe(_ relation: EntityRelation, of node: GraphNode, number: Int, in query: GraphQuery, width: Int) -> String {
        let prefix = "\(number). "
        let indent = String(repeating: " ", count: prefix.count)
        let subject = relation.direction == .outgoing ? node.label : query.label(of: relation.otherID)
        let object = relation.direction == .outgoing ? query.label(of: relation.otherID) : node.label
        var head = "\(subject) —\(relation.predicate)→ \(object)"
        if let role = relation.edge.role { head += "  [\(role)]" }
        let documentName = relation.document?.name ?? relation.edge.document
        let place = "\(documentName)  \(relation.start)–\(relation.end)  (\(relation.edge.rule), \(GraphRDFNumbers.confidence(relation.edge.confidence)))"
        return prefix + Terminal.wrap(head, width: width, indent: indent) + "\n"
            + indent + Terminal.wrap(place, width: width, indent: indent) + "\n"
            + indent + Terminal.wrap("“" + relation.evidence + "”", width: width, indent: indent) + "\n"
    }
}

enum GraphRDFNumbers {
    /// A confidence as written in RDF (0.6, 0.85).
    static func confidence(_ value: Double) -> String { GraphRDF.decimal(value) }
}
