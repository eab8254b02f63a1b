import Foundation
import NewsGraphText

/// Reads `catalog/*.tsv` (format: `ontology/README.md`) and checks every entry against the
/// ontology. Any problem stops the load: NewsGraph never runs on a catalog it had to guess about.
public enum CatalogLoader {
    public static let versionLine = "#newsgraph-catalog v1"
    public static let header = ["id", "type", "zh-Hant", "zh-Hans", "en", "aliases", "facts"]
    public static let ambiguityVersionLine = "#newsgraph-ambiguous v1"

    /// An alias two entities share, and which one a bare mention means.
    public struct Ambiguity: Hashable, Sendable {
        public var alias: String
        public var prefer: String
        public var reason: String
        public var file: String = ""
        public var line: Int = 0
    }

    public static func load(directory: URL, ontology: Ontology) throws -> (Catalog, [Ambiguity]) {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".tsv") && $0 != "ambiguous.tsv" }
            .sorted()
        if files.isEmpty {
            throw OntologyErrors(errors: [OntologyError(file: directory.path, line: 0, "no catalog files (*.tsv) found. Add at least one catalog file; see ontology/README.md.")])
        }
        var errors: [OntologyError] = []
        var entries: [CatalogEntry] = []
        for name in files {
            let path = directory.appendingPathComponent(name).path
            entries += parseFile(path: path, errors: &errors)
        }
        var ambiguities: [Ambiguity] = []
        let ambiguityPath = directory.appendingPathComponent("ambiguous.tsv").path
        if FileManager.default.fileExists(atPath: ambiguityPath) {
            ambiguities = parseAmbiguities(path: ambiguityPath, errors: &errors)
        }
        validate(entries, ontology: ontology, ambiguities: ambiguities, errors: &errors)
        if !errors.isEmpty { throw OntologyErrors(errors: errors) }
        return (Catalog(entries: entries), ambiguities)
    }

    static func readLines(path: String, errors: inout [OntologyError]) -> [Substring]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            errors.append(OntologyError(file: path, line: 0, "cannot read the file. Check it exists and is readable."))
            return nil
        }
        let bytes = [UInt8](data)
        if let bad = TextDecoder.firstInvalidUTF8(bytes) {
            errors.append(OntologyError(file: path, line: 1 + bytes[..<bad].filter { $0 == 0x0A }.count, "invalid UTF-8 at byte offset \(bad). Save the file as UTF-8."))
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Split on the scalar LF: Swift reads "\r\n" as one Character, so splitting Characters
        // on "\n" would see a Windows file as one line.
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Substring(String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...])))
        }
    }

    static func parseFile(path: String, errors: inout [OntologyError]) -> [CatalogEntry] {
        guard let lines = readLines(path: path, errors: &errors) else { return [] }
        guard lines.first.map(String.init) == versionLine else {
            errors.append(OntologyError(file: path, line: 1, "the first line must be `\(versionLine)` (found `\(lines.first ?? "")`). This NewsGraph reads catalog format v1 only; see ontology/README.md."))
            return []
        }
        var entries: [CatalogEntry] = []
        var sawHeader = false
        for (offset, raw) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let line = String(raw)
            if line.trimmedOfSpaces.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmedOfSpaces }
            if !sawHeader {
                if columns != header {
                    errors.append(OntologyError(file: path, line: number, "expected the header row `\(header.joined(separator: "<TAB>"))`. Put it right after the version line."))
                    return []
                }
                sawHeader = true
                continue
            }
            if columns.count < 5 || columns.count > 7 {
                errors.append(OntologyError(file: path, line: number, "expected 7 tab-separated columns (id, type, zh-Hant, zh-Hans, en, aliases, facts), found \(columns.count). Check for missing or extra tabs."))
                continue
            }
            if let entry = parseEntry(columns + Array(repeating: "", count: 7 - columns.count), path: path, line: number, errors: &errors) {
                entries.append(entry)
            }
        }
        return entries
    }

    static func parseEntry(_ c: [String], path: String, line: Int, errors: inout [OntologyError]) -> CatalogEntry? {
        let id = c[0]
        guard isValidID(id) else {
            errors.append(OntologyError(file: path, line: line, "invalid id `\(id)`. Use a lower-case hyphenated slug such as `john-lee-ka-chiu`."))
            return nil
        }
        guard let type = EntityType(path: c[1]) else {
            errors.append(OntologyError(file: path, line: line, "unknown type `\(c[1])` for `\(id)`. Use Person, Organization, Policy, Place, Event or Product, optionally with a subclass (Organization/Company)."))
            return nil
        }
        var labels: [String: String] = [:]
        if !c[2].isEmpty { labels["zh-Hant"] = c[2] }
        if !c[3].isEmpty { labels["zh-Hans"] = c[3] } else if !c[2].isEmpty { labels["zh-Hans"] = simplified(c[2]) }
        if !c[4].isEmpty { labels["en"] = c[4] }
        if labels.isEmpty {
            errors.append(OntologyError(file: path, line: line, "`\(id)` has no label. Give at least one of zh-Hant, zh-Hans, en."))
            return nil
        }
        let labelSet = Set(labels.values)
        var seen = Set<String>()
        var aliases: [String] = []
        for alias in c[5].split(separator: "|").map({ $0.trimmedOfSpaces }) where !alias.isEmpty {
            if labelSet.contains(alias) || !seen.insert(alias).inserted { continue }
            aliases.append(alias)
        }
        var facts: [CatalogFact] = []
        for item in c[6].split(separator: ";").map({ $0.trimmedOfSpaces }) where !item.isEmpty {
            guard let fact = parseFact(item) else {
                errors.append(OntologyError(file: path, line: line, "cannot read the fact `\(item)` of `\(id)`. Write `predicate:object-id` or `predicate:object-id[role|period]`."))
                continue
            }
            facts.append(fact)
        }
        return CatalogEntry(id: id, type: type, labels: labels, aliases: aliases, facts: facts, file: path, line: line)
    }

    static func parseFact(_ item: String) -> CatalogFact? {
        var body = item
        var role: String? = nil, period: String? = nil
        if let open = body.firstIndex(of: "["), body.hasSuffix("]") {
            let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmedOfSpaces }
            role = parts.first.flatMap { $0.isEmpty ? nil : $0 }
            period = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            body = String(body[..<open])
        }
        let parts = body.split(separator: ":", maxSplits: 1).map { $0.trimmedOfSpaces }
        guard parts.count == 2, !parts[0].isEmpty, isValidID(parts[1]) else { return nil }
        return CatalogFact(predicate: parts[0], object: parts[1], role: role, period: period)
    }

    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The plain character conversion of a Traditional label (for derived zh-Hans labels):
    /// ICU's Hant-Hans per character, through the folding table built from it (so loading
    /// thousands of labels costs no transform calls), keeping Latin letters as written.
    public static func simplified(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let folded = CharacterClass.isHan(scalar.value) ? ScriptFolding.simplified(scalar.value) : scalar.value
            view.append(Unicode.Scalar(folded) ?? scalar)
        }
        return String(view)
    }

    static func parseAmbiguities(path: String, errors: inout [OntologyError]) -> [Ambiguity] {
        guard let lines = readLines(path: path, errors: &errors) else { return [] }
        guard lines.first.map(String.init) == ambiguityVersionLine else {
            errors.append(OntologyError(file: path, line: 1, "the first line must be `\(ambiguityVersionLine)`."))
            return []
        }
        var result: [Ambiguity] = []
        for (offset, raw) in lines.enumerated().dropFirst() {
            let line = String(raw)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("alias\t") { continue }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count == 3, !c[0].isEmpty, isValidID(c[1]), !c[2].isEmpty else {
                errors.append(OntologyError(file: path, line: offset + 1, "expected `alias<TAB>prefer-id<TAB>reason`."))
                continue
            }
            result.append(Ambiguity(alias: c[0], prefer: c[1], reason: c[2], file: path, line: offset + 1))
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (no Foundation round trip).
    var trimmedOfSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
