/// What a check found: where, which kind of finding (selects the message template),
/// and the values its message fills in.
package struct Finding {
    package var range: ByteRange
    package var kind: String
    package var values: MessageValues

    package init(_ range: ByteRange, kind: String = "default", _ values: MessageValues = [:]) {
        self.range = range
        self.kind = kind
        self.values = values
    }
}
