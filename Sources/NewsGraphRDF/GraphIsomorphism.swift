/// Graph equality up to blank node renaming (RDF 1.1 Concepts, section 3.6), for tests and checks
/// on small graphs. Duplicate triples are ignored.
public enum GraphIsomorphism {
    public static func isIsomorphic(_ a: [Triple], _ b: [Triple]) -> Bool {
        let setA = Set(a), setB = Set(b)
        guard setA.count == setB.count else { return false }
        let groundA = setA.filter { !$0.hasBlank }, groundB = setB.filter { !$0.hasBlank }
        guard groundA == groundB else { return false }
        let blankA = setA.filter(\.hasBlank).sorted(), blankB = setB.filter(\.hasBlank).sorted()
        let nodesA = blankNodes(blankA), nodesB = blankNodes(blankB)
        guard nodesA.count == nodesB.count else { return false }
        let (colorsA, colorsB) = refineColors(blankA, nodesA, blankB, nodesB)
        guard colorsA.values.sorted() == colorsB.values.sorted() else { return false }

        // Map the most constrained blank nodes first.
        let classSize = Dictionary(colorsA.values.map { ($0, 1) }, uniquingKeysWith: +)
        let order = nodesA.sorted { (classSize[colorsA[$0]!]!, $0) < (classSize[colorsA[$1]!]!, $1) }
        var triplesOf: [String: [Triple]] = [:]
        for triple in blankA {
            for label in triple.blankLabels { triplesOf[label, default: []].append(triple) }
        }
        var mapping: [String: String] = [:]
        var used: Set<String> = []

        func consistent(_ label: String) -> Bool {
            for triple in triplesOf[label] ?? [] {
                guard let mapped = triple.mapping(mapping) else { continue }
                if !setB.contains(mapped) { return false }
            }
            return true
        }

        func search(_ position: Int) -> Bool {
            if position == order.count { return true }
            let label = order[position]
            for candidate in nodesB where !used.contains(candidate) && colorsB[candidate] == colorsA[label] {
                mapping[label] = candidate
                used.insert(candidate)
                if consistent(label) && search(position + 1) { return true }
                mapping[label] = nil
                used.remove(candidate)
            }
            return false
        }
        return search(0)
    }

    private static func blankNodes(_ triples: [Triple]) -> [String] {
        Set(triples.flatMap(\.blankLabels)).sorted()
    }

    /// Colour refinement: a blank node's colour summarises the triples around it, recomputed from
    /// the neighbours' colours until the partition stops splitting. Colours are shared between the
    /// two graphs so they can be compared.
    private static func refineColors(_ a: [Triple], _ nodesA: [String], _ b: [Triple], _ nodesB: [String]) -> ([String: Int], [String: Int]) {
        var colorsA = Dictionary(uniqueKeysWithValues: nodesA.map { ($0, 0) })
        var colorsB = Dictionary(uniqueKeysWithValues: nodesB.map { ($0, 0) })
        var classes = 1
        for _ in 0...(nodesA.count) {
            var palette: [String: Int] = [:]
            func recolor(_ triples: [Triple], _ nodes: [String], _ colors: [String: Int]) -> [String: Int] {
                var signatures: [String: [String]] = [:]
                for triple in triples {
                    let s = describe(triple.subject, colors), p = describe(triple.predicate, colors), o = describe(triple.object, colors)
                    if case .blank(let label) = triple.subject { signatures[label, default: []].append("s \(p) \(o)") }
                    if case .blank(let label) = triple.object { signatures[label, default: []].append("o \(s) \(p)") }
                }
                var result: [String: Int] = [:]
                for node in nodes {
                    let signature = "\(colors[node]!)|" + (signatures[node] ?? []).sorted().joined(separator: "|")
                    if palette[signature] == nil { palette[signature] = palette.count }
                    result[node] = palette[signature]
                }
                return result
            }
            let nextA = recolor(a, nodesA, colorsA), nextB = recolor(b, nodesB, colorsB)
            colorsA = nextA
            colorsB = nextB
            let count = Set(nextA.values).count
            if count == classes { break }
            classes = count
        }
        return (colorsA, colorsB)
    }

    private static func describe(_ term: Term, _ colors: [String: Int]) -> String {
        if case .blank(let label) = term { return "_:\(colors[label] ?? -1)" }
        return term.description
    }
}

extension Triple {
    var hasBlank: Bool { subject.isBlank || object.isBlank }

    var blankLabels: [String] {
        var labels: [String] = []
        if case .blank(let label) = subject { labels.append(label) }
        if case .blank(let label) = object { labels.append(label) }
        return labels
    }

    /// The triple with blank labels renamed, or nil when a label is not mapped yet.
    func mapping(_ map: [String: String]) -> Triple? {
        func rename(_ term: Term) -> Term? {
            guard case .blank(let label) = term else { return term }
            return map[label].map(Term.blank)
        }
        guard let s = rename(subject), let o = rename(object) else { return nil }
        return Triple(s, predicate, o)
    }
}
