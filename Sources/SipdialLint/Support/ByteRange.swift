/// A half-open range of byte offsets into a document's bytes. Stored in 32 bits
/// (documents are under 2 GiB): the model holds several per element.
package struct ByteRange: Hashable, Sendable, Comparable {
    private var storedStart: Int32
    private var storedEnd: Int32

    package var start: Int { Int(storedStart) }
    package var end: Int { Int(storedEnd) }

    package init(_ start: Int, _ end: Int) {
        let low = Int32(clamping: start)
        storedStart = low
        storedEnd = max(low, Int32(clamping: end))
    }

    package var count: Int { end - start }

    package static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
