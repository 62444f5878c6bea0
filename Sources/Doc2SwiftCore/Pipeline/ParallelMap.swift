import Dispatch
import Foundation

/// `map` over an array on all cores, results in input order.
package enum ParallelMap {
    package static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input],
                                                       _ transform: @Sendable (Input) -> Output) -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        guard let threads = threadLimit, threads < inputs.count else {
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                results.set(index, transform(inputs[index]))
            }
            return results.values
        }
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: inputs.count, by: threads) {
                results.set(index, transform(inputs[index]))
            }
        }
        return results.values
    }

    /// At most this many items are transformed at once when `DOC2SWIFT_THREADS` is a positive
    /// number (`1`: one after another); all cores otherwise. Output never depends on it.
    package static let threadLimit: Int? = ProcessInfo.processInfo.environment["DOC2SWIFT_THREADS"]
        .flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
}

/// Write-once slots filled from several threads; each index is written by exactly one iteration.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
