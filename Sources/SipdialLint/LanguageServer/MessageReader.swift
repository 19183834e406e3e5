#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads LSP's base protocol: header lines (`Content-Length: N`), an empty line, then N
/// bytes of JSON. Everything is bounded: a header block longer than `maximumHeader` is
/// dropped, and a body longer than `maximumBody` is never held: its bytes are read and
/// thrown away as they come, so the next message is still found.
package struct MessageReader {
    package enum Message: Equatable {
        /// A body, to be parsed as JSON.
        case body([UInt8])
        /// A header block that could not be read; the reader has moved past it.
        case malformed(String)
        /// The input ended (or could not be read).
        case end
    }

    /// Reads at most `count` bytes into the buffer; returns how many, 0 at the end, -1 on an error.
    package typealias Source = (UnsafeMutableRawPointer, Int) -> Int

    private let source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// Bytes of a refused body still to be thrown away.
    private var toDiscard = 0
    package let maximumBody: Int
    package let maximumHeader: Int

    package init(maximumBody: Int, maximumHeader: Int = 8192, source: @escaping Source) {
        self.source = source
        self.maximumBody = maximumBody
        self.maximumHeader = maximumHeader
    }

    /// Reads from a file descriptor (the server's standard input).
    package init(descriptor: Int32, maximumBody: Int) {
        self.init(maximumBody: maximumBody) { pointer, count in
            while true {
                let got = systemRead(descriptor, pointer, count)
                if got < 0 && errno == EINTR { continue }
                return got
            }
        }
    }

    /// Reads from bytes in memory (tests).
    package init(bytes: [UInt8], maximumBody: Int) {
        var remaining = bytes[...]
        self.init(maximumBody: maximumBody) { pointer, count in
            let taken = remaining.prefix(count)
            taken.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: taken.count) }
            remaining = remaining.dropFirst(taken.count)
            return taken.count
        }
    }

    private var available: Int { buffer.count - start }

    /// Reads more input into the buffer; false at the end.
    private mutating func fill() -> Bool {
        guard !ended else { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = 1 << 16
        let old = buffer.count
        buffer += repeatElement(0, count: chunk)
        let got = buffer.withUnsafeMutableBytes { source($0.baseAddress! + old, chunk) }
        buffer.removeLast(chunk - max(got, 0))
        if got <= 0 { ended = true }
        return got > 0
    }

    package mutating func next() -> Message {
        // What is left of a refused body.
        while toDiscard > 0 {
            if available == 0 && !fill() { return .end }
            let dropped = min(toDiscard, available)
            start += dropped
            toDiscard -= dropped
        }
        // The header block, up to its empty line.
        var scanned = 0
        var headerEnd: (block: Int, body: Int)?
        while headerEnd == nil {
            headerEnd = findBlankLine(from: scanned)
            if headerEnd != nil { break }
            scanned = max(0, available - 3)
            if available > maximumHeader {
                // Keep the tail, where the next header may begin.
                start = buffer.count - 32
                return .malformed("a header block longer than \(maximumHeader) bytes")
            }
            if !fill() {
                if available > 0 && buffer[start...].contains(where: { !Self.isSpace($0) }) {
                    start = buffer.count
                    return .malformed("the input ended inside a header")
                }
                return .end
            }
        }
        guard let (blockLength, bodyOffset) = headerEnd else { return .end }
        let header = Array(buffer[start..<(start + blockLength)])
        start += bodyOffset
        let length: Int
        switch Self.contentLength(in: header) {
        case .problem(let problem): return .malformed(problem)
        case .length(let value): length = value
        }
        if length > maximumBody {
            toDiscard = length
            return .malformed("a message of \(length) bytes, more than the limit of \(maximumBody)")
        }
        while available < length {
            if !fill() { return .end }
        }
        let body = Array(buffer[start..<(start + length)])
        start += length
        return .body(body)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The length of the header block (from `start`) and the offset of the body, when the
    /// buffer holds the blank line that ends it ("\r\n\r\n", or "\n\n" from lenient clients).
    private func findBlankLine(from offset: Int) -> (block: Int, body: Int)? {
        var index = start + offset
        while index < buffer.count {
            if buffer[index] == 0x0A {
                if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index - start, index + 2 - start) }
                if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A {
                    return (index - start, index + 3 - start)
                }
            }
            index += 1
        }
        return nil
    }

    /// The Content-Length of a header block. Text before the header's name on its line (a
    /// body that came without a length of its own) is passed over.
    enum ContentLength: Equatable {
        case length(Int)
        case problem(String)
    }

    static func contentLength(in header: [UInt8]) -> ContentLength {
        let text = String(decoding: header, as: UTF8.self).lowercased()
        var found: String?
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            guard let range = line.headerRange(of: "content-length:") else { continue }
            found = String(line[range.upperBound...])
        }
        guard let value = found else { return .problem("a header without Content-Length") }
        let digits = value.trimmingSpaces
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(digits) else {
            return .problem("an invalid Content-Length")
        }
        return .length(length)
    }
}

extension Substring {
    fileprivate func headerRange(of needle: String) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// read(2), by a name no member shadows.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
