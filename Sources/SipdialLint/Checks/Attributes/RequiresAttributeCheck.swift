/// `requires-attribute`: when attribute `if` is present, attribute `requires` is too.
struct RequiresAttributeCheck: Check {
    static let type = CheckType("requires-attribute", values: ["attribute", "requires", "element"], parameters: ["if", "requires"]) {
        parameters throws(DefinitionError) in
        RequiresAttributeCheck(present: try parameters.requiredString("if"), required: try parameters.requiredString("requires"))
    }

    let present: String
    let required: String

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let found = element.attribute(present), element.attribute(required) == nil else { return }
        report(Finding(found.nameRange, ["attribute": present, "requires": required, "element": element.name]))
    }
}
