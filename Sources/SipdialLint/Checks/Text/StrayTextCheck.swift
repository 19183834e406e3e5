/// `stray-text`: text inside an element the dialect says takes none (`text: none`),
/// reported once per run of text, from its first to its last character that is not
/// white space.
struct StrayTextCheck: Check {
    static let type = CheckType("stray-text", values: ["text", "element", "hint"]) { _ throws(DefinitionError) in StrayTextCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard context.spec(of: element)?.text == TextKind.none else { return }
        let bytes = context.document.bytes
        for run in element.textRuns {
            let trimmed = Text.trimmed(run.range.start..<run.range.end, in: bytes)
            // Template tags between verbs ({{#if}} … {{/if}}) are filled in before the platform reads the document.
            guard !trimmed.isEmpty, !Text.isBlankOutsideTemplates(bytes, trimmed) else { continue }
            let text = String(decoding: bytes[trimmed], as: UTF8.self)
            let hint = context.spec(of: element)?.children?.contains("Say") == true ? "; to speak it, put it inside <Say>" : ""
            report(
                Finding(
                    ByteRange(trimmed.lowerBound, trimmed.upperBound),
                    ["text": Messages.excerpt(text, limit: 40), "element": element.name, "hint": hint]))
        }
    }
}
