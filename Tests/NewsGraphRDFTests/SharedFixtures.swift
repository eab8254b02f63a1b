import Foundation

/// `<repo>/../shared`, where the W3C suites and validators live outside the repository.
enum SharedFixtures {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static let rdfXMLSuite = directory.appendingPathComponent("w3c-rdf-tests/rdf/rdf11/rdf-xml")

    static var hasRDFXMLSuite: Bool {
        FileManager.default.fileExists(atPath: rdfXMLSuite.appendingPathComponent("manifest.ttl").path)
    }
}

/// The absolute path of an executable on PATH, or nil.
func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let candidate = String(dir) + "/" + tool
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Runs a tool and returns its exit status and combined output.
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
