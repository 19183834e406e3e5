/// A rule ready to run in one dialect: its selector and check compiled once.
final class CompiledRule: Sendable {
    let definition: RuleDefinition
    let severity: Severity
    let selector: Selector?
    let check: Check
    let isParserRule: Bool
    var isSuppressionRule: Bool { definition.check == "suppression" }

    /// The message templates by kind of finding, split once (a few, in a list: a lookup
    /// for each diagnostic costs less than hashing the kind).
    private let templates: [(kind: String, template: Template)]
    private let summary: Template

    init(definition: RuleDefinition, severity: Severity, selector: Selector?, check: Check, isParserRule: Bool) {
        self.definition = definition
        self.severity = severity
        self.selector = selector
        self.check = check
        self.isParserRule = isParserRule
        self.templates = definition.messages.sorted { $0.key < $1.key }.map { ($0.key, Template($0.value)) }
        self.summary = Template(definition.summary)
    }

    /// The diagnostic this rule reports for a finding.
    func diagnostic(for finding: Finding, dialect: String) -> Diagnostic {
        Diagnostic(rule: definition.id, severity: severity, message: message(for: finding, dialect: dialect), range: finding.range)
    }

    func message(for finding: Finding, dialect: String) -> String {
        let template =
            templates.first { Text.same($0.kind, finding.kind) }?.template
            ?? templates.first { Text.same($0.kind, "default") }?.template ?? summary
        return template.fill(finding.values, dialect: dialect)
    }
}
