import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph path A B [--max-hops N] [--db PATH]`
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two entities are connected: a shortest chain of relations, with evidence.",
        discussion: """
            Relations are followed in both directions. Of several shortest paths the same one is \
            shown on every run (neighbours are visited by id). A and B are looked up as by \
            `newsgraph entity`. No path within --max-hops is not an error: the command says so \
            and exits 0. The store is opened read-only.
            """)

    @Argument(help: ArgumentHelp("The first entity.", valueName: "A"))
    var from: String

    @Argument(help: ArgumentHelp("The second entity.", valueName: "B"))
    var to: String

    @Option(help: ArgumentHelp("The longest path to look for.", valueName: "N"))
    var maxHops: Int = 6

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if maxHops < 1 { throw ValidationError("--max-hops must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            let query = try store.loadQuery()
            let start = try query.resolve(from, store: store.db)
            let goal = try query.resolve(to, store: store.db)
            guard let path = query.shortestPath(from: start.id, to: goal.id, maxHops: maxHops) else {
                print("\(start.label) and \(goal.label) are not connected within \(maxHops) hop\(maxHops == 1 ? "" : "s").")
                return
            }
            print(Self.describe(path, in: query, width: Terminal.width), terminator: "")
        }
    }

    static func describe(_ path: GraphPath, in query: GraphQuery, width: Int) -> String {
        let first = path.ids.first!, last = path.ids.last!
        var out = "\(query.label(of: first)) → \(query.label(of: last)): \(path.hops) hop\(path.hops == 1 ? "" : "s")\n\n"
        out += "\(query.label(of: first))  (\(first))\n"
        let indent = "      "
        for step in path.steps {
            let arrow = step.direction == .outgoing ? "—\(step.edge.predicate)→" : "←\(step.edge.predicate)—"
            out += "  " + Terminal.wrap("\(arrow) \(query.label(of: step.to))  (\(step.to))", width: width, indent: "  ") + "\n"
            let document = query.graph.document(step.edge.document)?.name ?? step.edge.document
            out += indent + Terminal.wrap("\(document)  \(step.edge.start)–\(step.edge.end): “\(step.edge.evidence)”", width: width, indent: indent) + "\n"
        }
        return out
    }
}
