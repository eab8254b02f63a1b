import Foundation

/// The package root, found from this file's path (Tests/NewsGraphCLITests/CLITestSupport.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `newsgraph` executable `swift build` / `swift test` leaves in the build folder.
let executable = repositoryRoot.appendingPathComponent(".build/debug/newsgraph")
let executableExists = FileManager.default.isExecutableFile(atPath: executable.path)

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
}

/// A fresh temporary directory.
func temporaryDirectory(_ prefix: String = "newsgraph-cli-") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// Runs the built executable. Output goes through files, not pipes, so large outputs cannot
/// fill a pipe buffer and dead-lock the test.
func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> RunResult {
    let scratch = try temporaryDirectory("newsgraph-run-")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    if let stdin {
        let input = scratch.appendingPathComponent("stdin")
        try stdin.write(to: input)
        process.standardInput = try FileHandle(forReadingFrom: input)
    } else {
        process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return RunResult(status: process.terminationStatus,
                     stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                     stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
}

/// A small ontology folder (the real newsgraph.owl and a few catalog rows), so CLI tests do
/// not depend on the state of the real catalog.
func temporaryOntology(catalog: String? = nil) throws -> URL {
    let directory = try temporaryDirectory("newsgraph-ontology-")
    let catalogDirectory = directory.appendingPathComponent("catalog")
    try FileManager.default.createDirectory(at: catalogDirectory, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("ontology/newsgraph.owl"), to: directory.appendingPathComponent("newsgraph.owl"))
    let rows = catalog ?? [
        "hong-kong\tPlace/Region\t香港\t\tHong Kong\tHKSAR\t",
        "cyberport\tOrganization/Company\t數碼港\t\tCyberport\t\tlocatedIn:hong-kong",
        "development-bureau\tOrganization/GovernmentBody\t發展局\t\tDevelopment Bureau\t\t",
    ].joined(separator: "\n")
    try Data(("#newsgraph-catalog v1\nid\ttype\tzh-Hant\tzh-Hans\ten\taliases\tfacts\n" + rows + "\n").utf8).write(to: catalogDirectory.appendingPathComponent("test.tsv"))
    return directory
}

/// A directory of input files (name -> bytes).
func inputDirectory(_ files: [String: [UInt8]]) throws -> URL {
    let directory = try temporaryDirectory("newsgraph-input-")
    for (name, bytes) in files {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
    return directory
}

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Parses one JSON Lines record.
func record(_ line: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
}
