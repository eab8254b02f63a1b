import NewsGraphText
import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphSPARQL

/// `newsgraph neighbours NAME [--depth N] [--db PATH]`
struct NeighboursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbours",
        abstract: "List what lies within N relations of an entity, ring by ring.",
        discussion: """
            Relations are followed in both directions. Each row names the relation through which \
            the entity was first reached. NAME is looked up as by `newsgraph entity`. The table \
            fits the terminal ($COLUMNS, else 80). The store is opened read-only.
            """,
        aliases: ["neighbors"])

    @Argument(help: ArgumentHelp("A name, alias or id.", valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp("How many relations away to look.", valueName: "N"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Only entities of this type, when the name fits several.", valueName: "TYPE"))
    var type: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            let query = try store.loadQuery()
            let node = try query.resolve(name, type: try EntityTypeOption.parse(type, in: query), store: store.db)
            let neighbourhood = query.neighbourhood(of: node.id, depth: depth)
            print(Self.render(neighbourhood, in: query, width: Terminal.width), terminator: "")
        }
    }

    static func render(_ neighbourhood: Neighbourhood, in query: GraphQuery, width: Int) -> String {
        let others = neighbourhood.neighbours.dropFirst()
        var out = "\(query.label(of: neighbourhood.center)) (\(neighbourhood.center)): \(others.count) within \(neighbourhood.depth) hop\(neighbourhood.depth == 1 ? "" : "s"), \(neighbourhood.edges.count) relation\(neighbourhood.edges.count == 1 ? "" : "s") among them\n"
        guard !others.isEmpty else { return out }
        // Each row reads as a statement: "Hong Kong ←locatedIn— Cyberport" (Cyberport is located
        // in Hong Kong), the relation through which the row was first reached.
        let rows: [[String]] = others.map { neighbour in
            let type = query.node(neighbour.id)?.type.description ?? (query.graph.document(neighbour.id) != nil ? "Document" : "")
            var relation = "", from = ""
            if let step = neighbour.via {
                relation = step.direction == .outgoing ? "←\(step.edge.predicate)—" : "—\(step.edge.predicate)→"
                from = query.label(of: step.from)
            }
            return [String(neighbour.distance), query.label(of: neighbour.id), relation, from, type]
        }
        out += TableRenderer.render(header: ["hops", "entity", "relation", "of", "type"], rows: Self.fitNames(rows, width: width), maxWidth: width)
        return out
    }

    /// Names (columns 1 and 3) give way first when the table is wider than the terminal, so
    /// the relation and the type stay readable.
    static func fitNames(_ rows: [[String]], width: Int) -> [[String]] {
        func widest(_ column: Int, _ header: String) -> Int { rows.map { DisplayWidth.of($0[column]) }.max().map { max($0, DisplayWidth.of(header)) } ?? 0 }
        let fixed = widest(0, "hops") + widest(2, "relation") + widest(4, "type")
        let room = width - 16 - fixed  // borders and padding of five columns: 3 * 5 + 1
        var entity = widest(1, "entity"), of = widest(3, "of")
        guard entity + of > room else { return rows }
        let half = max(6, room / 2)
        if entity <= half { of = max(6, room - entity) }
        else if of <= half { entity = max(6, room - of) }
        else { entity = max(6, room - half); of = half }
        return rows.map { row in [row[0], Terminal.fit(row[1], entity), row[2], Terminal.fit(row[3], of), row[4]] }
    }
}
