/// What a check found: where, which kind of finding (selects the message template),
/// and the values its message fills in.
public struct Finding {
    public var range: ByteRange
    public var kind: String
    public var values: MessageValues

    public init(_ range: ByteRange, kind: String = "default", _ values: MessageValues = [:]) {
        self.range = range
        self.kind = kind
        self.values = values
    }
}
