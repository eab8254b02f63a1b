import NewsGraphExtraction

/// A readable summary of one document's extraction.
public enum ExtractionTable {
    public static func render(_ extraction: DocumentExtraction) -> String {
        var lines = ["== \(extraction.name): \(extraction.entities.count) entities, \(extraction.relations.count) relations"]
        for entity in extraction.entities.sorted(by: { ($0.type.description, $0.label) < ($1.type.description, $1.label) }) {
            let surfaces = Array(Set(entity.mentions.map(\.text))).sorted().joined(separator: ", ")
            let marker = entity.inCatalog ? " " : "?"
            lines.append("\(marker) \(entity.type.description.padding(toLength: 28, withPad: " ", startingAt: 0)) \(entity.label)  [\(entity.mentions.count)× \(surfaces)]  \(entity.id)")
        }
        let labels = Dictionary(extraction.entities.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        for relation in extraction.relations {
            lines.append("  \(labels[relation.subject] ?? relation.subject) --\(relation.predicate)--> \(labels[relation.object] ?? relation.object)   (\(relation.rule), \(relation.confidence))")
        }
        return lines.joined(separator: "\n")
    }
}
