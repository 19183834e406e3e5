/// How the user has set up one rule (from the config file or the command line).
public struct RuleSetting: Sendable {
    public var off = false
    public var severity: Severity?
    public var options: [String: YAMLNode] = [:]
    /// The config file the options come from, for error messages.
    public var optionsFile: String?
    public init(off: Bool = false, severity: Severity? = nil, options: [String: YAMLNode] = [:]) {
        self.off = off
        self.severity = severity
        self.options = options
    }
}
/// What decides which rules run and how.
public struct LintSettings: Sendable {
    /// The dialect's name; empty: the catalog's default.
    public var dialect = ""
    public var select: [String]?
    public var ignore: [String] = []
    public var rules: [String: RuleSetting] = [:]
    public init() {}
}
