/// A problem in a file under `ontology/`. Every message names the file and line and says what to fix.
public struct OntologyError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
    }
}

/// Every problem found while loading, reported together so a curator can fix them in one pass.
public struct OntologyErrors: Error, CustomStringConvertible {
    public var errors: [OntologyError]

    public var description: String {
        let shown = errors.prefix(50).map(\.description)
        let more = errors.count > 50 ? ["... and \(errors.count - 50) more errors"] : []
        return (shown + more + ["NewsGraph refuses to run on a broken catalog or ontology: fix the lines above and run again."]).joined(separator: "\n")
    }
}
