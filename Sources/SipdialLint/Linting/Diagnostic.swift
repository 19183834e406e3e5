/// A problem in one document: rule, severity, message and where (bytes).
package struct Diagnostic: Sendable, Equatable {
    package var rule: String
    package var severity: Severity
    package var message: String
    package var range: ByteRange
}
