import CYAML

/// A 1-based position in a YAML file.
public struct YAMLMark: Sendable, Hashable {
    public var line: Int
    public var column: Int
}
