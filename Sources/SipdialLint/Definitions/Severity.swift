/// How serious a rule's findings are; the fail level (`--fail-level`) counts from here.
package enum Severity: String, Sendable, CaseIterable {
    case info, warning, error
}
