/// A problem in one document: rule, severity, message and where (bytes).
package struct Diagnostic: Sendable, Equatable {
    package var rule: String
    package var severity: Severity
    package var message: String
    package var range: ByteRange
    /// How to fix it, when its rule offers a fix for it.
    package var fix: Fix?

    package init(rule: String, severity: Severity, message: String, range: ByteRange, fix: Fix? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.fix = fix
    }
}
