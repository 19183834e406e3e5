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
        guard let found = element.attribute(attribute), !context.isTemplate(found) else { return }
        let value = context.value(of: found)
        guard let (bad, character) = Self.firstOutside(value, letters: true, extra: extra) else { return }
        report(
            Finding(
                context.range(in: found, bad),
                [
                    "attribute": attribute, "value": Messages.excerpt(value), "character": Messages.character(character),
                    "element": element.name,
                ]))
    }

    /// The first character of `value` that is not an ASCII digit, (with `letters`) an
    /// ASCII letter, nor one of `extra`: its byte range and its text.
    static func firstOutside(_ value: String, letters: Bool, extra: [UInt8]) -> (Range<Int>, String)? {
        let bytes = Array(value.utf8)
        guard
            let bad = bytes.firstIndex(where: { byte in
                !((0x30...0x39).contains(byte) || (letters && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || extra.contains(byte))
            })
        else { return nil }
        let end = Text.characterEnd(bytes, at: bad)
        return (bad..<end, String(decoding: bytes[bad..<end], as: UTF8.self))
    }
}
