/// `integer`: the attribute is a whole number within `min`…`max` (kinds `not-integer`, `range`).
struct IntegerCheck: Check {
    static let type = CheckType(
        "integer", values: ["attribute", "value", "element", "min", "max", "range"], parameters: ["attribute", "min", "max"],
        kinds: ["not-integer", "range"]
    ) { parameters throws(DefinitionError) in
        IntegerCheck(attribute: try parameters.requiredString("attribute"), min: try parameters.int("min"), max: try parameters.int("max"))
    }

    let attribute: String
    let min: Int?
    let max: Int?

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(attribute), !context.isTemplate(found) else { return }
        let value = context.value(of: found)
        let kind: String
        if let number = IntegerCheck.parse(value) {
            if let min, number < min { kind = "range" } else if let max, number > max { kind = "range" } else { return }
        } else {
            kind = "not-integer"
        }
        report(
            Finding(
                found.valueRange, kind: kind,
                [
                    "attribute": attribute, "value": Messages.excerpt(value), "element": element.name,
                    "min": min.map(String.init) ?? "", "max": max.map(String.init) ?? "",
                    "range": IntegerCheck.describe(min: min, max: max),
                ]))
    }

    /// A decimal integer with an optional sign, no spaces; nil when it is not one.
    /// (Read in place: every integer attribute of every element comes through here.)
    static func parse(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The same, on bytes.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        let negative = first == 0x2D
        let digits = negative || first == 0x2B ? bytes[1...] : bytes[...]
        guard !digits.isEmpty else { return nil }
        var value = 0
        var overflow = false
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) =
                negative ? times.subtractingReportingOverflow(Int(byte - 0x30)) : times.addingReportingOverflow(Int(byte - 0x30))
            if o1 || o2 { overflow = true }
            value = sum
        }
        return overflow ? (negative ? Int.min : Int.max) : value
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
