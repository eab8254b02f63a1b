#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name in the target's directory and renamed into place by
/// `commit()`, so an interrupted export never leaves a truncated file under the target name.
/// Bytes are buffered and written in large blocks.
final class OutputFile {
    let path: String
    private let temporaryPath: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20

    init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var attempt = 0
        while true {
            let candidate = directory + "." + name + ".tmp-\(getpid())-\(attempt)"
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if opened >= 0 {
                fd = opened
                temporaryPath = candidate
                break
            }
            if errno != EEXIST || attempt > 100 {
                throw ExportError.io(path: path, message: "cannot create a temporary file beside it (\(String(cString: strerror(errno))))")
            }
            attempt += 1
        }
        buffer.reserveCapacity(capacity)
    }

    deinit {
        if fd >= 0 { cancel() }
    }

    func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends to the buffer directly (for encoders that write byte by byte).
    func withBuffer<R>(_ body: (inout [UInt8]) throws -> R) throws -> R {
        let result = try body(&buffer)
        if buffer.count >= capacity { try flush() }
        return result
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ExportError.io(path: path, message: "cannot write (\(String(cString: strerror(errno))))")
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, closes and renames the file into place.
    func commit() throws {
        do {
            try flush()
        } catch {
            cancel()
            throw error
        }
        let closed = close(fd)
        fd = -1
        if closed != 0 || rename(temporaryPath, path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ExportError.io(path: path, message: "cannot close or rename the finished file into place (\(message))")
        }
    }

    /// Drops the temporary file; the target is left as it was.
    func cancel() {
        if fd >= 0 {
            close(fd)
            fd = -1
        }
        unlink(temporaryPath)
    }
}
