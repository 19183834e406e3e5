import CYAML

/// A problem in a YAML file, with where it is.
package struct YAMLError: Error, Sendable {
    package var message: String
    package var mark: YAMLMark
}
