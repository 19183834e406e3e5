import ArgumentParser
import SipdialLint

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line; everything it does is in the SipdialLint library's `Driver`.
struct SipdialLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sipdial-lint",
        abstract: "Lint <Dial>/<Sip> in voice-call XML (SignalWire LaML/cXML, Restcomm RCML, Twilio TwiML).",
        discussion: """
            PATH is a file or a directory (searched recursively for *.xml); "-", or no PATH with \
            piped input, reads standard input. Exit status: 0 no diagnostic at the fail level, 1 one \
            or more, 2 a usage or rule-file error or an unreadable file. See man sipdial-lint.
            """,
        version: SipdialLintVersion.current)

    @Argument(help: ArgumentHelp("Files or directories to lint; - for standard input.", valueName: "PATH"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("signalwire, restcomm or twilio (default signalwire).", valueName: "NAME"))
    var dialect: String?

    @Option(help: ArgumentHelp("Read this config file instead of the nearest .sipdial-lint.yml.", valueName: "FILE"))
    var config: String?

    @Flag(help: "Read no config file.")
    var noConfig = false

    @Option(name: .customLong("rules"), help: ArgumentHelp("Add the rule files of a directory.", valueName: "DIR"))
    var rulesDirectories: [String] = []

    @Option(help: ArgumentHelp("text, json, sarif, github, checkstyle, junit or gnu.", valueName: "FORMAT"))
    var format = "text"

    @Option(help: ArgumentHelp("Run only these rules (comma-separated ids).", valueName: "ID,..."))
    var select: String?

    @Option(help: ArgumentHelp("Do not run these rules (comma-separated ids).", valueName: "ID,..."))
    var ignore: String?

    @Option(help: ArgumentHelp("Exit 1 from this severity up: error, warning or info.", valueName: "LEVEL"))
    var failLevel = "warning"

    @Option(help: ArgumentHelp("Exit 1 when there are more warnings than this.", valueName: "N"))
    var maxWarnings: Int?

    @Flag(help: "Report errors only.")
    var quiet = false

    @Option(help: ArgumentHelp("auto, always or never (auto honours NO_COLOR).", valueName: "WHEN"))
    var color = "auto"

    @Option(help: ArgumentHelp("The name printed for standard input.", valueName: "NAME"))
    var stdinFilename: String?

    @Option(help: ArgumentHelp("Lint on N threads (default: one per core).", valueName: "N"))
    var jobs: Int?

    @Flag(help: "List the rules (with --format json, as JSON).")
    var listRules = false

    @Option(help: ArgumentHelp("Explain a rule: what it does, why, an example and its fix.", valueName: "ID"))
    var explain: String?

    func request() -> CommandLineRequest {
        func ids(_ text: String?) -> [String]? {
            text.map { $0.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
        }
        var request = CommandLineRequest()
        request.paths = paths
        request.dialect = dialect
        request.configPath = config
        request.noConfig = noConfig
        request.rulesDirectories = rulesDirectories
        request.format = format
        request.select = ids(select)
        request.ignore = ids(ignore) ?? []
        request.failLevel = failLevel
        request.maxWarnings = maxWarnings
        request.quiet = quiet
        request.color = color
        request.standardInputName = stdinFilename
        request.listRules = listRules
        request.explain = explain
        request.jobs = jobs
        return request
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

// Usage errors exit with 2 (not ArgumentParser's 64), as the manual says.
do {
    var parsed = try SipdialLintCommand.parseAsRoot()
    guard let command = parsed as? SipdialLintCommand else {
        // --help and the like come back as ArgumentParser's own commands.
        try parsed.run()
        exit(0)
    }
    let output = Driver.run(command.request())
    Console.write(output.standardOutput)
    Console.writeError(output.standardError)
    Console.flush()
    exit(output.status)
} catch {
    let code = SipdialLintCommand.exitCode(for: error)
    let message = SipdialLintCommand.fullMessage(for: error)
    if code == .success {
        Console.write(message + "\n")
        exit(0)
    }
    Console.writeError(message + "\n")
    exit(2)
}
