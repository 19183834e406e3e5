/// A broken rule, dialect or config file: always reported with its file and line.
package struct DefinitionError: Error, Sendable, CustomStringConvertible {
    package let file: String
    package let line: Int
    package let column: Int
    package let message: String

    package init(file: String, mark: YAMLMark?, _ message: String) {
        self.file = file
        self.line = mark?.line ?? 1
        self.column = mark?.column ?? 1
        // A value quoted from a hostile file is shortened where the message is made; this
        // keeps any message that quotes more than it should to a readable length.
        self.message = message.unicodeScalars.count > Self.longestMessage ? Messages.excerpt(message, limit: Self.longestMessage) : message
    }

    static let longestMessage = 1_000

    package var description: String { "\(file):\(line):\(column): \(message)" }
}
