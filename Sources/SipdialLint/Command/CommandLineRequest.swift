/// What the command line asked for, already parsed by the executable.
public struct CommandLineRequest: Sendable {
    /// What the command line asks for besides linting.
    public enum Action: Sendable { case lint, help, version }
    public var action = Action.lint
    public var paths: [String] = []
    public var dialect: String?
    public var configPath: String?
    public var noConfig = false
    public var rulesDirectories: [String] = []
    public var format = "text"
    public var select: [String]?
    public var ignore: [String] = []
    public var failLevel = "warning"
    public var maxWarnings: Int?
    public var quiet = false
    public var color = "auto"
    public var standardInputName: String?
    public var listRules = false
    /// Threads to lint on; nil: one per core.
    public var jobs: Int?
    public var explain: String?
    public init() {}
}
