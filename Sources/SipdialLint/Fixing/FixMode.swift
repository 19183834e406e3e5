/// What `--fix` and `--diff` ask of a run: write the fixed files, or print their diff;
/// and whether the unsafe fixes are made too.
package struct FixMode: Sendable, Equatable {
    package enum Output: Sendable, Equatable {
        /// `--fix`: each file with something to fix is replaced (standard input's fixed
        /// document is kept for standard output).
        case write
        /// `--diff`: each file's diff is kept; nothing is written.
        case diff
    }

    package var output: Output
    package var unsafe: Bool

    package init(output: Output, unsafe: Bool) {
        self.output = output
        self.unsafe = unsafe
    }
}
