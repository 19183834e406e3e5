import CYAML

/// A 1-based position in a YAML file.
package struct YAMLMark: Sendable, Hashable {
    package var line: Int
    package var column: Int
}
