import ArgumentParser
import Foundation
import NewsGraphStore
import NewsGraphText

/// `--db PATH`, shared by every command that reads or writes a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file.", valueName: "PATH"))
    var db: String = "newsgraph.sqlite"

    /// Seconds to wait for another process's lock: `NEWSGRAPH_LOCK_TIMEOUT`, default 5.
    static var lockTimeout: Double {
        ProcessInfo.processInfo.environment["NEWSGRAPH_LOCK_TIMEOUT"].flatMap(Double.init) ?? 5
    }

    func open(_ mode: GraphStore.Mode) throws -> GraphStore {
        try GraphStore.open(at: db, mode: mode, busyTimeout: Self.lockTimeout)
    }
}

/// `--ontology DIR`: where the ontology and catalog are read from.
struct OntologyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The ontology directory (default: $NEWSGRAPH_ONTOLOGY, else ./ontology, else the ontology/ of the package the executable was built in).",
        valueName: "DIR"))
    var ontology: String?

    func directory() throws -> URL {
        try OntologyLocator.locate(explicit: ontology, environment: ProcessInfo.processInfo.environment, currentDirectory: FileManager.default.currentDirectoryPath, executable: OntologyLocator.executablePath())
    }
}

/// Finds the ontology directory when `--ontology` is not given.
enum OntologyLocator {
    static func locate(explicit: String?, environment: [String: String], currentDirectory: String, executable: String?) throws -> URL {
        if let explicit {
            guard isDirectory(explicit) else { throw InputError.unreadable(file: explicit, reason: "no such ontology directory") }
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let fromEnvironment = environment["NEWSGRAPH_ONTOLOGY"], !fromEnvironment.isEmpty {
            guard isDirectory(fromEnvironment) else { throw InputError.unreadable(file: fromEnvironment, reason: "NEWSGRAPH_ONTOLOGY names no directory") }
            return URL(fileURLWithPath: fromEnvironment, isDirectory: true)
        }
        let local = (currentDirectory as NSString).appendingPathComponent("ontology")
        if looksLikeOntology(local) { return URL(fileURLWithPath: local, isDirectory: true) }
        // A build tree: .build/debug/newsgraph -> walk up to the package that holds ontology/.
        if let executable {
            var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            while directory.path != "/" && !directory.path.isEmpty {
                let candidate = directory.appendingPathComponent("ontology").path
                if looksLikeOntology(candidate) { return URL(fileURLWithPath: candidate, isDirectory: true) }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw InputError.unreadable(file: "ontology", reason: "no ontology directory found here or beside the executable; pass --ontology DIR or set NEWSGRAPH_ONTOLOGY")
    }

    static func executablePath() -> String? {
        let proc = "/proc/self/exe"
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: proc) { return resolved }
        return Bundle.main.executablePath ?? CommandLine.arguments.first
    }

    private static func looksLikeOntology(_ path: String) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: path + "/newsgraph.owl") || isDirectory(path + "/catalog")
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
