/// One example of a rule: a document, the dialect it is linted in, and, for an
/// invalid example, where the diagnostics must land (the `↓` marks, or `at:` positions).
package struct RuleExample: Sendable {
    package var dialect: String?
    package var bytes: [UInt8]
    package var expectedOffsets: [Int]
    package var expectedPositions: [SourcePosition]
    package var options: [String: YAMLNode]
    package var mark: YAMLMark

    package static let marker = "↓"
}
