/// The check of the parser rules (`parser`) and of io-error (`input`): the parser and
/// the runner produce their findings, not a walk of the document.
struct ParserCheck: Check {
    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {}
}
