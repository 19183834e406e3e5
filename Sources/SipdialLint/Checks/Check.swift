/// A compiled check: runs on one selected element and reports findings.
protocol Check: Sendable {
    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void)
}
