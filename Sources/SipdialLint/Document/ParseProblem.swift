import CLibXML2

/// A document-level problem found before any rule runs: not UTF-8, a DOCTYPE, or not
/// well-formed. `rule` is `xml-encoding`, `xml-doctype` or `xml-syntax`.
public struct ParseProblem: Error, Sendable {
    public let rule: String
    public let message: String
    public let range: ByteRange
}
