/// `sip-uri-duplicate-param`: the same URI parameter twice (names compare case-insensitively).
struct SipURIDuplicateParamCheck: Check {
    static let type = CheckType("sip-uri-duplicate-param", values: ["parameter"]) { _ throws(DefinitionError) in SipURIDuplicateParamCheck()
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where !target.uri.hasSyntaxProblem {
            let parameters = target.uri.parameters
            guard parameters.count > 1 else { continue }
            var seen: Set<String> = []
            for parameter in parameters where !parameter.name.isEmpty {
                let name = Text.asciiLowercased(target.uri.text(parameter.name))
                if !seen.insert(name).inserted {
                    report(Finding(target.range(parameter.range), ["parameter": target.uri.text(parameter.name)]))
                }
            }
        }
    }
}
