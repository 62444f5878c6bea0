import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's peak resident set size.
enum PeakMemory {
    /// Peak RSS in bytes: `VmHWM` from `/proc/self/status` on Linux, `getrusage` elsewhere.
    static func bytes() -> Int {
        if let kilobytes = procStatusKilobytes("VmHWM") { return kilobytes * 1024 }
        var usage = rusage()
        #if canImport(Glibc)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss) // bytes on macOS
        #else
        return Int(usage.ru_maxrss) * 1024 // kilobytes on Linux
        #endif
    }

    /// Resident memory now, in MB (`VmRSS`); zero where there is no procfs.
    static func residentMegabytes() -> Double {
        Double(procStatusKilobytes("VmRSS") ?? 0) * 1024 / 1e6
    }

    /// A `Name:   123 kB` line of `/proc/self/status`, in kilobytes; nil where there is no procfs.
    static func procStatusKilobytes(_ name: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: "/proc/self/status") else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
