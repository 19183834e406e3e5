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
    private let lineStarts: [Int]

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// The offsets where lines start: 0, and after each LF, CR LF and lone CR (as XML
    /// and the Language Server Protocol count lines).
    package static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var lineStarts = [0]
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
        return lineStarts
    }

    /// The index (0-based) of the line that holds `offset`.
    private func lineIndex(of offset: Int) -> Int {
        // The first line starts at 0, at or before any offset.
        lineStarts.partitionPoint { $0 > offset } - 1
    }

    /// The 1-based line that holds `offset`, without counting its column.
    package func line(of offset: Int) -> Int {
        lineIndex(of: min(max(0, offset), bytes.count)) + 1
    }

    package func position(of offset: Int) -> SourcePosition {
        var cursor = Cursor()
        return bytes.withUnsafeBufferPointer { advance(&cursor, to: min(max(0, offset), bytes.count), in: $0) }
    }

    /// The positions of `offsets`, in their order. Offsets in ascending order (the
    /// linter's diagnostics come sorted by offset) are resolved in one pass over the
    /// bytes: each continues counting from the one before when it is on the same line,
    /// so a thousand diagnostics on one 5 MB line read that line once, not a thousand
    /// times. Offsets in any other order are resolved in ascending order all the same,
    /// through a sorted index, and returned in their given order.
    package func positions(of offsets: [Int]) -> [SourcePosition] {
        let clamped = offsets.map { min(max(0, $0), bytes.count) }
        let ascending = !zip(clamped, clamped.dropFirst()).contains { $0 > $1 }
        let order = ascending ? Array(clamped.indices) : clamped.indices.sorted { clamped[$0] < clamped[$1] }
        var positions = [SourcePosition](repeating: SourcePosition(line: 1, column: 1), count: clamped.count)
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor()
            for index in order { positions[index] = advance(&cursor, to: clamped[index], in: buffer) }
        }
        return positions
    }

    /// Where counting stopped: a line, an offset on it and that offset's column.
    private struct Cursor {
        var line = 0
        var offset = 0
        var column = 1
    }

    /// The position of `offset`, counting on from `cursor` when `offset` is on the
    /// cursor's line and not before it, else from the start of its line; the cursor
    /// moves to `offset`.
    private func advance(_ cursor: inout Cursor, to offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let nextLineStart = cursor.line + 1 < lineStarts.count ? lineStarts[cursor.line + 1] : Int.max
        if offset < cursor.offset || offset >= nextLineStart {
            cursor.line = lineIndex(of: offset)
            cursor.offset = lineStarts[cursor.line]
            cursor.column = 1
        }
        let column = cursor.column + Self.codePoints(in: bytes, from: cursor.offset, to: offset)
        cursor.offset = offset
        cursor.column = column
        return SourcePosition(line: cursor.line + 1, column: column)
    }

    /// The code points that start in `bytes[start..<end]`: every byte that is not a UTF-8
    /// continuation byte (10xxxxxx), eight bytes at a time. Each byte lane of `lanes`
    /// counts the continuation bytes seen in that lane, and is summed before it can
    /// overflow (x86-64's baseline has no popcount instruction, so none is used).
    static func codePoints(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return 0 }
        let high: UInt64 = 0x8080_8080_8080_8080
        let everyOther: UInt64 = 0x00FF_00FF_00FF_00FF
        var index = start
        var continuations = 0
        while end - index >= 8 {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255, end - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Bit 7 of a byte set and its bit 6 clear (shifted up into bit 7's place).
                lanes &+= (word & ~(word << 1) & high) >> 7
                index += 8
                words += 1
            }
            // Eight lanes of at most 255 into four of at most 510, then their sum.
            let pairs = (lanes & everyOther) &+ ((lanes >> 8) & everyOther)
            continuations += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while index < end {
            if base[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - start - continuations
    }

    /// At most `radius` code points either side of `offset` on its line, with "…" where
    /// the line goes on, and the 1-based column of `offset` within that text. Reads only
    /// the window (at most 4 × `radius` bytes either side, whatever the bytes), so a
    /// diagnostic on a 5 MB line costs no more than one on a short line.
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
            // A code point is at most 4 bytes: stray continuation bytes do not widen the window.
            var continuation = 0
            while start > lineStart, continuation < 3, bytes[start] & 0xC0 == 0x80 {
                start -= 1
                continuation += 1
            }
            before += 1
        }
        var end = min(offset, lineEnd)
        var after = 0
        while end < lineEnd, after < radius {
            end += 1
            var continuation = 0
            while end < lineEnd, continuation < 3, bytes[end] & 0xC0 == 0x80 {
                end += 1
                continuation += 1
            }
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
