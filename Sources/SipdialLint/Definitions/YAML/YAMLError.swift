import CYAML

/// A problem in a YAML file, with where it is.
public struct YAMLError: Error, Sendable {
    public var message: String
    public var mark: YAMLMark
}
