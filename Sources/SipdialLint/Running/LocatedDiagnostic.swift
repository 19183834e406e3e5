/// A diagnostic with its file and its line and column: what reporters print.
public struct LocatedDiagnostic: Sendable {
    public var path: String
    public var rule: String
    public var severity: Severity
    public var message: String
    public var start: SourcePosition
    /// Exclusive.
    public var end: SourcePosition
    /// The source around `start` (at most 60 characters either side, on its line), for
    /// the caret display, and the column of `start` within it.
    public var sourceLine: String
    public var sourceColumn: Int
}
