/// `attribute-value`: booleans, integers, enumerations, character sets and word lists
/// the dialect declares. Kinds: `boolean`, `integer`, `enum`, `charset`, `word`,
/// `repeated-word`. Attributes listed in `skip` as `Element@attribute` are left to rules
/// of their own. A boolean or enumeration value that is an allowed one in another case
/// (the only one so spelt) names it as `suggestion`.
struct AttributeValueCheck: Check {
    static let type = CheckType(
        "attribute-value", values: ["attribute", "value", "element", "hint"],
        kindValues: [
            "boolean": ["suggestion"], "integer": ["range"], "enum": ["allowed", "suggestion"], "charset": ["allowed", "character"],
            "word": ["allowed", "item"],
            "repeated-word": ["item"],
        ],
        parameters: ["skip"], kinds: ["boolean", "integer", "enum", "charset", "word", "repeated-word"]
    ) { parameters throws(DefinitionError) in
        AttributeValueCheck(skip: Set(try parameters.strings("skip") ?? []))
    }

    let skip: Set<String>

    static func checks(_ tag: AttributeType.Tag) -> Bool {
        tag == .boolean || tag == .integer || tag == .enumeration || tag == .charset || tag == .words
    }

    /// Whether a value's bytes fit its type (the common case, checked without a string).
    static func fits(_ bytes: UnsafeBufferPointer<UInt8>, _ type: AttributeType) -> Bool {
        switch type {
        case .boolean:
            return bytes.elementsEqual("true".utf8) || bytes.elementsEqual("false".utf8)
        case .integer(let range):
            guard let number = IntegerCheck.parse(bytes: bytes) else { return false }
            return range.min.map { number >= $0 } ?? true && range.max.map { number <= $0 } ?? true
        case .enumeration(let allowed):
            return allowed.contains { $0.utf8.elementsEqual(bytes) }
        case .charset(let characters):
            return bytes.allSatisfy { characters.utf8.contains($0) }
        default:
            return false
        }
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        element.forEachAttribute(in: context, typed: Self.checks) { index in
            let attribute = element.attributes[index]
            guard let type = context.attributeType(of: element, at: index) else { return }
            // Read in place: most values fit, and cost no string.
            guard !context.document.withValue(of: attribute, { Self.fits($0, type) }) else { return }
            let value = context.value(of: attribute)
            var skipped: Bool { skip.contains("\(element.name)@\(attribute.name)") }
            // Message values are built only for a value that fails.
            func values() -> MessageValues {
                ["attribute": attribute.name, "value": Messages.excerpt(value), "element": element.name, "hint": ""]
            }
            switch type {
            case .boolean:
                guard value != "true" && value != "false", !skipped else { return }
                var found = values()
                let lower = Text.asciiLowercased(value)
                if lower == "true" || lower == "false" {
                    found["hint"] = "; write \"\(lower)\""
                    found["suggestion"] = lower
                }
                report(Finding(attribute.valueRange, kind: "boolean", found))
            case .integer(let range):
                let (low, high, also) = (range.min, range.max, range.also)
                if let number = IntegerCheck.parse(value), low.map({ number >= $0 }) ?? true, high.map({ number <= $0 }) ?? true { return }
                guard !also.contains(value), !skipped else { return }
                var found = values()
                found["range"] = IntegerCheck.describe(min: low, max: high) + also.map { " or \"\($0)\"" }.joined()
                found["hint"] = Text.didYouMean(value, in: also)
                report(Finding(attribute.valueRange, kind: "integer", found))
            case .enumeration(let allowed):
                guard !allowed.contains(value), !skipped else { return }
                var found = values()
                found["allowed"] = Text.list(allowed)
                found["hint"] = Text.didYouMean(value, in: allowed)
                let sameButCase = allowed.filter { Text.equalIgnoringASCIICase($0, value) }
                if sameButCase.count == 1 { found["suggestion"] = sameButCase[0] }
                report(Finding(attribute.valueRange, kind: "enum", found))
            case .charset(let characters):
                let bytes = Array(value.utf8)
                let allowed = Array(characters.utf8)
                guard let bad = bytes.firstIndex(where: { !allowed.contains($0) }), !skipped else { return }
                let end = Text.characterEnd(bytes, at: bad)
                var found = values()
                found["allowed"] = "the characters \"\(characters)\""
                found["character"] = Messages.character(String(decoding: bytes[bad..<end], as: UTF8.self))
                report(Finding(context.range(in: attribute, bad..<end), kind: "charset", found))
            case .words(let allowed):
                let bytes = Array(value.utf8)
                var seen: Set<String> = []
                for piece in Text.split(bytes[...], on: Text.isXMLSpace) where !piece.isEmpty {
                    let item = String(decoding: bytes[piece], as: UTF8.self)
                    if allowed.contains(item) {
                        guard !seen.insert(item).inserted, !skipped else { continue }
                        var found = values()
                        found["item"] = Messages.excerpt(item)
                        report(Finding(context.range(in: attribute, piece), kind: "repeated-word", found))
                        continue
                    }
                    guard !skipped else { return }
                    var found = values()
                    found["item"] = Messages.excerpt(item)
                    found["allowed"] = Text.list(allowed)
                    found["hint"] =
                        item.contains(",") && item.split(separator: ",").allSatisfy({ allowed.contains(String($0)) })
                        ? "; separate the words with spaces" : Text.didYouMean(item, in: allowed)
                    report(Finding(context.range(in: attribute, piece), kind: "word", found))
                }
            default:
                return
            }
        }
    }
}
