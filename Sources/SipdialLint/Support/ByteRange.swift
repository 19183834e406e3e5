/// A half-open range of byte offsets into a document's bytes. Stored in 32 bits
/// (documents are under 2 GiB): the model holds several per element.
public struct ByteRange: Hashable, Sendable, Comparable {
    private var storedStart: Int32
    private var storedEnd: Int32

    public var start: Int { Int(storedStart) }
    public var end: Int { Int(storedEnd) }

    public init(_ start: Int, _ end: Int) {
        let low = Int32(clamping: start)
        storedStart = low
        storedEnd = max(low, Int32(clamping: end))
    }

    public var count: Int { end - start }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
