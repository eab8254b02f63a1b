import Foundation

/// Runs the built `newsgraph` binary the way a user does: arguments, a working directory, and
/// stdout, stderr and the exit status captured.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CommandRunner {
    /// The `newsgraph` executable next to the test bundle (`.build/<config>/newsgraph`).
    static let executable: URL = {
        var candidates: [URL] = []
        if let bundleDirectory = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundleDirectory.appendingPathComponent("newsgraph"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("newsgraph"))
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/newsgraph"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    static let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Starts the binary without waiting (for the crash test).
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandResult {
        try runProgram(executable.path, arguments, in: directory, environment: environment)
    }

    static func runProgram(_ program: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        let stdoutData = Locked(Data()), stderrData = Locked(Data())
        let group = DispatchGroup()
        for (pipe, sink) in [(out, stdoutData), (err, stderrData)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                sink.withLock { $0 = data }
                group.leave()
            }
        }
        process.waitUntilExit()
        group.wait()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData.withLock { $0 }, as: UTF8.self),
            stderr: String(decoding: stderrData.withLock { $0 }, as: UTF8.self))
    }
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// A temporary working directory, removed when released.
final class Workspace {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file.path
    }

    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }

    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(arguments, in: url, environment: environment)
    }

    static let sentences = [
        "行政長官李家超今日表示，特區政府會全力支持數碼港發展人工智能。",
        "John Lee said the HKSAR Government will support Cyberport.",
        "DeepSeek 與數碼港合作，在粵港澳大灣區設立研發中心。",
        "財政司司長陳茂波在立法會發表財政預算案。",
        "The Hong Kong Monetary Authority kept the base rate unchanged.",
    ]

    /// `count` news-like files under `folder`, `repeats` paragraphs each.
    func makeCorpus(_ count: Int, folder: String = "corpus", repeats: Int = 2) {
        for index in 0..<count {
            var text = ""
            for paragraph in 0..<repeats {
                text += (0..<3).map { Self.sentences[(index + paragraph + $0) % Self.sentences.count] }.joined(separator: " ") + "\n"
            }
            write("\(folder)/part\(index % 3)/article-\(index).txt", text + "第\(index)篇。\n")
        }
    }
}
