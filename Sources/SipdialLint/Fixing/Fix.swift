/// How to fix what a diagnostic reports: edits that do not overlap, in document order.
/// A safe fix keeps the document's meaning and is always right (`--fix` applies it); an
/// unsafe one changes what the document does and is applied only with `--unsafe-fixes`.
package struct Fix: Sendable, Equatable {
    package var isSafe: Bool
    /// What the fix does, for people: `write "statusCallback"`.
    package var title: String
    package var edits: [Edit]

    package init(isSafe: Bool, title: String, edits: [Edit]) {
        self.isSafe = isSafe
        self.title = title
        self.edits = edits.count < 2 ? edits : edits.sorted { $0.range < $1.range }
    }

    /// The bytes the fix touches, from its first edit's start to its last edit's end.
    package var span: ByteRange {
        ByteRange(edits.first?.range.start ?? 0, edits.last?.range.end ?? 0)
    }

    /// Whether two fixes have edits that overlap (`Edit.overlaps`).
    package func overlaps(_ other: Fix) -> Bool {
        edits.contains { mine in other.edits.contains(where: mine.overlaps) }
    }

    /// `bytes` with every edit made.
    package func applied(to bytes: [UInt8]) -> [UInt8] {
        Fix.apply(edits, to: bytes)
    }

    /// `bytes` with `edits` (in document order, not overlapping) made; bytes outside the
    /// edits are copied as they are.
    package static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.text.utf8.count })
        var copied = 0
        for edit in edits {
            let start = min(max(edit.range.start, copied), bytes.count)
            out += bytes[copied..<start]
            out += edit.text.utf8
            copied = min(max(edit.range.end, start), bytes.count)
        }
        out += bytes[copied...]
        return out
    }
}
