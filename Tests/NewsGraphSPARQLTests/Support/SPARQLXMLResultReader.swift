import Foundation

/// SPARQL XML results (`.srx`) need NewsGraphXML's safe reader, which is not on main yet.
enum SPARQLXMLResultReader {
    static func read(_ url: URL) throws -> ComparableResult? { nil }
}
