/// The URIs each `<Sip>` of one document dials, parsed once and shared by the rules that
/// read them, and let go once every rule on the element has run. One thread uses it
/// (through its `LintContext`); it is not shared.
final class SipTargets {
    private let document: XMLDocument
    /// By element index. (One thread, and the methods do not call one another while they
    /// change it, so run-time exclusivity checks are left out: see `LintContext.described`
    /// for what they cost.)
    @exclusivity(unchecked) private var targets: [[SipTarget]?]

    /// Whether the document holds "{{" at all (see `LintContext.mayHoldTemplates`).
    private let mayHoldTemplates: Bool

    init(document: XMLDocument, mayHoldTemplates: Bool = true) {
        self.document = document
        self.mayHoldTemplates = mayHoldTemplates
        self.targets = Array(repeating: nil, count: document.elements.count)
    }

    func release(_ element: XMLElement) {
        targets[element.index] = nil
    }

    /// The URIs a `<Sip>` dials: each `<Uri>` child's text (Twilio), else its own text,
    /// else its `name` attribute (Restcomm, with `<Video>`). An empty `<Sip>` yields
    /// one empty target.
    func of(_ sip: XMLElement) -> [SipTarget] {
        if let cached = targets[sip.index] { return cached }
        let result: [SipTarget]
        if sip.children.isEmpty {
            // The common case: a <Sip> that holds its URI as text.
            result = [target(holder: sip, decoded: document.decodedText(of: sip))]
        } else if sip.children.contains(where: { $0.isNamed("Uri") }) {
            result = sip.children.filtered { $0.isNamed("Uri") }.map { target(holder: $0, decoded: document.decodedText(of: $0)) }
        } else {
            let own = target(holder: sip, decoded: document.decodedText(of: sip))
            if own.isEmpty, let name = sip.attribute("name"), sip.children.contains(where: { $0.isNamed("Video") }) {
                result = [target(holder: sip, decoded: document.decodedValue(of: name))]
            } else {
                result = [own]
            }
        }
        // A URI with a template tag (sip:{{User}}@example.com) is known only when the call
        // comes in: the URI rules leave it alone.
        let known = mayHoldTemplates ? result.filter { !Text.hasTemplate($0.uri.bytes) } : result
        targets[sip.index] = known
        return known
    }

    private func target(holder: XMLElement, decoded: DecodedText) -> SipTarget {
        let trimmed = decoded.trimmedRange
        let bytes = trimmed.count == decoded.bytes.count ? decoded.bytes : Array(decoded.bytes[trimmed])
        return SipTarget(holder: holder, decoded: decoded, trimmed: trimmed, uri: SipURI(bytes))
    }
}

extension LintContext {
    /// The URIs a `<Sip>` dials (see `SipTargets`).
    package func sipTargets(of sip: XMLElement) -> [SipTarget] { uris.of(sip) }
}
