import Foundation

/// Runs `python3` for cross-checks against Python RDF engines.
enum Python {
    /// Whether `python3 -c "import MODULE"` succeeds.
    static func canImport(_ module: String) -> Bool {
        (try? run(["-c", "import \(module)"]).status) == 0
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        // stderr goes to a file so that reading stdout to its end cannot deadlock on a full pipe.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-python-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errHandle.close()
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, stdout, stderr)
    }
}
