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
        var values = ["attribute": attribute, "value": Messages.excerpt(found.value), "element": element.name]
        values["min"] = min.map(String.init) ?? ""
        values["max"] = max.map(String.init) ?? ""
        values["range"] = IntegerCheck.describe(min: min, max: max)
        guard let number = IntegerCheck.parse(found.value) else {
            report(Finding(found.valueRange, kind: "not-integer", values))
            return
        }
        if let min, number < min { report(Finding(found.valueRange, kind: "range", values)) } else if let max, number > max {
            report(Finding(found.valueRange, kind: "range", values))
        }
    }

    /// A decimal integer with an optional sign, no spaces; nil when it is not one.
    static func parse(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        let digits = bytes.first == 0x2D || bytes.first == 0x2B ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text) ?? (bytes.first == 0x2D ? Int.min : Int.max)
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

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(attribute) else { return }
        let bytes = Array(found.value.utf8)
        var values = ["attribute": attribute, "value": Messages.excerpt(found.value), "allowed": Text.list(allowed),
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
                var inner = piece
                while let first = inner.first, Text.isXMLSpace(bytes[first]) { inner = (first + 1)..<inner.upperBound }
                while let last = inner.last, Text.isXMLSpace(bytes[last]) { inner = inner.lowerBound..<last }
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
            var inner = piece
            while let first = inner.first, Text.isXMLSpace(bytes[first]) { inner = (first + 1)..<inner.upperBound }
            while let last = inner.last, Text.isXMLSpace(bytes[last]) { inner = inner.lowerBound..<last }
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
