/// How a report is shown.
public struct ReportOptions: Sendable {
    public var color = false
    /// Show the source line and a caret under each diagnostic's column.
    public var showSource = false
    public var toolVersion = SipdialLintVersion.current
    /// The run's rules and dialects, for formats that describe the rules (SARIF).
    public var catalog = RuleCatalog()
    public init() {}
}
