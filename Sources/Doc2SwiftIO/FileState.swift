#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file's size and modification time, enough to notice that it was changed since it was seen.
public struct FileState: Equatable, Sendable {
    /// Bytes; -1 when the file does not exist.
    public var size: Int
    /// Nanoseconds since 1970.
    public var modified: Int64

    public init(size: Int, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The state of the file at `path` (following links).
    public init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            self.init(size: -1, modified: 0)
            return
        }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        self.init(size: Int(status.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    /// The running executable's path, size and modification time: a rebuilt tool may generate
    /// differently, so it must not replay an older build's run.
    static let executableIdentity: String = {
        let path = FileBytes.realPath("/proc/self/exe") ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        let state = FileState(path: path)
        return "\(path) \(state.size) \(state.modified)"
    }()
}
