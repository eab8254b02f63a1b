import Foundation
import NewsGraphOntology
import NewsGraphText

/// The key names are compared by: script-folded (Traditional = Simplified, full-width = ASCII,
/// Latin lower case), with hyphens, middle dots and runs of white space read as one space, so
/// "Li Ka-chiu", "li ka chiu" and "ＬＩ　ＫＡ－ＣＨＩＵ" meet, as do 李家超 and 李家超 in any script.
enum NameKey {
    static let separators: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{00B7}", "\u{30FB}", "\u{FF65}", "_"]

    static func make(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in ScriptFolding.folded(name).unicodeScalars {
            if scalar.properties.isWhitespace || separators.contains(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether `key` holds `part` at word boundaries (Latin words must be whole; Han characters
    /// need no boundary, Chinese is written without spaces).
    static func contains(_ key: String, _ part: String) -> Bool {
        guard !part.isEmpty, key != part else { return false }
        var searchStart = key.startIndex
        while let range = key.range(of: part, range: searchStart..<key.endIndex) {
            let before = range.lowerBound == key.startIndex ? nil : key.unicodeScalars[key.unicodeScalars.index(before: range.lowerBound)]
            let after = range.upperBound == key.endIndex ? nil : key.unicodeScalars[range.upperBound]
            let first = part.unicodeScalars.first!, last = part.unicodeScalars.last!
            if isBoundary(before, first) && isBoundary(after, last) { return true }
            searchStart = key.index(after: range.lowerBound)
        }
        return false
    }

    private static func isBoundary(_ neighbour: Unicode.Scalar?, _ edge: Unicode.Scalar) -> Bool {
        guard let neighbour else { return true }
        return !(isWordScalar(neighbour) && isWordScalar(edge))
    }

    /// Letters and digits of alphabetic scripts: a match may not cut through a run of them.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return false }
        return !(0x2E80...0x9FFF).contains(scalar.value) && !(0xF900...0xFAFF).contains(scalar.value) && scalar.value < 0x20000
    }
}

/// Why a name could not be resolved to one entity.
public enum GraphQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No entity of the graph has this name. `catalogIDs` lists catalog entries with the name
    /// that no document mentions (so they are not in the graph).
    case notFound(name: String, catalogIDs: [String])
    /// Several entities have this name; `candidates` are all of them, most mentioned first.
    case ambiguous(name: String, candidates: [GraphNode])

    public var description: String {
        switch self {
        case .notFound(let name, let catalogIDs) where !catalogIDs.isEmpty:
            let ids = catalogIDs.map { "ent:" + $0 }.joined(separator: ", ")
            return "no document mentions '\(name)': the catalog knows it (\(ids)), but it is not in the graph. Build the documents that mention it first."
        case .notFound(let name, _):
            return "no entity is named '\(name)'. Check the spelling, try another alias or script, or list names with `newsgraph query`."
        case .ambiguous(let name, let candidates):
            var lines = ["'\(name)' names \(candidates.count) entities; give an id or a fuller name:"]
            for node in candidates {
                lines.append("  \(node.id)  \(node.type)  \(node.label)  (\(node.mentionCount) mention\(node.mentionCount == 1 ? "" : "s"))")
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension GraphQuery {
    static func nameIndex(graph: KnowledgeGraph, catalog: Catalog?) -> [String: [String]] {
        var index: [String: Set<String>] = [:]
        for node in graph.nodes {
            var names = [node.label] + node.labels.values + node.aliases
            if node.inCatalog, let entry = catalog?.entry(node.id) { names += entry.allNames }
            for key in Set(names.map(NameKey.make)) where !key.isEmpty {
                index[key, default: []].insert(node.id)
            }
        }
        return index.mapValues { $0.sorted() }
    }

    /// Candidates are shown most mentioned first, then by id.
    static func ranked(_ nodes: [GraphNode]) -> [GraphNode] {
        nodes.sorted { ($0.mentionCount, $1.id) > ($1.mentionCount, $0.id) }
    }

    /// Every entity one of whose names (label, labels in every language, aliases, surface forms
    /// seen, and catalog names of catalog entities) equals `name` after folding, most mentioned
    /// first. Several results mean the name is ambiguous.
    public func entities(named name: String) -> [GraphNode] {
        Self.ranked((nodesByName[NameKey.make(name)] ?? []).compactMap(graph.node))
    }

    /// Entities with a name that contains `name` as whole words (Latin) or as a run of
    /// characters (Chinese): "Sun" finds Sun Dong and Chris Sun Yuk-han; 數碼港 finds Cyberport
    /// and 數碼港人工智能超算中心. Exact matches are not included. Most mentioned first.
    public func entities(matching name: String) -> [GraphNode] {
        let key = NameKey.make(name)
        guard key.unicodeScalars.count >= 2 else { return [] }
        var ids = Set<String>()
        for (candidate, nodes) in nodesByName where NameKey.contains(candidate, key) {
            ids.formUnion(nodes)
        }
        ids.subtract(nodesByName[key] ?? [])
        return Self.ranked(ids.compactMap(graph.node))
    }

    /// The one entity `name` stands for: an id (`ent:…`) or entity IRI; else the only entity
    /// with that name; else the only entity whose name contains it (see `entities(matching:)`).
    /// - Throws: `GraphQueryError.ambiguous` with every candidate rather than guessing, or
    ///   `GraphQueryError.notFound`.
    public func resolve(_ name: String, type: EntityType? = nil) throws -> GraphNode {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let node = graph.node(trimmed) ?? rdf.graphID(trimmed).flatMap(graph.node) {
            return node
        }
        func typed(_ nodes: [GraphNode]) -> [GraphNode] {
            guard let type else { return nodes }
            return nodes.filter { type.subclass == nil ? $0.type.core == type.core : $0.type == type }
        }
        for candidates in [typed(entities(named: trimmed)), typed(entities(matching: trimmed))] where !candidates.isEmpty {
            if candidates.count == 1 { return candidates[0] }
            throw GraphQueryError.ambiguous(name: trimmed, candidates: candidates)
        }
        throw GraphQueryError.notFound(name: trimmed, catalogIDs: catalogEntries(named: trimmed).map(\.id).filter { graph.node("ent:" + $0) == nil })
    }

    /// Catalog entries with this name (folded as for entities), whether or not the graph has
    /// them. Sorted by id. (A scan of the catalog: only asked when a name is not in the graph.)
    public func catalogEntries(named name: String) -> [CatalogEntry] {
        let key = NameKey.make(name)
        return (catalog?.entries ?? []).filter { entry in entry.allNames.contains { NameKey.make($0) == key } }
    }
}
