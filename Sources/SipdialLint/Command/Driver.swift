/// The whole command: everything the executable does but parsing its arguments.
public enum Driver {
    /// The environment the run sees; tests replace it.
    package struct Environment {
        package var standardInputIsTerminal: Bool
        package var standardOutputIsTerminal: Bool
        /// NO_COLOR is set (and not empty), or TERM is "dumb": `--color auto` prints no colour.
        package var noColor: Bool
        package var workingDirectory: String
        package var readStandardInput: @Sendable () -> Result<[UInt8], FileError>

        package static var process: Environment {
            Environment(
                standardInputIsTerminal: FileSystem.isTerminal(0),
                standardOutputIsTerminal: FileSystem.isTerminal(1),
                // NO_COLOR asks for none; so does a terminal named "dumb" (Emacs's shell, some CI logs).
                noColor: !(FileSystem.environment("NO_COLOR") ?? "").isEmpty || FileSystem.environment("TERM") == "dumb",
                workingDirectory: FileSystem.currentDirectory(),
                readStandardInput: FileSystem.standardInputResult)
        }

        package init(
            standardInputIsTerminal: Bool, standardOutputIsTerminal: Bool, noColor: Bool, workingDirectory: String,
            readStandardInput: @escaping @Sendable () -> Result<[UInt8], FileError>
        ) {
            self.standardInputIsTerminal = standardInputIsTerminal
            self.standardOutputIsTerminal = standardOutputIsTerminal
            self.noColor = noColor
            self.workingDirectory = workingDirectory
            self.readStandardInput = readStandardInput
        }
    }

    /// Text made from rule files (a user's too), line by line as the text format shows
    /// input: no control or bidi character reaches the terminal raw.
    static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Text.escaped(String($0)) }.joined(separator: "\n")
    }

    /// A usage or config error: its message quotes the command line and config and rule
    /// files, and is printed through `Text.escaped`.
    static func usage(_ message: String) -> DriverOutput {
        DriverOutput(standardOutput: "", standardError: "sipdial-lint: error: \(Text.escaped(message))\n", status: 2)
    }

    /// What `--diff` prints: each file's diff, in output order; on standard error, how many
    /// fixes there are. Exit 1 when there is something to fix (2 when a file could not be read).
    static func diffOutput(_ result: RunResult) -> DriverOutput {
        var diff: [UInt8] = []
        for report in result.reports { diff += report.output ?? [] }
        let fixes = result.fixed
        let files = result.reports.count { $0.fixed > 0 }
        let summary =
            fixes == 0
            ? "nothing to fix"
            : "would fix \(fixes == 1 ? "1 problem" : "\(fixes) problems") in \(files == 1 ? "1 file" : "\(files) files")"
        var output = DriverOutput(standardOutputBytes: diff, status: result.hadUnreadableFile ? 2 : fixes > 0 ? 1 : 0)
        // The files that could not be read or written, as the gnu format prints them.
        let failed = result.reports.compactMap { report -> FileReport? in
            guard report.isUnreadable else { return nil }
            var failed = report
            failed.diagnostics = report.diagnostics.filter { $0.rule == Runner.ioErrorRule }
            return failed
        }
        output.standardError = GNUReporter().render(RunResult(reports: failed, filesChecked: failed.count), options: ReportOptions())
        output.standardError += summary + "\n"
        return output
    }

    /// The most threads a run uses, whatever `--jobs` asks: 4 per core.
    static var maximumJobs: Int { 4 * Parallel.processorCount }

    /// The linter for a config's settings, with the command line's laid over them (the
    /// command line wins): what a run lints with, and what the language server lints each
    /// document with. A config or rule error is thrown with its message.
    package static func makeLinter(
        catalog: RuleCatalog, configuration: Configuration, dialect: String? = nil, select: [String]? = nil, ignore: [String] = [],
        wholeFixes: Bool = true
    ) throws(UsageError) -> Linter {
        var settings = LintSettings()
        settings.wholeFixes = wholeFixes
        settings.dialect = dialect ?? configuration.dialect ?? catalog.defaultDialect
        settings.select = select
        settings.ignore = ignore
        settings.rules = configuration.rules
        do {
            return try Linter(catalog: catalog, settings: settings)
        } catch let error as UsageError {
            throw error
        } catch let error as DefinitionError {
            throw UsageError(error.description)
        } catch {
            throw UsageError("\(error)")
        }
    }

    /// Reads a command line (without the program's name) and runs it.
    /// The library's public API: the whole command, as `sipdial-lint ARGUMENTS` runs it in
    /// this process's environment. Everything else is `package`: shared with the
    /// executable, the generator, the fuzzer and the tests, and promised to no one else.
    public static func run(arguments: [String]) -> DriverOutput { run(arguments: arguments, environment: .process) }

    /// The same, with the arguments as the system gave them: bytes, so that a path that
    /// is not UTF-8 is opened by its exact name (what the executable calls).
    public static func run(argumentBytes: [[UInt8]]) -> DriverOutput {
        let words = argumentBytes.map { String(decoding: $0, as: UTF8.self) }
        return run(arguments: words, bytes: argumentBytes, environment: .process)
    }

    package static func run(arguments: [String], bytes: [[UInt8]]? = nil, environment: Environment) -> DriverOutput {
        do throws(UsageError) {
            return run(try CommandLineSyntax.parse(arguments, bytes: bytes), environment: environment)
        } catch {
            var output = usage(error.message)
            output.standardError += "usage: \(CommandLineSyntax.usage) (see --help)\n"
            return output
        }
    }

    package static func run(_ request: CommandLineRequest, environment: Environment = .process) -> DriverOutput {
        var catalog: RuleCatalog
        do {
            catalog = try RuleCatalog.builtin()
            for directory in request.rulesDirectories { try catalog.addDirectory(directory) }
        } catch {
            return usage(error.description)
        }
        switch request.action {
        case .help: return DriverOutput(standardOutput: CommandLineSyntax.help(catalog: catalog))
        case .version: return DriverOutput(standardOutput: SipdialLintVersion.full + "\n")
        case .completions(let shell):
            guard let script = ShellCompletions.script(for: shell, catalog: catalog) else {
                return usage("--completions takes \(ShellCompletions.shells.joined(separator: ", ")), not \"\(shell)\"")
            }
            return DriverOutput(standardOutput: script)
        case .lint, .lsp: break
        }
        if request.noConfig && request.configPath != nil {
            return usage("--config and --no-config exclude each other")
        }
        if request.action == .lsp {
            // The command line's choices hold for every document the server lints.
            var settings = ServerSettings()
            settings.dialect = request.dialect
            settings.select = request.select
            settings.ignore = request.ignore
            settings.noConfig = request.noConfig
            settings.configPath = request.configPath.map { Path.absolute($0, from: environment.workingDirectory) }
            return DriverOutput(status: LanguageServer.serve(input: 0, output: 1, catalog: catalog, settings: settings))
        }
        // Notes for standard error that do not stop the run.
        var notes: [String] = []
        // The config is read before the rules are listed: its rule directories add rules and dialects.
        var configuration = Configuration(directory: environment.workingDirectory)
        // (--config and --no-config exclude each other: a path here is to be read.)
        var configPath = request.configPath
        if !request.noConfig && configPath == nil {
            let discovery = Configuration.discover(from: environment.workingDirectory)
            notes += discovery.notes
            configPath = discovery.path
        }
        if let path = configPath {
            do {
                configuration = try Configuration.load(path, catalog: &catalog, workingDirectory: environment.workingDirectory)
            } catch {
                return usage(error.description)
            }
        }

        if request.listRules {
            switch request.format {
            case "json": return DriverOutput(standardOutput: RuleDocumentation.listJSON(catalog))
            case "text": return DriverOutput(standardOutput: escapedLines(RuleDocumentation.listText(catalog)))
            default: return usage("--list-rules prints text or json, not \"\(request.format)\"")
            }
        }
        if let id = request.explain {
            // A platform's error code (13214) finds the rules that catch it.
            let byCode = catalog.rules.filter { $0.docs.codes.contains(id) }
            if !byCode.isEmpty {
                return DriverOutput(
                    standardOutput: escapedLines(byCode.map { RuleDocumentation.explain($0, catalog: catalog) }.joined(separator: "\n")))
            }
            guard let rule = catalog.rule(id) else {
                let hint = Text.didYouMean(id, in: catalog.rules.map(\.id))
                return usage("unknown rule \"\(id)\"\(hint)")
            }
            return DriverOutput(standardOutput: escapedLines(RuleDocumentation.explain(rule, catalog: catalog)))
        }

        guard let format = OutputFormat(rawValue: request.format) else {
            return usage("unknown format \"\(request.format)\"; expected \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let failLevel = Severity(rawValue: request.failLevel) else {
            return usage("--fail-level must be error, warning or info, not \"\(request.failLevel)\"")
        }
        guard ["auto", "always", "never"].contains(request.color) else {
            return usage("--color must be auto, always or never, not \"\(request.color)\"")
        }
        var jobs = request.jobs
        if let asked = jobs {
            guard asked >= 1 else { return usage("--jobs must be 1 or more") }
            let most = maximumJobs
            if asked > most {
                notes.append("note: --jobs \(asked) is more than this machine can use; linting on \(most) threads (4 per core)")
                jobs = most
            }
        }
        if let maxWarnings = request.maxWarnings, maxWarnings < 0 {
            return usage("--max-warnings must be 0 or more")
        }
        let linter: Linter
        do {
            // Machine formats and fixing need each fix whole; the others show only that there is one.
            linter = try makeLinter(
                catalog: catalog, configuration: configuration, dialect: request.dialect, select: request.select, ignore: request.ignore,
                wholeFixes: request.fix || request.diff || ["json", "sarif"].contains(request.format))
        } catch {
            return usage(error.message)
        }

        var paths = request.paths
        if paths.isEmpty {
            guard !environment.standardInputIsTerminal else {
                return usage("no input: name files or directories, or pipe a document to standard input (see --help)")
            }
            paths = [FilePath("-")]
        }
        if paths.filter({ $0.bytes == [UInt8(ascii: "-")] }).count > 1 {
            return usage("standard input (\"-\") can be named only once")
        }
        let inputs = Runner.inputs(for: paths, standardInputName: request.standardInputName) { path in
            configuration.excludes(path, workingDirectory: environment.workingDirectory)
        }
        // Only text on a terminal shows the source line under each diagnostic.
        let withSource = environment.standardOutputIsTerminal && format == .text
        var options = ReportOptions()
        switch request.color {
        case "always": options.color = true
        case "never": options.color = false
        default: options.color = environment.standardOutputIsTerminal && !environment.noColor
        }
        options.showSource = withSource
        options.catalog = catalog
        let quiet = request.quiet
        // (--diff reports on its own: it keeps the diagnostics.)
        let lines = format == .text && !request.diff ? options : nil
        // --diff prints the fixes and writes nothing, even with --fix.
        let fixing =
            request.diff
            ? FixMode(output: .diff, unsafe: request.unsafeFixes)
            : request.fix ? FixMode(output: .write, unsafe: request.unsafeFixes) : nil
        let result = Runner.run(
            inputs, with: linter, jobs: jobs, withSource: withSource, fixing: fixing,
            standardInput: environment.readStandardInput
        ) { report in
            if quiet { report.diagnostics.removeAll { $0.severity != .error } }
            // Text lines are rendered here, on the threads that lint, not after the run.
            if let lines {
                report.text = TextReporter.lines(of: report.diagnostics, options: lines)
                report.keepTextOnly()
            }
        }
        var output: DriverOutput
        if fixing?.output == .diff {
            output = diffOutput(result)
        } else {
            let text = format.reporter.renderBytes(result, options: options)
            let status = Runner.exitStatus(result, failLevel: failLevel, maxWarnings: request.maxWarnings)
            output = DriverOutput(standardOutputBytes: text, status: status)
            // --fix on standard input: the fixed document goes to standard output, the report to standard error.
            if let document = result.reports.first(where: { $0.output != nil })?.output {
                var report = String(decoding: text, as: UTF8.self)
                if report.hasSuffix("\n") { report.removeLast() }
                notes.append(report)
                output.standardOutputBytes = document
            }
        }
        let stopped = linter.stopped.sorted
        if !stopped.isEmpty {
            output.status = 2
            notes.append(
                "sipdial-lint: error: the XPath of \(stopped.joined(separator: ", ")) went over its operation limit and was stopped; "
                    + "those documents were not fully checked (see the diagnostics at their line 1)")
        }
        output.standardError = notes.map { $0 + "\n" }.joined() + output.standardError
        return output
    }
}
