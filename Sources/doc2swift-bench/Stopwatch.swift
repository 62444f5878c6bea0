/// Wall-clock seconds since creation, from a monotonic clock, and the process's CPU seconds.
struct Stopwatch {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var cpuStart: Double
    /// CPU seconds of the last `lap`.
    private(set) var lastCPU = 0.0

    init() {
        start = clock.now
        cpuStart = ProcessClock.seconds()
    }

    /// Wall seconds since creation or the last `lap`; `lastCPU` gets the CPU seconds.
    mutating func lap() -> Double {
        let now = clock.now
        let cpu = ProcessClock.seconds()
        defer {
            start = now
            cpuStart = cpu
        }
        lastCPU = cpu - cpuStart
        return Self.seconds(now - start)
    }

    /// Seconds since creation or the last `lap`, without restarting.
    var elapsed: Double { Self.seconds(clock.now - start) }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
