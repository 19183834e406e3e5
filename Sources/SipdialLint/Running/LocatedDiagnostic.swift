/// A diagnostic with its file and its line and column: what reporters print.
package struct LocatedDiagnostic: Sendable {
    package var path: String
    package var rule: String
    package var severity: Severity
    package var message: String
    package var start: SourcePosition
    /// Exclusive.
    package var end: SourcePosition
    /// The source around `start` (at most 60 characters either side, on its line), for
    /// the caret display, and the column of `start` within it.
    package var sourceLine: String
    package var sourceColumn: Int
    /// How to fix it, when its rule offers a fix for it.
    package var fix: LocatedFix? = nil
}
