/// `sip-uri-password`: a password in the URI's userinfo. The message never repeats it.
/// An empty password leaks nothing, and a URI with a syntax problem gets that problem's
/// diagnostic alone.
struct SipURIPasswordCheck: Check {
    static let type = CheckType("sip-uri-password", values: ["user"]) { _ throws(DefinitionError) in SipURIPasswordCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) {
            guard let password = target.uri.password, !password.isEmpty, let user = target.uri.user,
                !target.uri.hasSyntaxProblem
            else { continue }
            report(Finding(target.range((password.lowerBound - 1)..<password.upperBound), ["user": target.uri.text(user)]))
        }
    }
}
