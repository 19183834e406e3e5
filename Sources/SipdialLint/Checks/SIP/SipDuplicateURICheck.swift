/// `sip-duplicate-uri`: the same URI twice among the `<Sip>` nouns of one element (scheme and
/// host compare case-insensitively, as RFC 3261 compares them). The fix's range is the
/// whole element that repeats it.
struct SipDuplicateURICheck: Check {
    static let type = CheckType("sip-duplicate-uri", values: ["uri"]) { _ throws(DefinitionError) in SipDuplicateURICheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        let sips = element.children.filtered { $0.isNamed("Sip") }
        // One <Sip> with no <Uri> children cannot repeat a URI.
        guard sips.count > 1 || sips.contains(where: { sip in sip.children.contains { $0.isNamed("Uri") } }) else { return }
        var seen: [[UInt8]] = []
        for sip in sips {
            for target in context.sipTargets(of: sip) where !target.isEmpty {
                let key = SipDuplicateURICheck.key(target)
                if seen.contains(key) {
                    report(
                        Finding(
                            target.wholeRange, ["uri": Messages.excerpt(target.uri.text(0..<target.uri.bytes.count))],
                            fixRanges: [context.document.wholeRange(of: target.holder)]))
                } else {
                    seen.append(key)
                }
            }
        }
    }

    /// The URI with its scheme and host lower-cased, as RFC 3261 compares them.
    static func key(_ target: SipTarget) -> [UInt8] {
        var key = target.uri.bytes
        // Written to only where a letter is upper case: most URIs are written in lower
        // case, and their key is then the URI's own bytes, not a copy.
        func lower(_ range: Range<Int>) {
            for index in range where Text.lowerASCII(key[index]) != key[index] { key[index] = Text.lowerASCII(key[index]) }
        }
        if target.uri.scheme != nil, let colon = key.firstIndex(of: 0x3A) { lower(0..<colon) }
        if let host = target.uri.host { lower(host) }
        return key
    }
}
