import Foundation

/// Runs `work` for indices 0..<count on `jobs` threads and hands the results to `consume` on the
/// calling thread strictly in index order. Workers run at most `window` items ahead of the
/// consumer, which bounds memory. When `consume` throws, workers stop taking new items and the
/// call returns only after every worker thread has finished.
enum OrderedWorkers {
    static func run<Output: Sendable>(
        count: Int, jobs: Int, window: Int? = nil,
        work: @escaping @Sendable (Int) -> Output,
        consume: (Int, Output) throws -> Void
    ) throws {
        if jobs <= 1 || count <= 1 {
            for index in 0..<count { try consume(index, work(index)) }
            return
        }
        let state = WorkerState<Output>()
        let ahead = max(window ?? jobs * 4, jobs)
        let threads = min(jobs, count)
        state.running = threads
        for _ in 0..<threads {
            let thread = Thread {
                while let index = state.take(count: count, window: ahead) {
                    state.put(index, work(index))
                }
                state.finish()
            }
            // Extraction may recurse over long texts; the default secondary-thread stack is small.
            thread.stackSize = 16 << 20
            thread.start()
        }
        defer { state.stopAndWait() }
        for index in 0..<count {
            try consume(index, state.result(index))
        }
    }
}

/// Shared state of `OrderedWorkers`, guarded by one condition variable.
private final class WorkerState<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var consumed = 0
    private var stopped = false
    private var results: [Int: Output] = [:]
    var running = 0

    /// The next index to work on, or nil when there is none or the run stopped.
    func take(count: Int, window: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && next - consumed >= window { condition.wait() }
        guard !stopped && next < count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ index: Int, _ output: Output) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    func result(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        consumed = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    func finish() {
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    func stopAndWait() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
