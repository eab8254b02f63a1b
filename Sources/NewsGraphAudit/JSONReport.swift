import Foundation

/// The report as JSON (`--format json`): `AuditReport` encoded with sorted keys, described by
/// `docs/audit.schema.json`. Offsets count Unicode scalars, as Python's `str` indexes.
public enum JSONReport {
    public static func render(_ report: AuditReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
