/// `report`: every element the selector yields is a finding, at its start tag.
struct ReportCheck: Check {
    static let type = CheckType("report", values: ["element", "parent"]) { _ throws(DefinitionError) in ReportCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        report(Finding(element.startTag, ["element": element.name, "parent": element.parent?.name ?? "(none)"]))
    }
}
