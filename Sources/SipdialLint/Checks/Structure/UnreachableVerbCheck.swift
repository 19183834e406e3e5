/// `unreachable-verb`: a child after one of the `after` elements (`<Hangup>`,
/// `<Reject>`, `<Redirect>`) never runs; reported once, on the first such child. An
/// element with template tags between its children is left alone.
struct UnreachableVerbCheck: Check {
    static let type = CheckType("unreachable-verb", values: ["verb", "stop", "element"], parameters: ["after"]) {
        parameters throws(DefinitionError) in
        UnreachableVerbCheck(after: try parameters.requiredStrings("after"))
    }

    let after: [String]

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        // Template tags between the verbs ({{#if}} … {{else}} … {{/if}}) may keep only
        // one branch: what follows a <Hangup> may be another branch.
        let bytes = context.document.bytes
        if context.mayHoldTemplates, element.textRuns.contains(where: { Text.hasTemplate(bytes[$0.range.start..<$0.range.end]) }) { return }
        var stop: String?
        for child in element.children {
            if let stop {
                report(Finding(child.startTag, ["verb": child.name, "stop": stop, "element": element.name]))
                return
            }
            if after.contains(child.name) { stop = child.name }
        }
    }
}
