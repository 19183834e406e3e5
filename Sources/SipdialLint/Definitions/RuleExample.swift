/// One example of a rule: a document, the dialect it is linted in, and, for an
/// invalid example, where the diagnostics must land (the `↓` marks, or `at:` positions).
public struct RuleExample: Sendable {
    public var dialect: String?
    public var bytes: [UInt8]
    public var expectedOffsets: [Int]
    public var expectedPositions: [SourcePosition]
    public var options: [String: YAMLNode]
    public var mark: YAMLMark

    public static let marker = "↓"
}
