/// The six top-level entity classes of the NewsGraph ontology.
public enum CoreType: String, CaseIterable, Codable, Sendable, Comparable {
    case person = "Person"
    case organization = "Organization"
    case policy = "Policy"
    case place = "Place"
    case event = "Event"
    case product = "Product"

    public static func < (lhs: CoreType, rhs: CoreType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A core type with an optional ontology subclass, written `Organization/GovernmentBody`.
public struct EntityType: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var core: CoreType
    public var subclass: String?

    public init(_ core: CoreType, _ subclass: String? = nil) {
        self.core = core
        self.subclass = subclass
    }

    /// Parses `Person` or `Organization/Company`; nil when the core part is unknown.
    public init?(path: String) {
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first, let core = CoreType(rawValue: first) else { return nil }
        self.core = core
        self.subclass = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    }

    /// The ontology class local name: the subclass if any, else the core type.
    public var className: String { subclass ?? core.rawValue }

    public var description: String { subclass.map { core.rawValue + "/" + $0 } ?? core.rawValue }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.description < rhs.description }
}
