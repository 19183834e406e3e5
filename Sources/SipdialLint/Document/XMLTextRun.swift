/// Character data inside an element: a text run or a CDATA section, by raw range
/// (for CDATA, the range between `<![CDATA[` and `]]>`).
public struct XMLTextRun: Sendable {
    public let range: ByteRange
    public let isCDATA: Bool
}
