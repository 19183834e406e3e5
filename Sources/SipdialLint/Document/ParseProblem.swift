import CLibXML2

/// A document-level problem found before any rule runs: not UTF-8, a DOCTYPE, or not
/// well-formed. `rule` is `xml-encoding`, `xml-doctype` or `xml-syntax`.
package struct ParseProblem: Error, Sendable {
    package let rule: String
    package let message: String
    package let range: ByteRange
    /// Which kind of problem, for the rule's fix: `ampersand` for a raw "&".
    package var kind = "default"

    package init(rule: String, message: String, range: ByteRange, kind: String = "default") {
        self.rule = rule
        self.message = message
        self.range = range
        self.kind = kind
    }
}
