import CLibXML2

/// A document-level problem found before any rule runs: not UTF-8, a DOCTYPE, or not
/// well-formed. `rule` is `xml-encoding`, `xml-doctype` or `xml-syntax`.
package struct ParseProblem: Error, Sendable {
    package let rule: String
    package let message: String
    package let range: ByteRange
}
