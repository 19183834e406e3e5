/// Path arithmetic on strings, without Foundation.
enum Path {
    static func normalize(_ path: String) -> String {
        if isNormal(path) { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Whether no segment of `path` is empty, "." or ".." (most paths: a directory walk
    /// builds them so), in which case normalizing would give it back unchanged.
    private static func isNormal(_ path: String) -> Bool { isNormal(bytes: path.utf8) }

    /// The same over a path's bytes (`FilePath` asks too).
    static func isNormal<Bytes: BidirectionalCollection>(bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        let slash = UInt8(ascii: "/")
        guard let last = bytes.last, last != slash else { return false }
        func special(_ length: Int, _ dots: Int) -> Bool { length == 0 || (length == dots && dots <= 2) }
        var length = 0
        var dots = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == slash {
                if offset == 0 { continue }
                if special(length, dots) { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !special(length, dots)
    }

    static func absolute(_ path: String, from directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `base` when it lies below it, else `path` itself.
    static func relative(_ path: String, to base: String) -> String {
        if base == "/" { return String(path.dropFirst()) }
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}
