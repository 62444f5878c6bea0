import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads, comparisons and writes through POSIX calls.
///
/// Foundation's `Data.write(to:)` calls `fsync` on Linux, which made writing thousands of small
/// generated files wait on the disk; generated files need no durability beyond "the next run
/// regenerates them", so plain `write` is used. Comparing reads only files of the right size.
enum FileBytes {
    /// Whether the file at `path` holds exactly `text`'s UTF-8 bytes; false when it is missing.
    static func matches(_ path: String, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { expected in matches(path, expected) }
    }

    static func matches(_ path: String, _ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              Int(status.st_size) == expected.count else { return false }
        guard expected.count > 0, let base = expected.baseAddress else { return true }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count, alignment: 16)
        defer { buffer.deallocate() }
        guard readFully(descriptor, into: buffer) == expected.count else { return false }
        return memcmp(buffer.baseAddress!, base, expected.count) == 0
    }

    /// The whole content of the regular file at `path`; nil when it cannot be read.
    static func contents(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var data = Data(count: Int(status.st_size))
        let count = data.withUnsafeMutableBytes { readFully(descriptor, into: $0) }
        guard count >= 0 else { return nil }
        // A file that shrank while being read keeps what was there.
        if count < data.count { data.count = count }
        return data
    }

    /// `path` with every link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Creates or truncates `path` and writes `text` to it.
    static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { bytes in try write(bytes, to: path) }
    }

    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw FileError(operation: "create", path: path, code: errno) }
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw FileError(operation: "write", path: path, code: code)
            }
            offset += count
        }
        guard close(descriptor) == 0 else { throw FileError(operation: "close", path: path, code: errno) }
    }

    /// Renames `source` over `target`, replacing it atomically.
    static func replace(_ target: String, with source: String) throws(FileError) {
        guard rename(source, target) == 0 else { throw FileError(operation: "rename", path: target, code: errno) }
    }

    /// Reads until `buffer` is full or the file ends; the byte count read, or -1 on error.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var offset = 0
        while offset < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if count == 0 { break }
            offset += count
        }
        return offset
    }
}

/// The system's `write(2)`, named apart from the `write` functions above.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}

/// A failed file operation, with the system's reason.
public struct FileError: Error, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public var description: String { "cannot \(operation) '\(path)': \(String(cString: strerror(code)))" }
}
