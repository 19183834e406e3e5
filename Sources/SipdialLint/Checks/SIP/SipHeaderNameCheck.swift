/// `sip-header-name`: custom header names (the URI's `?name=` part and `<Header name>`)
/// start with `prefix` in any case, unless listed in `allowed`.
struct SipHeaderNameCheck: Check {
    static let type = CheckType("sip-header-name", values: ["header"], parameters: ["prefix", "allowed"]) {
        parameters throws(DefinitionError) in
        SipHeaderNameCheck(
            prefix: Text.asciiLowercased(try parameters.requiredString("prefix")),
            allowed: (try parameters.strings("allowed") ?? []).map(Text.asciiLowercased))
    }

    let prefix: String
    let allowed: [String]

    func accepts(_ name: String) -> Bool {
        let lower = Text.asciiLowercased(name)
        return lower.hasPrefix(prefix) || allowed.contains(lower)
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) {
            for header in target.uri.headers where !header.name.isEmpty {
                let name = target.uri.text(header.name)
                if target.uri.nameEquals(header.name, "transport") || accepts(name) { continue }
                report(Finding(target.range(header.name), ["header": name]))
            }
        }
        var pending = Array(element.children)
        while let child = pending.popLast() {
            pending += child.children
            guard child.isNamed("Header"), let name = child.attribute("name") else { continue }
            let value = context.value(of: name)
            if !accepts(value) { report(Finding(name.valueRange, ["header": value])) }
        }
    }
}
