/// What the command line that started the server says for every document: a dialect, the
/// rules to run or leave out, and a config file to read instead of the nearest one, or
/// none (`--dialect`, `--select`, `--ignore`, `--config`, `--no-config`).
package struct ServerSettings: Sendable {
    package var dialect: String?
    package var select: [String]?
    package var ignore: [String] = []
    /// An absolute path: every document reads this config.
    package var configPath: String?
    package var noConfig = false

    package init() {}
}
