/// `empty-verb`: an element the dialect says needs text (`text: required`, `url` or
/// `phone-number`) holds none, neither text nor a child element, and none of the
/// attributes that stand in for it (`text-unless`).
struct EmptyVerbCheck: Check {
    static let type = CheckType("empty-verb", values: ["element", "needs", "hint"]) { _ throws(DefinitionError) in EmptyVerbCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let spec = context.spec(of: element), spec.text.isRequired, element.children.isEmpty else { return }
        if context.document.holdsText(element) { return }
        if spec.textUnless.contains(where: { element.attribute($0) != nil }) { return }
        let needs: String
        switch spec.text {
        case .url: needs = "a URL"
        case .phoneNumber: needs = "a phone number"
        default: needs = "its text"
        }
        let hint = spec.textUnless.isEmpty ? "" : " (or the attribute \(Text.alternatives(spec.textUnless.map { "\"\($0)\"" })))"
        report(Finding(element.startTag, ["element": element.name, "needs": needs, "hint": hint]))
    }
}
