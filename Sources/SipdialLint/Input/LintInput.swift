/// One thing to lint.
package enum LintInput: Sendable {
    case file(String)
    case standardInput(name: String)
    /// A path that cannot be linted, with the reason.
    case unreadable(String, String)
}
