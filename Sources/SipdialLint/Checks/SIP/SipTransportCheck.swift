/// `sip-transport`: `;transport=` names a transport of the dialect (kind `unsupported`),
/// and is not written as a `?transport=` header (kind `header`; when it is the only
/// header and the URI has no transport parameter, the fix's range is the "?").
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
                let alone =
                    target.uri.headers.count == 1 && !target.uri.parameters.contains { target.uri.nameEquals($0.name, "transport") }
                let question = target.uri.headersStart.map { [target.range($0..<($0 + 1))] } ?? []
                report(
                    Finding(target.range(problem.range), kind: "header", ["problem": problem.message], fixRanges: alone ? question : []))
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
