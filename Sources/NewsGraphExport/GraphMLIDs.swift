import Foundation
import NewsGraph

/// The GraphML ids of one graph: `GraphMLID` for each id, checked for collisions, plus the
/// edge ends that are neither nodes nor documents.
struct GraphMLIDs {
    private var rewritten: [String: String] = [:]
    let missingEnds: [String]

    init(_ graph: KnowledgeGraph) throws {
        var known = Set<String>(minimumCapacity: graph.nodes.count + graph.documents.count)
        graph.nodes.withUnsafeBufferPointer { nodes in for i in nodes.indices { known.insert(nodes[i].id) } }
        for document in graph.documents { known.insert(document.id) }
        // Checking 3 ends of every edge is a tenth of a large export: two halves on two cores.
        let edgeCount = graph.edges.count
        let halves = [0..<edgeCount / 2, edgeCount / 2..<edgeCount]
        let found = UnsafeMutableBufferPointer<Set<String>>.allocate(capacity: 2)
        found.initialize(repeating: [])
        defer { found.deinitialize().deallocate() }
        let knownEnds = known
        graph.edges.withUnsafeBufferPointer { edges in
            // Through the buffer: `for edge in graph.edges` copied each edge (eleven retains).
            nonisolated(unsafe) let edges = edges, found = found
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                var missing = Set<String>()
                for i in halves[half] {
                    if !knownEnds.contains(edges[i].subject) { missing.insert(edges[i].subject) }
                    if !knownEnds.contains(edges[i].object) { missing.insert(edges[i].object) }
                    if !knownEnds.contains(edges[i].document) { missing.insert(edges[i].document) }
                }
                found[half] = missing
            }
        }
        let missing = found[0].union(found[1])
        missingEnds = missing.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // Only ids that had to change can collide (unchanged ids are distinct graph ids).
        var owners: [String: String] = [:]
        var nodeIDs: [String] = []
        nodeIDs.reserveCapacity(known.count + missingEnds.count)
        graph.nodes.withUnsafeBufferPointer { nodes in for i in nodes.indices { nodeIDs.append(nodes[i].id) } }
        for document in graph.documents { nodeIDs.append(document.id) }
        nodeIDs += missingEnds
        for id in nodeIDs {
            let made = GraphMLID.make(id)
            guard made != id else { continue }
            if let other = owners[made] ?? (known.contains(made) || missing.contains(made) ? made : nil) {
                throw ExportError.duplicateGraphMLID(id: made, first: other, second: id)
            }
            owners[made] = id
            rewritten[id] = made
        }
        var edgeOwners: [String: String] = [:]
        // Made only when some edge id changes (`rel:` hashes never do).
        var edgeIDs: Set<String>?
        try graph.edges.withUnsafeBufferPointer { edges in
            for i in edges.indices {
                let id = edges[i].id
                let made = GraphMLID.make(id)
                guard made != id else { continue }
                if edgeIDs == nil { edgeIDs = Set(edges.lazy.map(\.id)) }
                if let other = edgeOwners[made] ?? (edgeIDs!.contains(made) ? made : nil) {
                    throw ExportError.duplicateGraphMLID(id: made, first: other, second: id)
                }
                edgeOwners[made] = id
                rewritten[id] = made
            }
        }
    }

    // Most graphs rewrite no id at all: then skip hashing the id (three lookups per edge).
    func node(_ id: String) -> String { rewritten.isEmpty ? id : rewritten[id] ?? id }
    func edge(_ id: String) -> String { rewritten.isEmpty ? id : rewritten[id] ?? id }
}
