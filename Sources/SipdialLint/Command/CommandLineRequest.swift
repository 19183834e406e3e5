/// What the command line asked for, already parsed by the executable.
package struct CommandLineRequest: Sendable {
    /// What the command line asks for besides linting.
    package enum Action: Sendable, Equatable {
        case lint, help, version
        /// Print the completion script for a shell.
        case completions(String)
        /// Serve the Language Server Protocol on standard input and output.
        case lsp
    }
    package var action = Action.lint
    /// The paths as the command line gave them: bytes, for a name need not be UTF-8.
    package var paths: [FilePath] = []
    package var dialect: String?
    package var configPath: String?
    package var noConfig = false
    package var rulesDirectories: [String] = []
    package var format = "text"
    package var select: [String]?
    package var ignore: [String] = []
    package var failLevel = "warning"
    package var maxWarnings: Int?
    package var quiet = false
    package var color = "auto"
    package var standardInputName: String?
    package var listRules = false
    /// Threads to lint on; nil: one per core.
    package var jobs: Int?
    package var explain: String?
    /// Apply the fixes in place (`--fix`), print them as a diff (`--diff`), and whether
    /// the unsafe ones too.
    package var fix = false
    package var diff = false
    package var unsafeFixes = false
    package init() {}
}
