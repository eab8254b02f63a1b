import Foundation

/// Gold annotations in the format of `../shared/eval/SPEC.md`: one `NAME.gold.json` per document.
public struct GoldStandard: Sendable {
    public struct Document: Decodable, Sendable {
        public var doc: String
        public var entities: [Entity]
        public var relations: [Relation]
    }

    public struct Entity: Decodable, Sendable {
        public var key: String
        /// Acceptable types, most specific first; the first one is charged a miss.
        public var types: [String]
        public var names: [String]
    }

    public struct Relation: Decodable, Sendable {
        public var s: String
        public var p: String
        public var o: String
    }

    /// The predicates the scorer knows; a gold relation with another one is an error.
    public static let predicates: Set<String> = [
        "holdsPositionIn", "memberOf", "subsidiaryOf", "locatedIn", "partOf", "issuedBy",
        "appliesTo", "basedOn", "attended", "authorOf", "cooperatesWith",
    ]
    public static let symmetric: Set<String> = ["cooperatesWith"]

    public var directory: String
    /// Gold documents by the base name of their `doc` field, in file name order.
    public var documents: [(name: String, gold: Document)]

    public init(directory: String, documents: [(name: String, gold: Document)]) {
        self.directory = directory
        self.documents = documents
    }

    /// Reads every `*.gold.json` of a directory, checked as `score.py` checks them.
    public static func load(directory: String) throws -> GoldStandard {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw GoldError.unreadable(file: directory, reason: "no such directory")
        }
        var documents: [(name: String, gold: Document)] = []
        // Code point order, as Python's sorted(os.listdir()).
        for name in names.filter({ $0.hasSuffix(".gold.json") }).sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw GoldError.unreadable(file: path, reason: "cannot read it") }
            let gold: Document
            do {
                gold = try JSONDecoder().decode(Document.self, from: data)
            } catch {
                throw GoldError.invalid(file: path, detail: Self.describe(error))
            }
            let keys = Set(gold.entities.map(\.key))
            for relation in gold.relations {
                guard predicates.contains(relation.p) else { throw GoldError.unknownPredicate(file: path, predicate: relation.p) }
                for end in [relation.s, relation.o] where end != "doc" && !keys.contains(end) {
                    throw GoldError.unknownKey(file: path, key: end)
                }
            }
            let base = (gold.doc as NSString).lastPathComponent
            // A later file for the same document replaces the earlier one in place (a Python dict).
            if let index = documents.firstIndex(where: { $0.name == base }) {
                documents[index].gold = gold
            } else {
                documents.append((base, gold))
            }
        }
        if documents.isEmpty { throw GoldError.noGoldFiles(directory: directory) }
        return GoldStandard(directory: directory, documents: documents)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing field `\(key.stringValue)`" + Self.path(context.codingPath)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.debugDescription + Self.path(context.codingPath)
        case DecodingError.dataCorrupted(let context):
            return "not JSON (\(context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "" : " at " + codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// A gold directory that cannot be used.
public enum GoldError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case invalid(file: String, detail: String)
    case unknownPredicate(file: String, predicate: String)
    case unknownKey(file: String, key: String)
    case noGoldFiles(directory: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read the gold annotations (\(reason)). Check the --gold path."
        case .invalid(let file, let detail):
            return "\(file): error: not a gold file: \(detail). See ../shared/eval/SPEC.md for the format."
        case .unknownPredicate(let file, let predicate):
            return "\(file): error: unknown predicate `\(predicate)`. Use one of: \(GoldStandard.predicates.sorted().joined(separator: ", "))."
        case .unknownKey(let file, let key):
            return "\(file): error: relation end `\(key)` is not the key of an entity in this file. Add the entity or fix the key."
        case .noGoldFiles(let directory):
            return "\(directory): error: no *.gold.json files. Point --gold at a directory of gold annotations."
        }
    }
}
