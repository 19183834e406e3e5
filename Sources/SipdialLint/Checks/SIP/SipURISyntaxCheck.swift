/// `sip-uri-syntax`: the first RFC 3261 problem of each URI, at its exact character.
/// Kinds: `missing-scheme` (the fix's range is the URI's start) and `syntax`.
struct SipURISyntaxCheck: Check {
    static let type = CheckType("sip-uri-syntax", values: ["problem", "uri"], kinds: ["missing-scheme", "syntax"]) {
        _ throws(DefinitionError) in SipURISyntaxCheck()
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where !target.isEmpty {
            guard let problem = target.uri.problems.first(where: { $0.kind == .syntax }) else { continue }
            let start = target.range(0..<0)
            report(
                Finding(
                    target.range(problem.range), kind: problem.isMissingScheme ? "missing-scheme" : "syntax",
                    ["problem": problem.message, "uri": Messages.excerpt(target.uri.text(0..<target.uri.bytes.count))],
                    fixRanges: [ByteRange(start.start, start.start)]))
        }
    }
}
