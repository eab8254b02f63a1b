import Foundation
import NewsGraphXML

/// Serialises numbered chunks of a document as `XMLFragment`s on two threads and appends them to
/// the writer in number order. Both threads take the next chunk to make from one counter; the
/// calling thread also appends each chunk (and so writes the file) as soon as it is ready, and
/// makes chunks only while the one it must append next is not. The bytes are those of making
/// every chunk in turn, whatever the timing. Chunks are made at most `window` ahead of the one
/// being appended, so memory stays a few chunks whatever the document size.
enum FragmentPipeline {
    static let window = 4

    /// Calls `make(chunk, &fragment)` for chunks `0..<count` and appends each fragment to `writer`.
    /// The first error (in chunk order) stops both threads and is rethrown.
    static func run(count: Int, twoThreads: Bool = true, writer: XMLWriter, _ make: @escaping @Sendable (Int, inout XMLFragment) throws -> Void) throws {
        let empty = try writer.fragment()
        @Sendable func made(_ chunk: Int, _ reused: XMLFragment?) -> Result<XMLFragment, any Error> {
            Result {
                var fragment = reused ?? empty
                try make(chunk, &fragment)
                return fragment
            }
        }
        if count <= 1 || !twoThreads {
            var spare: XMLFragment?
            for chunk in 0..<count {
                var fragment = try made(chunk, spare).get()
                try writer.append(&fragment)
                spare = fragment
            }
            return
        }
        let board = ChunkBoard(count: count, window: window)
        let worker = Thread {
            while let (chunk, spare) = board.nextToMake() {
                board.put(chunk, made(chunk, spare))
            }
            board.workerFinished()
        }
        worker.stackSize = 1 << 20
        worker.start()
        defer { board.cancelAndWaitForWorker() }
        for chunk in 0..<count {
            var fragment = try board.take(chunk) { made($0, $1) }.get()
            try writer.append(&fragment)
            board.giveBack(fragment)
        }
    }
}

/// The shared state of `FragmentPipeline`: which chunk is made next, the chunks made and not yet
/// appended, and emptied fragments whose buffers are reused.
private final class ChunkBoard: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    /// The chunk the calling thread appends next.
    private var appending = 0
    private var done: [Int: Result<XMLFragment, any Error>] = [:]
    private var spares: [XMLFragment] = []
    private var cancelled = false
    private var workerDone = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// Claims the next chunk once it is within the window (with a spare fragment if there is
    /// one); nil when all are claimed or the run was cancelled. Called with the lock held.
    private func claim() -> (Int, XMLFragment?)? {
        guard !cancelled, next < count, next < appending + window else { return nil }
        next += 1
        return (next - 1, spares.popLast())
    }

    /// For the worker: waits for a chunk to make; nil when there is none left.
    func nextToMake() -> (Int, XMLFragment?)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let claimed = claim() { return claimed }
            if cancelled || next >= count { return nil }
            condition.wait()
        }
    }

    func put(_ chunk: Int, _ result: Result<XMLFragment, any Error>) {
        condition.lock()
        done[chunk] = result
        condition.broadcast()
        condition.unlock()
    }

    /// For the calling thread: chunk `chunk`, making chunks itself (with `make`) while it is not ready.
    func take(_ chunk: Int, make: (Int, XMLFragment?) -> Result<XMLFragment, any Error>) -> Result<XMLFragment, any Error> {
        condition.lock()
        defer { condition.unlock() }
        appending = chunk
        condition.broadcast() // the window moved
        while true {
            if let result = done.removeValue(forKey: chunk) { return result }
            if let (claimed, spare) = claim() {
                condition.unlock()
                let result = make(claimed, spare)
                condition.lock()
                done[claimed] = result
            } else {
                condition.wait()
            }
        }
    }

    func giveBack(_ fragment: XMLFragment) {
        condition.lock()
        if spares.count < window { spares.append(fragment) }
        condition.unlock()
    }

    func workerFinished() {
        condition.lock()
        workerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the worker after its current chunk (at the end, or on an error) and waits for it.
    func cancelAndWaitForWorker() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !workerDone { condition.wait() }
        done.removeAll()
        condition.unlock()
    }
}
