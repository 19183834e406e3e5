/// Character data inside an element: a text run or a CDATA section, by raw range
/// (for CDATA, the range between `<![CDATA[` and `]]>`).
package struct XMLTextRun: Sendable {
    package let range: ByteRange
    package let isCDATA: Bool
}
