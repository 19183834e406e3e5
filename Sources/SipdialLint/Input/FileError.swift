#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a path could not be read; the message is what the user sees.
package struct FileError: Error, Sendable {
    package let message: String
}

/// The most a read may bring in, and what it is the limit for (named in the error).
package struct ReadLimit: Sendable {
    package let bytes: Int
    /// "documents", "config files": the message reads "the limit for documents".
    package let what: String

    package init(bytes: Int, for what: String) {
        self.bytes = bytes
        self.what = what
    }

    /// libxml2's own limit (a document's length is an `int` there); `XMLParser` refuses
    /// larger ones itself, for documents that come from elsewhere than a file.
    package static let document = ReadLimit(bytes: Int(Int32.max), for: "documents")
    package static let configuration = ReadLimit(bytes: 4 << 20, for: "config files")
    package static let rules = ReadLimit(bytes: 4 << 20, for: "rule and dialect files")

    /// A regular file that says it is empty but is not (those of /proc and /sys) is read
    /// only this far, whatever it is read as: such a file may never end.
    package func sizeless() -> ReadLimit {
        let most = 16 << 20
        return bytes <= most ? self : ReadLimit(bytes: most, for: "files that do not say their size (as those of /proc do)")
    }

    /// The limit as people read it: whole megabytes (of 2^20 bytes), rounded up.
    package var shown: String {
        bytes >= 1 << 20 ? "\((bytes + (1 << 20) - 1) >> 20) MB" : "\(bytes) bytes"
    }

    package var exceeded: FileError { FileError(message: "larger than \(shown), the limit for \(what)") }
}
