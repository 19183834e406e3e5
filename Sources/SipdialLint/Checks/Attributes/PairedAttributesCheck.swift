/// `paired-attributes`: of the two attributes in `pair`, neither appears without the other.
struct PairedAttributesCheck: Check {
    static let type = CheckType("paired-attributes", values: ["attribute", "missing", "element"], parameters: ["pair"]) {
        parameters throws(DefinitionError) in
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
