/// One thing to lint.
package enum LintInput: Sendable {
    /// A file, by its exact bytes; its reports show `path.display`.
    case file(FilePath)
    case standardInput(name: String)
    /// A path that cannot be linted, with the reason.
    case unreadable(FilePath, String)
}
