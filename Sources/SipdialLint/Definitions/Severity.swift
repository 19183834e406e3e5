/// How serious a rule's findings are; the fail level (`--fail-level`) counts from here.
public enum Severity: String, Sendable, CaseIterable {
    case info, warning, error
}
