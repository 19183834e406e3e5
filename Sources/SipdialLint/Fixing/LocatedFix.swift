/// A fix as machine formats print it: each edit's range as lines and columns (the end
/// exclusive), and its replacement text.
package struct LocatedFix: Sendable, Equatable {
    package struct LocatedEdit: Sendable, Equatable {
        package var start: SourcePosition
        package var end: SourcePosition
        package var text: String
    }

    package var isSafe: Bool
    package var title: String
    package var edits: [LocatedEdit]
}
