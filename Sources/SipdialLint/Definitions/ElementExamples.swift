/// The examples a dialect file gives for one element: documents that lint clean, and
/// documents where one rule reports exactly at the marks (and nothing else is reported).
package struct ElementExamples: Sendable {
    package var element: String
    package var mark: YAMLMark
    package var valid: [RuleExample] = []
    package var invalid: [(rule: String, example: RuleExample)] = []
}
