/// `http-method`: attributes the dialect types `http-method` hold one of `values`
/// (or, for an attribute listed under `exceptions`, one of its own list). Kinds:
/// `case` (right method, wrong case) and `unknown`.
struct HTTPMethodCheck: Check {
    static let type = CheckType(
        "http-method", values: ["attribute", "value", "allowed", "element"], kindValues: ["case": ["suggestion"]],
        parameters: ["values", "exceptions"], kinds: ["case", "unknown"]
    ) { parameters throws(DefinitionError) in
        var exceptions: [String: [String]] = [:]
        if let node = parameters.node("exceptions") {
            guard let pairs = node.mapping else {
                throw parameters.error("exceptions", "exceptions map attribute names to lists of methods")
            }
            for pair in pairs {
                guard let list = pair.value.sequence?.compactMap(\.string) else {
                    throw DefinitionError(
                        file: parameters.file, mark: pair.value.mark, "exceptions map attribute names to lists of methods")
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
            var values: MessageValues = [
                "attribute": attribute.name, "value": Messages.excerpt(value), "allowed": allowed.joined(separator: " or "),
                "element": element.name,
            ]
            if let right = allowed.first(where: { Text.asciiLowercased($0) == Text.asciiLowercased(value) }) {
                values["suggestion"] = right
                report(Finding(attribute.valueRange, kind: "case", values))
            } else {
                report(Finding(attribute.valueRange, kind: "unknown", values))
            }
        }
    }
}
