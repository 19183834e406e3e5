/// A wrong command line or configuration; the run stops with exit status 2.
package struct UsageError: Error, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
