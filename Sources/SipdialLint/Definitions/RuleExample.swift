/// One example of a rule: a document, the dialect it is linted in, and, for an
/// invalid example, where the diagnostics must land (the `↓` marks, or `at:` positions)
/// and, when the rule fixes it, the document its fixes make (`fixed:`).
package struct RuleExample: Sendable {
    package var dialect: String?
    package var bytes: [UInt8]
    package var expectedOffsets: [Int]
    package var expectedPositions: [SourcePosition]
    package var options: [String: YAMLNode]
    package var mark: YAMLMark
    /// The document after the rule's fixes, unsafe ones too; nil when nothing is fixed.
    package var fixed: [UInt8]? = nil

    package static let marker = "↓"
}

extension RuleExample {
    /// An example written as marked text (`↓` where each diagnostic lands), for a
    /// dialect file's element.
    init(dialect: String?, xml: String, mark: YAMLMark) {
        self.dialect = dialect
        (bytes, expectedOffsets) = Self.unmarked(xml)
        expectedPositions = []
        options = [:]
        self.mark = mark
    }

    /// The bytes of marked text without its marks, and the offsets the marks stood at.
    static func unmarked(_ text: String) -> (bytes: [UInt8], offsets: [Int]) {
        // The marker is found byte-wise: a Character-wise search is slow at start-up.
        let marker = Array(Self.marker.utf8)
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        bytes.reserveCapacity(text.utf8.count)
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            if source[index] == marker[0], source[index...].starts(with: marker) {
                offsets.append(bytes.count)
                index += marker.count
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return (bytes, offsets)
    }
}
