import Foundation
import NewsGraphRDF

/// Runs `SortedTriples` on a second thread and hands its triples over in batches, so making
/// the triples and writing them (XML escaping, encoding, I/O) proceed on two cores at once.
/// At most `depth` batches wait at any time, so memory stays bounded whatever the graph size.
enum TriplePipeline {
    static let batchSize = 4096
    static let depth = 4
    /// What a triple's slot holds once the triple was moved out (empty strings are not counted references).
    static let moved = Triple(.iri(""), .iri(""), .iri(""))

    /// Calls `consume` with every triple of `triples`, in order, on the calling thread.
    /// Returns the number of triples. An error from `consume` stops the producer too.
    static func run(_ triples: SortedTriples, _ consume: (Triple) throws -> Void) throws -> Int {
        let channel = BatchChannel(depth: depth)
        let producer = Thread {
            // The consumer failed: stop making triples (the error is the consumer's to report).
            struct Stopped: Error {}
            do {
                try triples.forEachBatch(minimumCount: batchSize) { batch in
                    guard channel.send(batch) else { throw Stopped() }
                }
            } catch {}
            channel.close()
        }
        producer.stackSize = 1 << 20
        producer.start()
        var count = 0
        do {
            while var batch = channel.receive() {
                // Each triple is moved out of the batch and handed over owned: passed from the
                // batch's memory, it was copied first (a retain and a release per string, an
                // eighth of the writing thread's time). Its slot gets an empty triple, so the
                // batch frees every triple exactly once.
                let order = batch.order
                try batch.triples.withUnsafeMutableBufferPointer { triples in
                    let base = triples.baseAddress!
                    for i in order {
                        let triple = (base + i).move()
                        (base + i).initialize(to: Self.moved)
                        try consume(triple)
                    }
                }
                count += order.count
            }
        } catch {
            channel.cancel()
            while channel.receive() != nil {} // let the producer finish and exit
            throw error
        }
        return count
    }
}

/// A bounded queue of triple batches between one producer and one consumer.
private final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [TripleBatch] = []
    private var closed = false
    private var cancelled = false
    private let depth: Int

    init(depth: Int) { self.depth = depth }

    /// Queues `batch`, waiting while the queue is full. False once the consumer cancelled.
    func send(_ batch: TripleBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or nil once the producer has closed and everything was taken.
    func receive() -> TripleBatch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        if queue.isEmpty { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }
}
