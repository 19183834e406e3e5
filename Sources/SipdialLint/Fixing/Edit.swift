/// One change to a document's bytes: the bytes of `range` replaced by `text` (an empty
/// range inserts, an empty text removes).
package struct Edit: Sendable, Equatable {
    package var range: ByteRange
    package var text: String

    package init(_ range: ByteRange, _ text: String) {
        self.range = range
        self.text = text
    }
}
