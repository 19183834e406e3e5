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
        self.message = message
    }

    package var description: String { "\(file):\(line):\(column): \(message)" }
}
