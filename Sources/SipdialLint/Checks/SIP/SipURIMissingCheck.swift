/// `sip-uri-missing`: a `<Sip>` (or `<Uri>`) with no URI at all.
struct SipURIMissingCheck: Check {
    static let type = CheckType("sip-uri-missing", values: ["element"]) { _ throws(DefinitionError) in SipURIMissingCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where target.isEmpty {
            report(Finding(target.holder.startTag, ["element": target.holder.name]))
        }
    }
}
