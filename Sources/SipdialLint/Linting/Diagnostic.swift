/// A problem in one document: rule, severity, message and where (bytes).
public struct Diagnostic: Sendable, Equatable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var range: ByteRange
}
