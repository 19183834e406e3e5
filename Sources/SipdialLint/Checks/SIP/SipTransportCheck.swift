/// `sip-transport`: `;transport=` names a transport of the dialect (kind `unsupported`),
/// and is not written as a `?transport=` header (kind `header`).
struct SipTransportCheck: Check {
    static let type = CheckType(
        "sip-transport", values: [], kindValues: ["header": ["problem"], "unsupported": ["transport", "allowed"]], parameters: ["allowed"],
        kinds: ["unsupported", "header"]
    ) { parameters throws(DefinitionError) in
        SipTransportCheck(allowed: try parameters.requiredStrings("allowed"))
    }

    let allowed: [String]

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        // The URI is read through its target, never copied (a copy retains its parts).
        for target in context.sipTargets(of: element) where !target.isEmpty {
            for problem in target.uri.problems where problem.kind == .transportHeader {
                report(Finding(target.range(problem.range), kind: "header", ["problem": problem.message]))
            }
            if target.uri.hasSyntaxProblem { continue }
            for parameter in target.uri.parameters where target.uri.nameEquals(parameter.name, "transport") {
                guard let value = parameter.value else { continue }
                if !allowed.contains(where: { target.uri.nameEquals(value, $0) }) {
                    report(
                        Finding(
                            target.range(value), kind: "unsupported",
                            ["transport": target.uri.text(value), "allowed": Text.list(allowed)]))
                }
            }
        }
    }
}
