/// One change to a document's bytes: the bytes of `range` replaced by `text` (an empty
/// range inserts, an empty text removes).
package struct Edit: Sendable, Equatable {
    package var range: ByteRange
    package var text: String

    package init(_ range: ByteRange, _ text: String) {
        self.range = range
        self.text = text
    }

    /// Whether two edits touch the same bytes, or insert at the same place or at the
    /// other's edge (so that making both could not keep each one's meaning).
    package func overlaps(_ other: Edit) -> Bool {
        range.start < other.range.end && other.range.start < range.end
            || range.start == other.range.start
            || (range.count == 0 || other.range.count == 0) && (range.start == other.range.end || other.range.start == range.end)
    }
}
