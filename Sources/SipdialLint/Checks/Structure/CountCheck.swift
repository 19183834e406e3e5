/// `count`: at most `max` children named `of`; the finding lands on the first one over.
struct CountCheck: Check {
    static let type = CheckType("count", values: ["count", "max", "of", "element"], parameters: ["of", "max"]) {
        parameters throws(DefinitionError) in
        CountCheck(of: try parameters.requiredString("of"), max: try parameters.requiredInt("max"))
    }

    let of: String
    let max: Int

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        let matching = element.children.filtered { $0.isNamed(of) }
        guard matching.count > max else { return }
        report(Finding(matching[max].startTag, ["count": String(matching.count), "max": String(max), "of": of, "element": element.name]))
    }
}
