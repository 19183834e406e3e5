#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's bytes atomically, for `--fix`: the new text is written in full to a
/// temporary file in the same directory, flushed, given the file's permissions, then
/// renamed over it; the temporary file is removed on any failure. A run stopped at any
/// moment leaves the old file or the new one, never part of one. A symbolic link stays
/// a link: the file it points to is the one replaced. A file the user may not write is
/// not replaced (a rename needs only the directory's permission), nor one with other
/// hard links (they would keep the old text), nor one whose owner could not be kept.
package enum FileReplacer {
    /// With `expected`, the file must still hold those bytes (what was read and fixed)
    /// just before the rename: an edit saved meanwhile is not overwritten.
    package static func replace(_ path: FilePath, with bytes: [UInt8], expecting expected: [UInt8]? = nil) throws(FileError) {
        // The file a link points to (through every link on the way).
        let target: [UInt8]
        guard let resolved = path.withCString({ realpath($0, nil) }) else {
            throw FileError(message: "cannot resolve the path: \(FileSystem.describe(errno))")
        }
        target = Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
        free(resolved)
        let file = FilePath(bytes: target)
        var status = stat()
        guard file.withCString({ stat($0, &status) }) == 0 else {
            throw FileError(message: "cannot read the file's permissions: \(FileSystem.describe(errno))")
        }
        guard file.withCString({ access($0, W_OK) }) == 0 else {
            throw FileError(message: "cannot replace it: \(FileSystem.describe(errno))")
        }
        guard status.st_nlink <= 1 else {
            throw FileError(
                message:
                    "it has \(status.st_nlink - 1) other hard link\(status.st_nlink == 2 ? "" : "s"), which replacing it would leave with the old text"
            )
        }
        let slash = target.lastIndex(of: UInt8(ascii: "/")) ?? -1
        let directory = Array(target[...slash])
        // mkstemp fills in the X's; the name starts with a dot, so directory searches skip
        // it, and keeps at most 100 bytes of the file's name (a name may be 255).
        let name = Array(target[(slash + 1)...].prefix(100))
        var template = directory + Array(".".utf8) + name + Array(".fix-XXXXXX".utf8) + [0]
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { mkstemp($0.baseAddress!) }
        }
        guard descriptor >= 0 else {
            throw FileError(message: "cannot create a temporary file beside it: \(FileSystem.describe(errno))")
        }
        let temporary = FilePath(bytes: Array(template.dropLast()))
        // Closed once only: another thread may be given the number next.
        var isOpen = true
        do throws(FileError) {
            try writeAll(bytes, to: descriptor)
            // The file's owner and permissions.
            if status.st_uid != geteuid() || status.st_gid != getegid() {
                guard fchown(descriptor, status.st_uid, status.st_gid) == 0 else {
                    throw FileError(message: "cannot keep the file's owner: \(FileSystem.describe(errno))")
                }
            }
            guard fchmod(descriptor, status.st_mode & 0o7777) == 0 else {
                throw FileError(message: "cannot set the permissions of the new file: \(FileSystem.describe(errno))")
            }
            guard fsync(descriptor) == 0 else {
                throw FileError(message: "cannot flush the new file: \(FileSystem.describe(errno))")
            }
            isOpen = false
            guard close(descriptor) == 0 else {
                throw FileError(message: "cannot write the new file: \(FileSystem.describe(errno))")
            }
            if let expected {
                let now = try? FileSystem.readFile(file, limit: ReadLimit(bytes: expected.count, for: "the file being fixed"))
                guard now == expected else {
                    throw FileError(message: "it changed while it was being fixed; run --fix again")
                }
            }
            let renamed = temporary.withCString { from in file.withCString { to in rename(from, to) } }
            guard renamed == 0 else {
                throw FileError(message: "cannot rename the new file over it: \(FileSystem.describe(errno))")
            }
        } catch {
            if isOpen { _ = close(descriptor) }
            _ = temporary.withCString { unlink($0) }
            throw error
        }
        // The rename itself reaches the disk with the directory.
        let directoryDescriptor = FilePath(bytes: directory.isEmpty ? Array(".".utf8) : directory).withCString { open($0, O_RDONLY) }
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            _ = close(directoryDescriptor)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(message: "cannot write the new file: \(FileSystem.describe(errno))")
            }
            written += count
        }
    }
}
