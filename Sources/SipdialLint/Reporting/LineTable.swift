#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns byte offsets into 1-based line and code-point column numbers.
///
/// A line ends at LF, at CR LF, or at a lone CR, as XML counts them. The table is
/// built once per document, and only when a diagnostic has to be printed.
package struct LineTable {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts.reserveCapacity(min(bytes.count / 32 + 2, 4096))
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            // Without CR the line breaks are found with memchr.
            if memchr(base, 0x0D, count) == nil {
                var index = 0
                while index < count, let found = memchr(base + index, 0x0A, count - index) {
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    lineStarts.append(index)
                }
                return
            }
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    lineStarts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    lineStarts.append(index + 1)
                }
                index += 1
            }
        }
    }

    /// The index (0-based) of the line that holds `offset`.
    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line that holds `offset` (without counting its column).
    package func line(of offset: Int) -> Int {
        lineIndex(of: min(max(0, offset), bytes.count)) + 1
    }

    package func position(of offset: Int) -> SourcePosition {
        let offset = min(max(0, offset), bytes.count)
        let line = lineIndex(of: offset)
        var column = 1
        var index = lineStarts[line]
        while index < offset {
            // Count code points: every byte that is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// At most `radius` code points either side of `offset` on its line, with "…" where
    /// the line goes on, and the 1-based column of `offset` within that text. Reads only
    /// the window, so a diagnostic on a 5 MB line costs no more than one on a short line.
    package func snippet(at offset: Int, radius: Int = 60) -> (text: String, column: Int) {
        let offset = min(max(0, offset), bytes.count)
        let line = lineIndex(of: offset)
        let lineStart = lineStarts[line]
        var lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        var start = min(offset, lineEnd)
        var before = 0
        while start > lineStart, before < radius {
            start -= 1
            while start > lineStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            before += 1
        }
        var end = min(offset, lineEnd)
        var after = 0
        while end < lineEnd, after < radius {
            end += 1
            while end < lineEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
            after += 1
        }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        var column = before + 1
        if start > lineStart {
            text = "…" + text
            column += 1
        }
        if end < lineEnd { text += "…" }
        return (text, column)
    }
}
