#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files under a folder with `readdir`, which also says whether an entry is a link.
///
/// Foundation's enumerator plus `URL.resourceValues` cost about 100 µs a file on Linux, more than
/// parsing the page; this costs a few. Like the enumerator it lists hidden files and does not
/// descend into linked folders.
enum DirectoryWalk {
    struct Entry {
        /// The path below the folder, `/`-separated.
        var relativePath: String
        /// True for a symbolic link (to a file or a folder), which the caller must resolve.
        var isLink: Bool
    }

    // `d_type` values, equal on Linux and the BSDs.
    private static let unknownType: UInt8 = 0
    private static let folderType: UInt8 = 4
    private static let linkType: UInt8 = 10

    /// Every non-folder entry under `root`, in no particular order.
    static func entries(under root: String) -> [Entry] {
        var entries: [Entry] = []
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let folderPath = relativeFolder.isEmpty ? root : root + "/" + relativeFolder
            guard let folder = opendir(folderPath) else { continue }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = fileName(entry)
                if name == "." || name == ".." { continue }
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                var type = entry.pointee.d_type
                if type == unknownType { type = lstatType(root + "/" + relative) }
                if type == folderType {
                    pending.append(relative)
                } else {
                    entries.append(Entry(relativePath: relative, isLink: type == linkType))
                }
            }
        }
        return entries
    }

    private static func fileName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
            String(cString: bytes.bindMemory(to: CChar.self).baseAddress!)
        }
    }

    /// The `d_type` equivalent from `lstat`, for file systems that do not fill in `d_type`.
    private static func lstatType(_ path: String) -> UInt8 {
        var status = stat()
        guard lstat(path, &status) == 0 else { return unknownType }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return folderType
        case S_IFLNK: return linkType
        default: return 8
        }
    }
}
