/// A broken rule, dialect or config file: always reported with its file and line.
public struct DefinitionError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, mark: YAMLMark?, _ message: String) {
        self.file = file
        self.line = mark?.line ?? 1
        self.column = mark?.column ?? 1
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
