/// How a report is shown.
package struct ReportOptions: Sendable {
    package var color = false
    /// Show the source line and a caret under each diagnostic's column.
    package var showSource = false
    package var toolVersion = SipdialLintVersion.current
    /// The run's rules and dialects, for formats that describe the rules (SARIF).
    package var catalog = RuleCatalog()
    package init() {}
}
