#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain POSIX file access, so that the linter does not need Foundation.
package enum FileSystem {
    package enum Kind { case file, directory, other, missing }

    package static func kind(of path: String, followLinks: Bool = true) -> Kind {
        kind(of: FilePath(path), followLinks: followLinks)
    }

    package static func kind(of path: FilePath, followLinks: Bool = true) -> Kind {
        var info = stat()
        let result = path.withCString { followLinks ? stat($0, &info) : lstat($0, &info) }
        guard result == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// What the linter makes of a path: a regular file to read (a link to one is
    /// followed), a directory to search, or something it cannot lint, with why.
    package enum Target: Equatable {
        case file, directory
        case unlintable(String)
    }

    package static func target(of path: String) -> Target { target(of: FilePath(path)) }

    package static func target(of path: FilePath) -> Target {
        func isLink() -> Bool {
            var own = stat()
            return path.withCString { lstat($0, &own) } == 0 && own.st_mode & S_IFMT == S_IFLNK
        }
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else {
            let code = errno
            switch code {
            case ENOENT where isLink(): return .unlintable("a symbolic link to a missing file")
            case ELOOP where isLink(): return .unlintable("a symbolic link that loops (too many levels of links)")
            default: return .unlintable(describe(code))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .unlintable((isLink() ? "a symbolic link to " : "") + notRegular(info.st_mode))
        }
    }

    /// Reads a whole regular file, of at most `limit` bytes. It is opened without
    /// blocking (a FIFO would otherwise wait for a writer, a device for its line) and
    /// refused unless it is a regular file; a regular file never blocks, so the flag stays.
    package static func readFile(_ path: String, limit: ReadLimit) throws(FileError) -> [UInt8] {
        try readFile(FilePath(path), limit: limit)
    }

    package static func readFile(_ path: FilePath, limit: ReadLimit) throws(FileError) -> [UInt8] {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        guard descriptor >= 0 else { throw FileError(message: describe(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(message: describe(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw FileError(message: "is a directory")
        default: throw FileError(message: notRegular(info.st_mode))
        }
        let size = Int(info.st_size)
        return try read(descriptor, expected: size, regular: true, limit: size == 0 ? limit.sizeless() : limit)
    }

    /// Reads standard input to its end, or to the limit for documents.
    package static func readStandardInput(limit: ReadLimit = .document) throws(FileError) -> [UInt8] {
        try read(0, expected: 0, regular: false, limit: limit)
    }

    /// Reads a descriptor to its end, straight into the array's storage: a regular file
    /// takes one allocation of its size and one read, with no zeroed buffer in between
    /// (once it has read the size `fstat` gave; a file that says it is empty, as those
    /// of /proc do, is read to its end). Nothing past `limit` is kept: a file that says
    /// it is larger is not read at all, and one that fills the limit is probed with one
    /// small read to tell whether it ends there.
    package static func read(_ descriptor: Int32, expected: Int, regular: Bool, limit: ReadLimit) throws(FileError) -> [UInt8] {
        guard expected <= limit.bytes else { throw limit.exceeded }
        var bytes: [UInt8] = []
        var capacity = min(max(expected + 1, 1 << 12), limit.bytes)
        while true {
            var failure: Int32 = 0
            var ended = false
            let previous = bytes
            let size = capacity
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                previous.withUnsafeBufferPointer { old in
                    if let source = old.baseAddress { base.initialize(from: source, count: old.count) }
                }
                initialized = previous.count
                while initialized < size {
                    let count = Glibc.read(descriptor, base + initialized, size - initialized)
                    if count == 0 {
                        ended = true
                        return
                    }
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    initialized += count
                    if regular && expected > 0 && initialized == expected {
                        ended = true
                        return
                    }
                }
            }
            if failure != 0 { throw FileError(message: describe(failure)) }
            if ended { return bytes }
            if capacity >= limit.bytes {
                if try hasMore(descriptor) { throw limit.exceeded }
                return bytes
            }
            capacity = min(capacity * 2, limit.bytes)
        }
    }

    /// Whether a descriptor has more to read: one read of 64 bytes (a multiple of 8, as
    /// /proc/self/pagemap requires), which are not kept.
    private static func hasMore(_ descriptor: Int32) throws(FileError) -> Bool {
        var scratch = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        while true {
            let count = withUnsafeMutableBytes(of: &scratch) { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count > 0 }
            if errno != EINTR { throw FileError(message: describe(errno)) }
        }
    }

    /// What a file that is not a regular file is, for a message.
    package static func notRegular(_ mode: mode_t) -> String {
        let what: String
        switch mode & S_IFMT {
        case S_IFDIR: what = "a directory"
        case S_IFIFO: what = "a named pipe (FIFO)"
        case S_IFSOCK: what = "a socket"
        case S_IFCHR: what = "a character device"
        case S_IFBLK: what = "a block device"
        case S_IFLNK: what = "a symbolic link"
        default: what = "a special file"
        }
        return what + ", not a regular file"
    }

    /// Standard input as a result, for callers that pass the reader around.
    package static func standardInputResult() -> Result<[UInt8], FileError> {
        do throws(FileError) { return .success(try readStandardInput()) } catch { return .failure(error) }
    }

    /// The entries of a directory, sorted by name, without "." and "..".
    package static func entries(of directory: String) throws(FileError) -> [String] {
        try listing(of: directory).map(\.name)
    }

    /// A directory entry: its name's exact bytes (a name need not be UTF-8), and its kind
    /// when the directory itself says (no `lstat` needed); nil when the file system does not say.
    package struct Entry {
        package let bytes: [UInt8]
        /// Of the entry itself: a link is `.other`.
        package let kind: Kind?

        /// The name as it is shown (see `FilePath`).
        package var name: String { FilePath.display(bytes) }

        package func hasPrefix(_ byte: Unicode.Scalar) -> Bool { bytes.first == UInt8(ascii: byte) }

        package func hasSuffix(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard count > 0 else { return true }
            guard bytes.count >= count else { return false }
            return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + ($0.count - count), suffix.utf8Start, count) == 0 }
        }
    }

    package static func listing(of directory: String) throws(FileError) -> [Entry] { try listing(of: FilePath(directory)) }

    /// The entries of a directory, sorted by their bytes, without "." and "..". Their
    /// kinds come from the directory, which saves a system call per entry of a large tree.
    package static func listing(of directory: FilePath) throws(FileError) -> [Entry] {
        guard let handle = directory.withCString({ opendir($0) }) else { throw FileError(message: describe(errno)) }
        defer { closedir(handle) }
        var entries: [Entry] = []
        let (dot, dotDot): ([UInt8], [UInt8]) = ([0x2E], [0x2E, 0x2E])
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard name != dot && name != dotDot else { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_UNKNOWN): kind = nil
            default: kind = .other
            }
            entries.append(Entry(bytes: name, kind: kind))
        }
        // Sorted by the first eight bytes of each name, as a number, and by the whole name
        // only where those are equal: a directory of thousands of files sorts in a blink.
        let keys = entries.map { entry -> UInt64 in
            var key: UInt64 = 0
            var count = 0
            for byte in entry.bytes.prefix(8) {
                key = key << 8 | UInt64(byte)
                count += 1
            }
            return key << (8 * UInt64(8 - count))
        }
        let order = entries.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : FilePath.precedes(entries[a].bytes, entries[b].bytes)
        }
        return order.map { entries[$0] }
    }

    package static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    package static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    package static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    package static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "a component of the path is not a directory"
        case ELOOP: return "too many symbolic links"
        default: return String(cString: strerror(code))
        }
    }
}
