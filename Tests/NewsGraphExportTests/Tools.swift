import Foundation

/// The repository, `../shared`, and external validators, found at test time.
enum Tools {
    /// The repository root (three levels above this file).
    static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared: URL = repository.deletingLastPathComponent().appendingPathComponent("shared")

    static func sharedFile(_ path: String) -> String? {
        let url = shared.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    /// The full path of `name` on PATH, if any.
    static func executable(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func pythonHas(_ module: String) -> Bool {
        guard let python = executable("python3") else { return false }
        return (try? run(python, ["-c", "import " + module]).status) == 0
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var all: String { stdout + stderr }
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // stderr goes to a file and stdout to a pipe read to its end: neither can fill up and block.
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-stderr-" + UUID().uuidString).path
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let out = Pipe()
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static let checkGraphML = sharedFile("tools/check_graphml.sh")
    static let checkRDFXML = sharedFile("tools/check_rdfxml.sh")
    static let graphMLSchema = sharedFile("schemas/graphml/graphml.xsd")
    static let hasXmllint = executable("xmllint") != nil
    static let hasRapper = executable("rapper") != nil
    static let hasPythonRDF = pythonHas("rdflib") && pythonHas("pyoxigraph")
    static let hasNetworkX = pythonHas("networkx") && pythonHas("igraph")
    static let hasJena = FileManager.default.fileExists(atPath: "/usr/share/java/jena-cmds.jar") && sharedFile("tools/jena.sh") != nil
}
