/// How an LSP position counts a line's characters: UTF-16 code units (LSP's default),
/// UTF-8 bytes or Unicode code points, as the client and the server agreed at
/// `initialize`. Lines end at "\n", "\r\n" or "\r" (`LineTable.lineStarts`).
/// Documents are valid UTF-8 (they come in JSON strings).
package enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// A 0-based line and character offset in this encoding.
    package struct Position: Sendable, Equatable, Comparable {
        package var line: Int
        package var character: Int

        package init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }

        package static func < (lhs: Position, rhs: Position) -> Bool {
            lhs.line != rhs.line ? lhs.line < rhs.line : lhs.character < rhs.character
        }
    }

    /// The encoding for a client that offers `offered` (in its order of preference, which
    /// the server may override): UTF-8, then UTF-32, else UTF-16, which every client has.
    package static func negotiate(offered: [String]) -> PositionEncoding {
        if offered.contains(PositionEncoding.utf8.rawValue) { return .utf8 }
        if offered.contains(PositionEncoding.utf32.rawValue) { return .utf32 }
        return .utf16
    }

    /// How many units of this encoding the byte stands for (a character's units are
    /// counted at its first byte).
    @inline(__always)
    func units(_ byte: UInt8) -> Int {
        switch self {
        case .utf8: return 1
        case .utf16: return byte & 0xC0 == 0x80 ? 0 : (byte >= 0xF0 ? 2 : 1)
        case .utf32: return byte & 0xC0 == 0x80 ? 0 : 1
        }
    }

    /// The byte offset of a position (`lineStarts` as `LineTable.lineStarts` finds them):
    /// a character past the end of its line is the line's end, a line past the last is
    /// the document's end, and a position inside a character (half of a surrogate pair)
    /// is that character's start.
    package func offset(of position: Position, in bytes: [UInt8], lineStarts: [Int]) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        var index = lineStarts[position.line]
        var counted = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { break }
            // A character's start: its units must fit.
            if byte & 0xC0 != 0x80 {
                let width = units(byte) + (self == .utf8 ? Self.continuationCount(byte) : 0)
                if counted + width > position.character { break }
                counted += width
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                continue
            }
            index += 1
        }
        return index
    }

    private static func continuationCount(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
    }

    /// The positions of byte offsets, in one pass over the bytes up to the last of them
    /// (the offsets in any order).
    package func positions(of offsets: [Int], in bytes: [UInt8]) -> [Position] {
        var result = [Position](repeating: Position(line: 0, character: 0), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var line = 0
        var character = 0
        var index = 0
        bytes.withUnsafeBufferPointer { buffer in
            for slot in order {
                let target = min(max(offsets[slot], 0), buffer.count)
                while index < target {
                    let byte = buffer[index]
                    index += 1
                    if byte == 0x0A || byte == 0x0D && (index == buffer.count || buffer[index] != 0x0A) {
                        line += 1
                        character = 0
                    } else if byte != 0x0D {
                        character += units(byte)
                    }
                }
                result[slot] = Position(line: line, character: character)
            }
        }
        return result
    }
}
