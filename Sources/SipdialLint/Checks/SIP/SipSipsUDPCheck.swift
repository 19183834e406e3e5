/// `sip-sips-udp`: a `sips:` URI with `transport=udp` (RFC 3261 section 26.2.2).
struct SipSipsUDPCheck: Check {
    static let type = CheckType("sip-sips-udp", values: ["transport"]) { _ throws(DefinitionError) in SipSipsUDPCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where target.uri.isSecure && !target.uri.hasSyntaxProblem {
            for parameter in target.uri.parameter(named: "transport") {
                guard let value = parameter.value, target.uri.nameEquals(value, "udp") else { continue }
                report(Finding(target.range(value), ["transport": target.uri.text(value)]))
            }
        }
    }
}
