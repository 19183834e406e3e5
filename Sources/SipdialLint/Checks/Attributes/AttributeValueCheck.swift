/// `attribute-value`: booleans, integers and enumerations the dialect declares.
/// Kinds: `boolean`, `integer`, `enum`. Attributes listed in `skip` as
/// `Element@attribute` are left to rules of their own.
struct AttributeValueCheck: Check {
    static let type = CheckType(
        "attribute-value", values: ["attribute", "value", "element", "hint"], kindValues: ["integer": ["range"], "enum": ["allowed"]],
        parameters: ["skip"], kinds: ["boolean", "integer", "enum"]
    ) { parameters throws(DefinitionError) in
        AttributeValueCheck(skip: Set(try parameters.strings("skip") ?? []))
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
