/// `sip-mixed-content`: URI text and `<Uri>` children in the same `<Sip>`.
struct SipMixedContentCheck: Check {
    static let type = CheckType("sip-mixed-content", values: ["text", "child"], parameters: ["child"]) {
        parameters throws(DefinitionError) in
        SipMixedContentCheck(child: try parameters.requiredString("child"))
    }

    let child: String

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard element.children.contains(where: { $0.isNamed(child) }) else { return }
        let decoded = context.document.decodedText(of: element)
        let trimmed = decoded.trimmedRange
        guard !trimmed.isEmpty else { return }
        report(
            Finding(
                decoded.rawRange(trimmed),
                ["text": Messages.excerpt(String(decoding: decoded.bytes[trimmed], as: UTF8.self)), "child": child]))
    }
}
