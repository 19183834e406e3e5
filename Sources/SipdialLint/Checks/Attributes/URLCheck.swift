/// `url`: attributes the dialect types `url` hold an absolute http(s) URL or a relative path.
struct URLCheck: Check {
    static let type = CheckType("url", values: ["attribute", "value", "problem", "element"]) { _ throws(DefinitionError) in URLCheck() }

    /// Why a value (its bytes, read in place: a good URL costs no allocation) is not an
    /// http(s) URL or a relative path, or nil when it is one.
    static func problem(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Range<Int>)? {
        if bytes.isEmpty { return ("it is empty", 0..<0) }
        if let space = bytes.firstIndex(where: Text.isXMLSpace) {
            return ("it contains white space; escape it as %20", space..<(space + 1))
        }
        if let bad = bytes.firstIndex(where: {
            $0 < 0x20 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E || $0 == 0x5C || $0 == 0x60 || $0 == 0x7B || $0 == 0x7D || $0 == 0x7C
                || $0 == 0x5E
        }) {
            return ("character \"\(String(decoding: [bytes[bad]], as: UTF8.self))\" must be percent-encoded", bad..<(bad + 1))
        }
        func lowered(_ range: Range<Int>) -> String { Text.asciiLowercased(String(decoding: bytes[range], as: UTF8.self)) }
        var schemeEnd: Int?
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == 0x3A {
                schemeEnd = index
                break
            }
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if !(letter || (index > 0 && ((0x30...0x39).contains(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E))) { break }
        }
        if let end = schemeEnd, end > 0 {
            guard Text.spells(bytes[0..<end], lowercased: "http") || Text.spells(bytes[0..<end], lowercased: "https") else {
                return ("scheme \"\(lowered(0..<end)):\" is not http or https", 0..<(end + 1))
            }
            guard end + 2 < bytes.count, bytes[end + 1] == 0x2F, bytes[end + 2] == 0x2F else {
                return ("\"\(lowered(0..<end)):\" must be followed by \"//\" and a host", 0..<(end + 1))
            }
            let host = bytes[(end + 3)...].prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }
            if host.isEmpty { return ("the URL has no host", 0..<min(bytes.count, end + 3)) }
            return nil
        }
        if Text.spells(bytes.prefix(4), lowercased: "www.") {
            return ("it looks like a host without a scheme; write https://\(String(decoding: bytes, as: UTF8.self))", 0..<4)
        }
        return nil
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        element.forEachAttribute(in: context, typed: { $0 == .url }) { index in
            let attribute = element.attributes[index]
            guard let (problem, range) = context.document.withValue(of: attribute, URLCheck.problem) else { return }
            let place = range.isEmpty ? attribute.valueRange : context.range(in: attribute, range)
            report(
                Finding(
                    place,
                    [
                        "attribute": attribute.name, "value": Messages.excerpt(context.value(of: attribute)), "problem": problem,
                        "element": element.name,
                    ]))
        }
    }
}
