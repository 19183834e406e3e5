/// `dial-caller-id`: a `<Dial>`'s callerId fits what it dials. With `<Sip>`: ASCII
/// letters, digits and the characters of `sip-extra` (kind `sip`); with `<Number>` (or a
/// bare number as the `<Dial>`'s text): a phone number, digits and the characters of
/// `number-extra` (kind `number`); with `<Client>` alone: a phone number, or
/// `client-prefix` and a name (kind `client`).
struct DialCallerIDCheck: Check {
    static let type = CheckType(
        "dial-caller-id", values: ["value", "character", "element"], parameters: ["sip-extra", "number-extra", "client-prefix"],
        kinds: ["sip", "number", "client"]
    ) { parameters throws(DefinitionError) in
        DialCallerIDCheck(
            sipExtra: Array((try parameters.string("sip-extra") ?? "").utf8),
            numberExtra: Array((try parameters.string("number-extra") ?? "").utf8),
            clientPrefix: try parameters.string("client-prefix"))
    }

    let sipExtra: [UInt8]
    let numberExtra: [UInt8]
    let clientPrefix: String?

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute("callerId"), !context.isTemplate(found) else { return }
        let children = element.children
        let hasSip = children.contains { $0.isNamed("Sip") }
        let hasNumber = children.contains { $0.isNamed("Number") } || context.document.holdsText(element)
        let hasClient = children.contains { $0.isNamed("Client") }
        guard hasSip || hasNumber || hasClient else { return }
        let value = context.value(of: found)
        func values(_ character: String) -> MessageValues {
            ["value": Messages.excerpt(value), "character": Messages.character(character), "element": element.name]
        }
        if hasSip, let (bad, character) = CharsetCheck.firstOutside(value, letters: true, extra: sipExtra) {
            report(Finding(context.range(in: found, bad), kind: "sip", values(character)))
            return
        }
        let isNumber = !value.isEmpty && value.utf8.contains { (0x30...0x39).contains($0) }
        if hasNumber,
            let (bad, character) = CharsetCheck.firstOutside(value, letters: false, extra: numberExtra)
                ?? (isNumber ? nil : (0..<value.utf8.count, value))
        {
            report(Finding(context.range(in: found, bad), kind: "number", values(character)))
            return
        }
        if hasClient, !hasSip, !hasNumber, let prefix = clientPrefix {
            if value.hasPrefix(prefix), value.utf8.count > prefix.utf8.count { return }
            if isNumber, CharsetCheck.firstOutside(value, letters: false, extra: numberExtra) == nil { return }
            report(Finding(found.valueRange, kind: "client", values("")))
        }
    }
}
