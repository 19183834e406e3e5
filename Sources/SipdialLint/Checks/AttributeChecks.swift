/// `integer`: the attribute is a whole number within `min`…`max` (kinds `not-integer`, `range`).
struct IntegerCheck: Check {
    static let type = CheckType("integer", parameters: ["attribute", "min", "max"], kinds: ["not-integer", "range"]) { parameters throws(DefinitionError) in
        IntegerCheck(attribute: try parameters.requiredString("attribute"), min: try parameters.int("min"), max: try parameters.int("max"))
    }

    let attribute: String
    let min: Int?
    let max: Int?

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(attribute) else { return }
        let value = context.value(of: found)
        let kind: String
        if let number = IntegerCheck.parse(value) {
            if let min, number < min { kind = "range" } else if let max, number > max { kind = "range" } else { return }
        } else {
            kind = "not-integer"
        }
        report(Finding(found.valueRange, kind: kind, [
            "attribute": attribute, "value": Messages.excerpt(value), "element": element.name,
            "min": min.map(String.init) ?? "", "max": max.map(String.init) ?? "", "range": IntegerCheck.describe(min: min, max: max),
        ]))
    }

    /// A decimal integer with an optional sign, no spaces; nil when it is not one.
    /// (Read in place: every integer attribute of every element comes through here.)
    static func parse(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard let first = bytes.first else { return nil }
            let negative = first == 0x2D
            let digits = negative || first == 0x2B ? bytes[1...] : bytes[...]
            guard !digits.isEmpty else { return nil }
            var value = 0
            var overflow = false
            for byte in digits {
                guard (0x30...0x39).contains(byte) else { return nil }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = negative ? times.subtractingReportingOverflow(Int(byte - 0x30)) : times.addingReportingOverflow(Int(byte - 0x30))
                if o1 || o2 { overflow = true }
                value = sum
            }
            return overflow ? (negative ? Int.min : Int.max) : value
        }
    }

    static func describe(min: Int?, max: Int?) -> String {
        switch (min, max) {
        case (let low?, let high?): return "from \(low) to \(high)"
        case (0?, nil): return "0 or more"
        case (let low?, nil): return "\(low) or more"
        case (nil, let high?): return "at most \(high)"
        default: return "any whole number"
        }
    }
}

/// `list`: the attribute is a list of items from `allowed`, split by `separator`
/// (`,` or `space`). Kinds: `unknown`, `case` (right word, wrong case), `empty`,
/// `duplicate`, `separator` (the other dialect's separator).
struct ListCheck: Check {
    static let type = CheckType("list", parameters: ["attribute", "allowed", "separator", "unique"],
                                kinds: ["unknown", "case", "empty", "duplicate", "separator"]) { parameters throws(DefinitionError) in
        let separator = try parameters.string("separator") ?? ","
        guard separator == "," || separator == "space" else {
            throw parameters.error("separator", "separator must be \",\" or space")
        }
        return ListCheck(attribute: try parameters.requiredString("attribute"), allowed: try parameters.requiredStrings("allowed"),
                         bySpace: separator == "space", unique: try parameters.bool("unique", default: true))
    }

    let attribute: String
    let allowed: [String]
    let bySpace: Bool
    let unique: Bool
    private let allowedBytes: [[UInt8]]

    init(attribute: String, allowed: [String], bySpace: Bool, unique: Bool) {
        self.attribute = attribute
        self.allowed = allowed
        self.bySpace = bySpace
        self.unique = unique
        self.allowedBytes = allowed.map { Array($0.utf8) }
    }

    /// True when the value has nothing to report; allocates nothing.
    private func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The allowed items seen so far, one bit each (a list of more than 64 is
        // left to the slow path).
        if unique && allowedBytes.count > 64 { return false }
        var seen: UInt64 = 0
        var start = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            let byte: UInt8 = atEnd ? 0 : bytes[index]
            if bySpace && byte == 0x2C { return false }
            let separator = atEnd || (bySpace ? Text.isXMLSpace(byte) : byte == 0x2C)
            if separator {
                let item = Text.trimmed(start..<index, in: bytes)
                if item.isEmpty {
                    if !bySpace { return false } // an empty item (the slow path reports it)
                } else {
                    for inner in item where Text.isXMLSpace(bytes[inner]) { return false }
                    guard let number = allowedBytes.firstIndex(where: { $0.elementsEqual(bytes[item]) }) else { return false }
                    if unique {
                        if seen & (1 << UInt64(number)) != 0 { return false }
                        seen |= 1 << UInt64(number)
                    }
                }
                start = index + 1
            }
            index += 1
        }
        return true
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(attribute), !context.document.withValue(of: found, isClean) else { return }
        let value = context.value(of: found)
        let bytes = Array(value.utf8)
        var values: MessageValues = ["attribute": attribute, "value": Messages.excerpt(value), "allowed": Text.list(allowed),
                      "element": element.name, "separator": bySpace ? "spaces" : "commas"]
        func at(_ range: Range<Int>) -> ByteRange { context.range(in: found, range) }

        // The other separator: commas where spaces belong, or spaces between items where commas belong.
        if bySpace, let comma = bytes.firstIndex(of: 0x2C) {
            values["wrong"] = "commas"
            report(Finding(at(comma..<(comma + 1)), kind: "separator", values))
            return
        }
        if !bySpace {
            let pieces = Text.split(bytes[...], on: { $0 == 0x2C })
            for piece in pieces {
                let inner = Text.trimmed(piece, in: bytes)
                if let space = inner.first(where: { Text.isXMLSpace(bytes[$0]) }) {
                    values["wrong"] = "spaces"
                    report(Finding(at(space..<(space + 1)), kind: "separator", values))
                    return
                }
            }
        }
        var seen: Set<String> = []
        let pieces = Text.split(bytes[...], on: bySpace ? Text.isXMLSpace : { $0 == 0x2C })
        for (number, piece) in pieces.enumerated() {
            let inner = Text.trimmed(piece, in: bytes)
            let item = String(decoding: bytes[inner], as: UTF8.self)
            var itemValues = values
            itemValues["item"] = Messages.excerpt(item)
            if inner.isEmpty {
                if bySpace { continue } // runs of spaces are one separator
                let place = number < pieces.count - 1 ? piece.upperBound..<(piece.upperBound + 1) : (piece.lowerBound - 1)..<piece.lowerBound
                report(Finding(at(max(0, place.lowerBound)..<max(1, place.upperBound)), kind: "empty", itemValues))
                continue
            }
            if !allowed.contains(item) {
                if let right = allowed.first(where: { Text.asciiLowercased($0) == Text.asciiLowercased(item) }) {
                    itemValues["suggestion"] = right
                    report(Finding(at(inner), kind: "case", itemValues))
                } else {
                    let nearest = Text.nearest(to: item, in: allowed)
                    itemValues["suggestion"] = nearest ?? ""
                    itemValues["hint"] = nearest.map { " (did you mean \"\($0)\"?)" } ?? ""
                    report(Finding(at(inner), kind: "unknown", itemValues))
                }
                continue
            }
            if unique, !seen.insert(item).inserted {
                report(Finding(at(inner), kind: "duplicate", itemValues))
            }
        }
    }
}

/// The attributes of an element that the dialect gives a type of some kind.
extension XMLElement {
    /// Calls `body` with the index of each attribute whose declared type's tag `wanted`
    /// accepts. (By index: neither the attribute nor its type is copied for the others.)
    func forEachAttribute(in context: LintContext, typed wanted: (AttributeType.Tag) -> Bool, _ body: (Int) -> Void) {
        guard !attributes.isEmpty else { return }
        let found = context.attributeTags(of: self)
        for index in 0..<min(attributes.count, found.count) {
            if let tag = found[index], wanted(tag) { body(index) }
        }
    }
}

/// `http-method`: attributes the dialect types `http-method` hold one of `values`
/// (or, for an attribute listed under `exceptions`, one of its own list). Kinds:
/// `case` (right method, wrong case) and `unknown`.
struct HTTPMethodCheck: Check {
    static let type = CheckType("http-method", parameters: ["values", "exceptions"], kinds: ["case", "unknown"]) { parameters throws(DefinitionError) in
        var exceptions: [String: [String]] = [:]
        if let node = parameters.node("exceptions") {
            guard let pairs = node.mapping else { throw parameters.error("exceptions", "exceptions map attribute names to lists of methods") }
            for pair in pairs {
                guard let list = pair.value.sequence?.compactMap(\.string) else {
                    throw DefinitionError(file: parameters.file, mark: pair.value.mark, "exceptions map attribute names to lists of methods")
                }
                exceptions[pair.key] = list
            }
        }
        return HTTPMethodCheck(values: try parameters.requiredStrings("values"), exceptions: exceptions)
    }

    let values: [String]
    /// A list: it holds one or two names, and a scan costs less than hashing.
    let exceptions: [(name: String, values: [String])]

    init(values: [String], exceptions: [String: [String]]) {
        self.values = values
        self.exceptions = exceptions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        element.forEachAttribute(in: context, typed: { $0 == .httpMethod }) { index in
            let attribute = element.attributes[index]
            let allowed = exceptions.first { $0.name == attribute.name }?.values ?? values
            let value = context.value(of: attribute)
            guard !allowed.contains(value) else { return }
            var values: MessageValues = ["attribute": attribute.name, "value": Messages.excerpt(value), "allowed": allowed.joined(separator: " or "), "element": element.name]
            if let right = allowed.first(where: { Text.asciiLowercased($0) == Text.asciiLowercased(value) }) {
                values["suggestion"] = right
                report(Finding(attribute.valueRange, kind: "case", values))
            } else {
                report(Finding(attribute.valueRange, kind: "unknown", values))
            }
        }
    }
}

/// `url`: attributes the dialect types `url` hold an absolute http(s) URL or a relative path.
struct URLCheck: Check {
    static let type = CheckType("url") { _ throws(DefinitionError) in URLCheck() }

    /// Why a value (its bytes, read in place: a good URL costs no allocation) is not an
    /// http(s) URL or a relative path, or nil when it is one.
    static func problem(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Range<Int>)? {
        if bytes.isEmpty { return ("it is empty", 0..<0) }
        if let space = bytes.firstIndex(where: Text.isXMLSpace) { return ("it contains white space; escape it as %20", space..<(space + 1)) }
        if let bad = bytes.firstIndex(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E || $0 == 0x5C || $0 == 0x60 || $0 == 0x7B || $0 == 0x7D || $0 == 0x7C || $0 == 0x5E }) {
            return ("character \"\(String(decoding: [bytes[bad]], as: UTF8.self))\" must be percent-encoded", bad..<(bad + 1))
        }
        func lowered(_ range: Range<Int>) -> String { Text.asciiLowercased(String(decoding: bytes[range], as: UTF8.self)) }
        var schemeEnd: Int?
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == 0x3A { schemeEnd = index; break }
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
            report(Finding(place, ["attribute": attribute.name, "value": Messages.excerpt(context.value(of: attribute)), "problem": problem, "element": element.name]))
        }
    }
}

/// `requires-attribute`: when attribute `if` is present, attribute `requires` is too.
struct RequiresAttributeCheck: Check {
    static let type = CheckType("requires-attribute", parameters: ["if", "requires"]) { parameters throws(DefinitionError) in
        RequiresAttributeCheck(present: try parameters.requiredString("if"), required: try parameters.requiredString("requires"))
    }

    let present: String
    let required: String

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(present), element.attribute(required) == nil else { return }
        report(Finding(found.nameRange, ["attribute": present, "requires": required, "element": element.name]))
    }
}

/// `paired-attributes`: of the two attributes in `pair`, neither appears without the other.
struct PairedAttributesCheck: Check {
    static let type = CheckType("paired-attributes", parameters: ["pair"]) { parameters throws(DefinitionError) in
        let pair = try parameters.requiredStrings("pair")
        guard pair.count == 2 else { throw parameters.error("pair", "pair names exactly two attributes") }
        return PairedAttributesCheck(first: pair[0], second: pair[1])
    }

    let first: String
    let second: String

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        let a = element.attribute(first)
        let b = element.attribute(second)
        if let a, b == nil {
            report(Finding(a.nameRange, ["attribute": first, "missing": second, "element": element.name]))
        } else if let b, a == nil {
            report(Finding(b.nameRange, ["attribute": second, "missing": first, "element": element.name]))
        }
    }
}

/// `charset`: the attribute holds only ASCII letters, digits and the characters of
/// `extra`; the finding lands on the first other character.
struct CharsetCheck: Check {
    static let type = CheckType("charset", parameters: ["attribute", "extra"]) { parameters throws(DefinitionError) in
        CharsetCheck(attribute: try parameters.requiredString("attribute"), extra: Array((try parameters.string("extra") ?? "").utf8))
    }

    let attribute: String
    let extra: [UInt8]

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(attribute) else { return }
        let value = context.value(of: found)
        let bytes = Array(value.utf8)
        guard let bad = bytes.firstIndex(where: { byte in
            !((0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || extra.contains(byte))
        }) else { return }
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
        report(Finding(context.range(in: found, bad..<end),
                       ["attribute": attribute, "value": Messages.excerpt(value), "character": shown, "element": element.name]))
    }
}

/// `attribute-types`: booleans, integers and enumerations the dialect declares.
/// Kinds: `boolean`, `integer`, `enum`. Attributes listed in `skip` as
/// `Element@attribute` are left to rules of their own.
struct AttributeTypesCheck: Check {
    static let type = CheckType("attribute-types", parameters: ["skip"], kinds: ["boolean", "integer", "enum"]) { parameters throws(DefinitionError) in
        AttributeTypesCheck(skip: Set(try parameters.strings("skip") ?? []))
    }

    let skip: Set<String>

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        element.forEachAttribute(in: context, typed: { $0 == .boolean || $0 == .integer || $0 == .enumeration }) { index in
            let attribute = element.attributes[index]
            guard let type = context.attributeType(of: element, at: index) else { return }
            let value = context.value(of: attribute)
            // Message values are built only for a value that fails.
            func values() -> MessageValues {
                ["attribute": attribute.name, "value": Messages.excerpt(value), "element": element.name, "hint": ""]
            }
            switch type {
            case .boolean:
                guard value != "true" && value != "false" else { return }
                guard !skip.contains("\(element.name)@\(attribute.name)") else { return }
                var found = values()
                let lower = Text.asciiLowercased(value)
                if lower == "true" || lower == "false" { found["hint"] = "; write \"\(lower)\"" }
                report(Finding(attribute.valueRange, kind: "boolean", found))
            case .integer(let low, let high):
                if let number = IntegerCheck.parse(value), low.map({ number >= $0 }) ?? true, high.map({ number <= $0 }) ?? true { return }
                guard !skip.contains("\(element.name)@\(attribute.name)") else { return }
                var found = values()
                found["range"] = IntegerCheck.describe(min: low, max: high)
                report(Finding(attribute.valueRange, kind: "integer", found))
            case .enumeration(let allowed):
                guard !allowed.contains(value) else { return }
                guard !skip.contains("\(element.name)@\(attribute.name)") else { return }
                var found = values()
                found["allowed"] = Text.list(allowed)
                found["hint"] = Text.didYouMean(value, in: allowed)
                report(Finding(attribute.valueRange, kind: "enum", found))
            default:
                return
            }
        }
    }
}

/// `known-attributes`: every attribute of an element the dialect describes is one it
/// declares; the hint names the nearest declared name. Namespace declarations and
/// prefixed attributes are left alone.
struct KnownAttributesCheck: Check {
    static let type = CheckType("known-attributes") { _ throws(DefinitionError) in KnownAttributesCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard !element.attributes.isEmpty, let declared = context.spec(of: element)?.attributes else { return }
        let tags = context.attributeTags(of: element)
        for index in 0..<min(element.attributes.count, tags.count) where tags[index] == nil {
            let attribute = element.attributes[index]
            if attribute.name == "xmlns" || attribute.name.contains(":") { continue }
            // The same unknown attribute tends to recur (a document written for another
            // dialect): its hint is worked out once per run.
            let hint = context.remember(element.name, attribute.name) {
                let nearest = Text.didYouMean(attribute.name, in: declared.map(\.name))
                guard nearest.isEmpty else { return nearest }
                let owners = context.otherDialects.filter { $0.element(element.name)?.attributeType(attribute.name) != nil }.map(\.name)
                return owners.isEmpty ? "" : "; it is a \(owners.joined(separator: " and ")) attribute, not a \(context.dialect.name) one"
            }
            report(Finding(attribute.nameRange, ["attribute": attribute.name, "element": element.name, "hint": hint]))
        }
    }
}
