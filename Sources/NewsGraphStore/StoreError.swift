/// What went wrong with a store file. Messages name the file and say what to do.
///
/// Every SQLite failure is turned into one of these at the store's boundary, so callers never see
/// GRDB types and a CLI can map `category` to an exit code.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// Nothing at the path, and the operation needs an existing store.
    case missing(path: String)
    /// A file that SQLite can read but that is not a NewsGraph store (another application's database).
    case notAStore(path: String, reason: String)
    /// Not an SQLite database, or a damaged one.
    case corrupt(path: String, detail: String)
    /// Another process holds a lock on the store for longer than the busy timeout.
    case locked(path: String)
    /// The store was written by a newer NewsGraph whose schema this build does not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The file or its directory cannot be opened or written (permissions, missing directory, disk full).
    case cannotOpen(path: String, detail: String)
    /// A document name, path or id that matches no stored document.
    case documentNotFound(path: String, name: String)
    /// Stored documents were extracted with another ontology; `build --relink` re-extracts them.
    case ontologyChanged(path: String, staleDocuments: Int)
    /// Stores built from different ontologies cannot be merged.
    case ontologyMismatch(path: String, other: String)
    /// Any other SQLite failure.
    case sqlite(path: String, detail: String)

    /// Coarse kinds a command line maps to exit codes.
    public enum Category: Sendable {
        /// The store file itself: missing, corrupt, locked, newer, unwritable.
        case store
        /// A name that matches nothing.
        case notFound
    }

    public var category: Category {
        switch self {
        case .documentNotFound: return .notFound
        default: return .store
        }
    }

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): error: no store at this path. Build one with `newsgraph build CORPUS --db \(path)` or pass the right --db."
        case .notAStore(let path, let reason):
            return "\(path): error: not a NewsGraph store (\(reason)). Pass a store written by `newsgraph build`, or a new path."
        case .corrupt(let path, let detail):
            return "\(path): error: the store is damaged or not an SQLite database (\(detail)). Rebuild it with `newsgraph build` into a new --db path."
        case .locked(let path):
            return "\(path): error: the store is locked by another process. Wait for the other newsgraph command to finish and run again."
        case .newerVersion(let path, let found, let supported):
            return "\(path): error: the store was written by a newer NewsGraph (schema version \(found)); this NewsGraph reads schema version \(supported) or older. Upgrade NewsGraph, or rebuild the store into a new --db path."
        case .cannotOpen(let path, let detail):
            return "\(path): error: cannot open the store (\(detail)). Check that the directory exists and is writable."
        case .documentNotFound(let path, let name):
            return "\(path): error: no stored document matches '\(name)'. List documents with `newsgraph query` or give the name used at build time."
        case .ontologyChanged(let path, let stale):
            return "\(path): error: the ontology changed since \(stale) stored document\(stale == 1 ? " was" : "s were") extracted. Run `newsgraph build --relink --db \(path)` to re-extract them from the stored text."
        case .ontologyMismatch(let path, let other):
            return "\(path): error: built from a different ontology than \(other). Build every shard with the same ontology/ (or run `newsgraph build --relink` on each) before merging."
        case .sqlite(let path, let detail):
            return "\(path): error: the store failed (\(detail)). Check the disk and run again."
        }
    }
}
