/// `charset`: the attribute holds only ASCII letters, digits and the characters of
/// `extra`; the finding lands on the first other character.
struct CharsetCheck: Check {
    static let type = CheckType("charset", values: ["attribute", "value", "character", "element"], parameters: ["attribute", "extra"]) {
        parameters throws(DefinitionError) in
        CharsetCheck(attribute: try parameters.requiredString("attribute"), extra: Array((try parameters.string("extra") ?? "").utf8))
    }

    let attribute: String
    let extra: [UInt8]

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(attribute) else { return }
        let value = context.value(of: found)
        let bytes = Array(value.utf8)
        guard
            let bad = bytes.firstIndex(where: { byte in
                !((0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || extra.contains(byte))
            })
        else { return }
        var end = bad + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[bad..<end], as: UTF8.self)
        let shown: String
        switch bytes[bad] {
        case 0x20: shown = "a space"
        case 0x09: shown = "a tab"
        case 0x0A, 0x0D: shown = "a line break"
        default: shown = "\"\(character)\""
        }
        report(
            Finding(
                context.range(in: found, bad..<end),
                ["attribute": attribute, "value": Messages.excerpt(value), "character": shown, "element": element.name]))
    }
}
