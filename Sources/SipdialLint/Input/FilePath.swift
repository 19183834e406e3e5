#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path as the file system has it: its exact bytes, for opening it and telling it from
/// other paths (a file name need not be UTF-8), and the text it is shown as.
///
/// The shown text is the bytes read as UTF-8, each byte that is not part of a valid UTF-8
/// sequence written as `\x` and two upper-case hex digits: `evil\xFF.xml`. A name that is
/// valid UTF-8 shows unchanged, and every output format shows the same text (each escapes
/// it for itself, as it does any path). Two paths are the same when their bytes are, never
/// because their shown texts are: a literal `\xFF` in a name shows the same as the byte.
package struct FilePath: Hashable, Sendable {
    package let bytes: [UInt8]
    /// The path as it is shown in every output.
    package let display: String

    /// A path given as text (on the command line, in a config): its UTF-8 bytes.
    package init(_ text: String) {
        bytes = Array(text.utf8)
        display = text
    }

    package init(bytes: [UInt8]) {
        self.bytes = bytes
        display = Self.display(bytes)
    }

    private init(bytes: [UInt8], display: String) {
        self.bytes = bytes
        self.display = display
    }

    package static func == (a: FilePath, b: FilePath) -> Bool { a.bytes == b.bytes }

    /// The bytes hashed as one block (an array of bytes hashes byte by byte).
    package func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// `name` inside this directory. An invalid byte never runs into the "/" after it, so
    /// the shown text is this one's, a "/" and the name's.
    package func appending(_ name: [UInt8], display nameDisplay: String? = nil) -> FilePath {
        let slash = UInt8(ascii: "/")
        let separated = bytes.last == slash
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count + 1 + name.count)
        joined += bytes
        if !separated { joined.append(slash) }
        joined += name
        return FilePath(bytes: joined, display: (separated ? display : display + "/") + (nameDisplay ?? Self.display(name)))
    }

    /// Calls `body` with the path as a C string, for the system calls.
    package func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path without "." and empty segments and with "name/.." pairs taken out, as
    /// `Path.normalize` does for text: two spellings of one path normalize the same.
    package var normalized: FilePath {
        Self.isNormal(bytes) ? self : FilePath(bytes: Self.normalize(bytes))
    }

    private static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let absolute = bytes.first == slash
        var parts: [ArraySlice<UInt8>] = []
        for part in bytes.split(separator: slash) {
            if part.elementsEqual([dot]) { continue }
            if part.elementsEqual([dot, dot]) {
                if let last = parts.last, !last.elementsEqual([dot, dot]) {
                    parts.removeLast()
                    continue
                }
                if absolute { continue }
            }
            parts.append(part)
        }
        var joined: [UInt8] = absolute ? [slash] : []
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(slash) }
            joined += part
        }
        return joined.isEmpty ? [dot] : joined
    }

    /// Whether no segment is empty, "." or ".." (most paths: a directory walk builds them
    /// so), in which case normalizing gives the path back unchanged.
    private static func isNormal(_ bytes: [UInt8]) -> Bool { Path.isNormal(bytes: bytes) }

    /// Whether `a` sorts before `b`, byte by byte (the order a directory is listed in).
    package static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in Text.precedes(x, y) } }
    }

    /// The bytes as text: UTF-8, with each byte outside a valid sequence as `\xFF`.
    package static func display(_ bytes: [UInt8]) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        var start = 0
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                index += length
                continue
            }
            text += String(decoding: bytes[start..<index], as: UTF8.self)
            text += "\\x" + Text.hex(UInt32(bytes[index]), width: 2)
            index += 1
            start = index
        }
        return text + String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The length of the valid UTF-8 sequence at `index` (RFC 3629: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), or 0 when the byte there does not start one.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let second: ClosedRange<UInt8>
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
        case 0xE0: (second, length) = (0xA0...0xBF, 3)
        case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
        case 0xED: (second, length) = (0x80...0x9F, 3)
        case 0xF0: (second, length) = (0x90...0xBF, 4)
        case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
        case 0xF4: (second, length) = (0x80...0x8F, 4)
        default: return 0
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }
}
