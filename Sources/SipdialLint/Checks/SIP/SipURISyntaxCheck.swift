/// `sip-uri-syntax`: the first RFC 3261 problem of each URI, at its exact character.
struct SipURISyntaxCheck: Check {
    static let type = CheckType("sip-uri-syntax", values: ["problem", "uri"]) { _ throws(DefinitionError) in SipURISyntaxCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where !target.isEmpty {
            guard let problem = target.uri.problems.first(where: { $0.kind == .syntax }) else { continue }
            report(
                Finding(
                    target.range(problem.range),
                    ["problem": problem.message, "uri": Messages.excerpt(target.uri.text(0..<target.uri.bytes.count))]))
        }
    }
}
