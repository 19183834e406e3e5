/// What a check found: where, which kind of finding (selects the message template),
/// and the values its message fills in.
package struct Finding {
    package var range: ByteRange
    package var kind: String
    package var values: MessageValues
    /// Where the rule's fix, if it has one, makes its edits: nil for the finding's own range.
    package var fixRanges: [ByteRange]?

    package init(_ range: ByteRange, kind: String = "default", _ values: MessageValues = [:], fixRanges: [ByteRange]? = nil) {
        self.range = range
        self.kind = kind
        self.values = values
        self.fixRanges = fixRanges
    }
}
