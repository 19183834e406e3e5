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
    /// The fixes the rule offers, with their templates.
    private let fixes: FixTemplates

    init(definition: RuleDefinition, severity: Severity, selector: Selector?, check: Check, isParserRule: Bool) {
        self.definition = definition
        self.severity = severity
        self.selector = selector
        self.check = check
        self.isParserRule = isParserRule
        self.templates = definition.messages.sorted { $0.key < $1.key }.map { ($0.key, Template($0.value)) }
        self.summary = Template(definition.summary)
        self.fixes = FixTemplates(definition.fixes)
    }

    /// The diagnostic this rule reports for a finding in a document of `bytes`, with the
    /// fix the rule offers for it, if any.
    /// Not `whole`: the fix is only its safety, without edits or title.
    func diagnostic(for finding: Finding, dialect: String, bytes: [UInt8], whole: Bool = true) -> Diagnostic {
        Diagnostic(
            rule: definition.id, severity: severity, message: message(for: finding, dialect: dialect), range: finding.range,
            fix: fixes.declarations.isEmpty ? nil : whole ? fix(for: finding, dialect: dialect, bytes: bytes) : fixSafety(for: finding))
    }

    /// The first declaration that mends the finding's kind and whose placeholders the
    /// finding fills in, when the finding has ranges to edit.
    private func declaration(for finding: Finding) -> FixTemplates.Entry? {
        guard finding.fixRanges?.isEmpty != true else { return nil }
        return fixes.entries.first { entry in
            (entry.declaration.kinds?.contains(finding.kind) ?? true) && entry.text.canFill(finding.values)
        }
    }

    /// Whether the finding has a fix, and if it is safe, as a fix without edits: the
    /// declaration that would make it, without making it.
    func fixSafety(for finding: Finding) -> Fix? {
        declaration(for: finding).map { Fix(isSafe: $0.declaration.isSafe, title: "", edits: []) }
    }

    /// The fix the finding's declaration makes.
    func fix(for finding: Finding, dialect: String, bytes: [UInt8]) -> Fix? {
        guard let (declaration, text, title) = declaration(for: finding), let written = text.fixText(finding.values, dialect: dialect)
        else { return nil }
        let ranges = finding.fixRanges ?? [finding.range]
        guard ranges.allSatisfy({ $0.end <= bytes.count }) else { return nil }
        let edits: [Edit]
        switch declaration.fixer {
        case .replace: edits = ranges.map { Edit($0, written) }
        case .insert: edits = ranges.map { Edit(ByteRange($0.start, $0.start), written) }
        case .remove: edits = ranges.map { Edit(Self.wholeLine($0, in: bytes), "") }
        }
        // The title the rule file gives, or what the fixer does.
        let name: String
        if let title, let filled = title.fixText(finding.values, dialect: dialect) {
            name = filled
        } else {
            switch declaration.fixer {
            case .replace: name = "write \"" + written + "\""
            case .insert: name = "insert \"" + written + "\""
            case .remove: name = "remove it"
            }
        }
        return Fix(isSafe: declaration.isSafe, title: name, edits: edits)
    }

    /// `range`, with the white space before it back to the start of its line and the
    /// line's end after it, when nothing else is on that line: removing it leaves no
    /// blank line behind. An element that shares its line takes the spaces between it and
    /// the markup beside it: `<Sip>a</Sip> <Sip>b</Sip>` loses ` <Sip>b</Sip>`, and
    /// `<Sip>b</Sip> <!-- c -->` at a line's start loses `<Sip>b</Sip> `.
    static func wholeLine(_ range: ByteRange, in bytes: [UInt8]) -> ByteRange {
        var start = range.start
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        var end = range.end
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        let startsLine = start == 0 || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D
        guard startsLine, end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D else {
            let isElement = range.start < bytes.count && bytes[range.start] == UInt8(ascii: "<")
            guard isElement else { return range }
            // First on its line: the spaces after it go; after a tag: the spaces before it.
            if startsLine { return ByteRange(range.start, end) }
            return start < range.start && bytes[start - 1] == UInt8(ascii: ">") ? ByteRange(start, range.end) : range
        }
        if end < bytes.count {
            end += bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1
        }
        return ByteRange(start, end)
    }

    func message(for finding: Finding, dialect: String) -> String {
        let template =
            templates.first { Text.same($0.kind, finding.kind) }?.template
            ?? templates.first { Text.same($0.kind, "default") }?.template ?? summary
        return template.fill(finding.values, dialect: dialect)
    }
}
