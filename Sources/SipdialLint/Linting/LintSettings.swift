/// How the user has set up one rule (from the config file or the command line).
package struct RuleSetting: Sendable {
    package var off = false
    package var severity: Severity?
    package var options: [String: YAMLNode] = [:]
    /// The config file the options come from, for error messages.
    package var optionsFile: String?
    package init(off: Bool = false, severity: Severity? = nil, options: [String: YAMLNode] = [:]) {
        self.off = off
        self.severity = severity
        self.options = options
    }
}
/// What decides which rules run and how.
package struct LintSettings: Sendable {
    /// The dialect's name; empty: the catalog's default.
    package var dialect = ""
    package var select: [String]?
    package var ignore: [String] = []
    package var rules: [String: RuleSetting] = [:]
    /// Whether each diagnostic's fix is worked out whole (its edits and title), or only
    /// whether it has one and if it is safe: all the text format shows (a document
    /// linted in the wrong dialect may have a fix for each of thousands of findings).
    package var wholeFixes = true
    package init() {}
}
