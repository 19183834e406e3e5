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

    @Option(help: ArgumentHelp("text, json, sarif, github, checkstyle, junit or gnu (default text).", valueName: "FORMAT"))
    var format: String?

    @Option(help: ArgumentHelp("Run only these rules (comma-separated ids).", valueName: "ID,..."))
    var select: String?

    @Option(help: ArgumentHelp("Do not run these rules (comma-separated ids).", valueName: "ID,..."))
    var ignore: String?

    @Option(help: ArgumentHelp("Exit 1 from this severity up: error, warning or info (default warning).", valueName: "LEVEL"))
    var failLevel: String?

    @Option(help: ArgumentHelp("Exit 1 when there are more warnings than this.", valueName: "N"))
    var maxWarnings: Int?

    @Flag(help: "Report errors only.")
    var quiet = false

    @Option(help: ArgumentHelp("auto, always or never (default auto, which honours NO_COLOR).", valueName: "WHEN"))
    var color: String?

    @Option(help: ArgumentHelp("The name printed for standard input.", valueName: "NAME"))
    var stdinFilename: String?

    @Option(help: ArgumentHelp("Lint on N threads (default: one per core).", valueName: "N"))
    var jobs: Int?

    @Flag(help: "List the rules (with --format json, as JSON).")
    var listRules = false

    @Option(help: ArgumentHelp("Explain a rule: what it does, why, an example and its fix.", valueName: "ID"))
    var explain: String?

    /// The options as given, for the request (`GivenOptions` turns them into one).
    var given: GivenOptions {
        GivenOptions(dialect: dialect, config: config, noConfig: noConfig, rules: rulesDirectories, format: format,
                     select: select, ignore: ignore, failLevel: failLevel, maxWarnings: maxWarnings, quiet: quiet,
                     color: color, stdinFilename: stdinFilename, jobs: jobs, listRules: listRules, explain: explain)
    }
}

/// Takes the paths out of the command line before swift-argument-parser sees it, which
/// spends time on each positional value in proportion to the ones before it (a pre-commit
/// run over 4,000 files spent a second there). A word is surely a path when it does not
/// start with "-" and neither does the word before it: that one is then a path too, or
/// the value of an option (every option takes one value at most). Any other word is left
/// to the parser, so the result is the same; only the paths' order may differ, and
/// nothing depends on it (output is sorted by path).
func splitPaths(_ arguments: [String]) -> (options: [String], paths: [String]) {
    func optionLike(_ word: String) -> Bool { word.hasPrefix("-") && word != "-" }
    var options: [String] = []
    var paths: [String] = []
    for (index, word) in arguments.enumerated() {
        if !optionLike(word) && (index == 0 || !optionLike(arguments[index - 1])) {
            paths.append(word)
        } else {
            options.append(word)
        }
    }
    return (options, paths)
}

/// Runs the request and exits with its status.
func run(_ request: CommandLineRequest) -> Never {
    let output = Driver.run(request)
    Console.write(bytes: output.standardOutputBytes)
    Console.writeError(output.standardError)
    Console.flush()
    exit(output.status)
}

let (options, paths) = splitPaths(Array(CommandLine.arguments.dropFirst()))
if let quick = GivenOptions.quick(options) {
    run(quick.given.request(paths: paths + quick.paths))
}

// Usage errors exit with 2 (not ArgumentParser's 64), as the manual says.
do {
    var parsed = try SipdialLintCommand.parseAsRoot(options)
    guard let command = parsed as? SipdialLintCommand else {
        // --help and the like come back as ArgumentParser's own commands.
        try parsed.run()
        exit(0)
    }
    run(command.given.request(paths: paths + command.paths))
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
