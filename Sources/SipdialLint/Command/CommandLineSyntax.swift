/// The command line: every option declared once (`options`), and what is made from the
/// declarations: the parser, `--help`, the man page's OPTIONS section, and the words a
/// shell completes.
package enum CommandLineSyntax {
    package static let overview =
        "Lint voice-call XML (SignalWire LaML/cXML, Restcomm RCML, Twilio TwiML, Telnyx TeXML and dialects of your own)."

    package static let usage = "sipdial-lint [OPTIONS] [PATH ...]"

    package static let options: [CommandOption] = [
        CommandOption(
            "dialect", value: "NAME", help: "The platform's markup: {dialects} (default {default-dialect}).",
            manual:
                "The platform whose markup the documents use: one of the loaded dialects ({dialects}; the default is {default-dialect}), or a dialect added with \\fB\\-\\-rules\\fR.",
            completes: .words { $0.dialectNames }
        ) { request, value throws(UsageError) in request.dialect = value },
        CommandOption(
            "config", value: "FILE", help: "Read this config file instead of the nearest .sipdial-lint.yml.",
            manual: "Read this configuration file instead of the nearest \\fI.sipdial\\-lint.yml\\fR."
        ) { request, value throws(UsageError) in request.configPath = value },
        CommandOption("no-config", help: "Read no config file.", manual: "Read no configuration file.") { request, _ throws(UsageError) in
            request.noConfig = true
        },
        CommandOption(
            "rules", value: "DIR", help: "Add the rule and dialect files of a directory (repeatable).",
            manual:
                "Add the rule and dialect files (\\fI*.yml\\fR, \\fI*.yaml\\fR) of a directory and its subdirectories to the built-in ones; may be given more than once. Hidden directories are skipped and links to directories are not followed. A broken rule or dialect file is a usage error that names the file and line, and so is one that is not a regular file or is larger than 4 MB, or a directory with more than 10,000 of them."
        ) { request, value throws(UsageError) in request.rulesDirectories.append(value) },
        CommandOption(
            "format", value: "FORMAT",
            help: "One of \(Text.list(OutputFormat.allCases.map(\.rawValue))) (default text).",
            manual: OutputFormat.allCases.map { "\\fB\($0.rawValue)\\fR\($0 == .text ? " (the default)" : ""): \($0.manual)." }.joined(
                separator: " ")
                + " Lines and columns are 1-based; a column counts Unicode code points.",
            completes: .words { _ in OutputFormat.allCases.map(\.rawValue) }
        ) { request, value throws(UsageError) in request.format = value },
        CommandOption(
            "select", value: "ID,...", help: "Run only these rules (comma-separated ids).", manual: "Run only these rules.",
            completes: .words { $0.rules.map(\.id) }
        ) {
            request, value throws(UsageError) in request.select = ids(value)
        },
        CommandOption(
            "ignore", value: "ID,...", help: "Do not run these rules (comma-separated ids).", manual: "Do not run these rules.",
            completes: .words { $0.rules.map(\.id) }
        ) {
            request, value throws(UsageError) in request.ignore = ids(value)
        },
        CommandOption(
            "fail-level", value: "LEVEL",
            help: "Exit 1 from this severity up: error, warning or info (default warning).",
            manual: "The lowest severity that makes the exit status 1: \\fBerror\\fR, \\fBwarning\\fR (the default) or \\fBinfo\\fR.",
            completes: .words { _ in ["error", "warning", "info"] }
        ) { request, value throws(UsageError) in request.failLevel = value },
        CommandOption(
            "max-warnings", value: "N", help: "Exit 1 when there are more warnings than this.",
            manual: "Exit with status 1 when there are more than \\fIN\\fR warnings."
        ) { request, value throws(UsageError) in request.maxWarnings = try number(value, option: "max-warnings") },
        CommandOption(
            "quiet", help: "Report errors only.", manual: "Report errors only; warnings and infos are neither printed nor counted."
        ) {
            request, _ throws(UsageError) in request.quiet = true
        },
        CommandOption(
            "color", value: "WHEN",
            help: "auto, always or never (default auto, which honours NO_COLOR and TERM=dumb).",
            manual:
                "\\fBauto\\fR (the default: colour on a terminal, unless the environment sets \\fBNO_COLOR\\fR or \\fBTERM\\fR "
                + "is \\fBdumb\\fR), \\fBalways\\fR or \\fBnever\\fR.",
            completes: .words { _ in ["auto", "always", "never"] }
        ) { request, value throws(UsageError) in request.color = value },
        CommandOption(
            "stdin-filename", value: "NAME", help: "The name printed for standard input.",
            manual: "The name printed for standard input (default \\fB\\-\\fR).", completes: .file
        ) { request, value throws(UsageError) in request.standardInputName = value },
        CommandOption(
            "jobs", value: "N", help: "Lint on N threads (default: one per core).",
            manual:
                "Lint on \\fIN\\fR threads (default: one per processor): files are shared among the threads, and a large document linted alone is split between them. The output does not depend on it."
        ) { request, value throws(UsageError) in request.jobs = try number(value, option: "jobs") },
        CommandOption(
            "fix", help: "Apply the safe fixes to the files, then report what is left.",
            manual:
                "Apply the safe fixes to the files in place, then report what is left and how many problems were fixed. Each file with something to fix is written in full to a temporary file beside it, then renamed over it (its permissions kept; a symbolic link stays a link and the file it points to is replaced); a file with nothing to fix is not written. A fix whose result is not well-formed or has a new diagnostic is not applied. On standard input, the fixed document is written to standard output and the diagnostics to standard error."
        ) { request, _ throws(UsageError) in request.fix = true },
        CommandOption(
            "unsafe-fixes", help: "With --fix or --diff, apply the unsafe fixes too.",
            manual:
                "With \\fB\\-\\-fix\\fR or \\fB\\-\\-diff\\fR, apply the unsafe fixes too: those that change what the document does (a duplicate \\fB<Sip>\\fR removed, an unknown attribute renamed to the nearest declared one)."
        ) { request, _ throws(UsageError) in request.unsafeFixes = true },
        CommandOption(
            "diff", help: "Print the fixes as a unified diff and write nothing (exit 1 when there is one).",
            manual:
                "Print the fixes \\fB\\-\\-fix\\fR would make as a unified diff (which \\fBgit apply\\fR and \\fBpatch \\-p1\\fR accept) and write nothing; exit with status 1 when there is something to fix, 0 otherwise."
        ) { request, _ throws(UsageError) in request.diff = true },
        CommandOption(
            "lsp", help: "Run a Language Server Protocol server on standard input and output.",
            manual:
                "Run a Language Server Protocol server on standard input and output, for editors: diagnostics as the document is typed, quick fixes, and each rule's explanation on hover. Each document is linted with the dialect and rules of the \\fI.sipdial\\-lint.yml\\fR nearest to it."
        ) { request, _ throws(UsageError) in request.action = .lsp },
        CommandOption(
            "list-rules", help: "List the rules (with --format json, as JSON).",
            manual: "List the rules: id, severity, dialects and summary; with \\fB\\-\\-format json\\fR as a JSON array."
        ) { request, _ throws(UsageError) in request.listRules = true },
        CommandOption(
            "explain", value: "ID", help: "Explain a rule (by id, or by a platform's error code such as 13214).",
            manual:
                "Explain a rule: what it does, why it matters, an example and its fix. A platform's error code (Twilio's 13214, as its debugger shows it) explains the rules that catch that mistake.",
            completes: .words { $0.rules.map(\.id) }
        ) { request, value throws(UsageError) in request.explain = value },
        CommandOption(
            "completions", value: "SHELL", help: "Print the completion script for bash, zsh or fish.",
            manual:
                "Print the completion script for \\fBbash\\fR, \\fBzsh\\fR or \\fBfish\\fR, made from these option declarations (\\fBmake install\\fR installs all three).",
            completes: .words { _ in ShellCompletions.shells }
        ) { request, value throws(UsageError) in request.action = .completions(value) },
        CommandOption("version", help: "Print the version and the commit it was built from.") { request, _ throws(UsageError) in
            request.action = .version
        },
        CommandOption("help", help: "Print this help (also -h).") { request, _ throws(UsageError) in request.action = .help },
    ]

    /// The options by name, for the parser.
    private static let byName: [String: CommandOption] = Dictionary(uniqueKeysWithValues: options.map { ($0.name, $0) })

    private static func ids(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
    }

    private static func number(_ text: String, option: String) throws(UsageError) -> Int {
        guard let value = Int(text) else { throw UsageError("--\(option) needs a whole number, not \"\(text)\"") }
        return value
    }

    /// Reads a command line (without the program's name). Words are read once, left to
    /// right: `--name VALUE` or `--name=VALUE`, a flag, `-h`, `--` (every word after it is
    /// a path), and paths (`-` is standard input). The value of a single-valued option
    /// given twice is the last one, as most linters do.
    package static func parse(_ words: [String]) throws(UsageError) -> CommandLineRequest {
        try parse(words, bytes: nil)
    }

    /// The same, with each word's bytes as the system gave them (`bytes[i]` for
    /// `words[i]`): a path keeps its exact bytes, which need not be UTF-8.
    package static func parse(_ words: [String], bytes: [[UInt8]]?) throws(UsageError) -> CommandLineRequest {
        func path(_ index: Int) -> FilePath {
            if let bytes, index < bytes.count { return FilePath(bytes: bytes[index]) }
            return FilePath(words[index])
        }
        var request = CommandLineRequest()
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                request.paths += (index..<words.count).map(path)
                break
            }
            guard word.hasPrefix("-"), word != "-" else {
                request.paths.append(path(index - 1))
                continue
            }
            if word == "-h" {
                request.action = .help
                continue
            }
            guard word.hasPrefix("--") else {
                throw UsageError("unknown option \"\(word)\"; options have long names (see --help)")
            }
            var name = Substring(word.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = name[..<equals]
            }
            guard let option = byName[String(name)] else {
                let hint = Text.nearest(to: String(name), in: options.map(\.name)).map { "; did you mean \"--\($0)\"?" } ?? ""
                throw UsageError("unknown option \"--\(name)\"\(hint)")
            }
            if option.takesValue {
                if value == nil {
                    guard index < words.count else { throw UsageError("--\(option.name) needs a value (\(option.synopsis))") }
                    value = words[index]
                    index += 1
                }
            } else if value != nil {
                throw UsageError("--\(option.name) takes no value")
            }
            try option.store(&request, value ?? "")
        }
        return request
    }

    /// Fills the help's placeholders with the catalog's dialects.
    static func filled(_ text: String, catalog: RuleCatalog) -> String {
        text.replacingAll("{dialects}", with: Text.list(catalog.dialectNames))
            .replacingAll("{default-dialect}", with: catalog.defaultDialect)
    }

    /// `--help`: the options as declared, wrapped to 80 columns.
    package static func help(catalog: RuleCatalog) -> String {
        let width = 80
        let column = 26
        var out = wrap("OVERVIEW: \(overview)", width: width, indent: 0) + "\n"
        out += wrap(
            """
            PATH is a file or a directory (searched recursively for *.xml); "-", or no PATH with piped input, reads \
            standard input. Exit status: 0 no diagnostic at the fail level, 1 one or more, 2 a usage or rule-file error \
            or an unreadable file. See man sipdial-lint.
            """, width: width, indent: 0)
        out += "\nUSAGE: \(usage)\n\nOPTIONS:\n"
        for option in options {
            let head = "  " + option.synopsis
            let body = wrap(filled(option.help, catalog: catalog), width: width, indent: column)
            if head.count + 2 <= column {
                out += head + String(repeating: " ", count: column - head.count) + body.dropFirst(column)
            } else {
                out += head + "\n" + body
            }
        }
        return out
    }

    /// Words of `text` in lines of at most `width` columns, each line indented by `indent`.
    static func wrap(_ text: String, width: Int, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && indent + line.count + 1 + word.count > width {
                out += pad + line + "\n"
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { out += pad + line + "\n" }
        return out
    }

    /// The man page's OPTIONS section, between its generated markers.
    package static func manSection(catalog: RuleCatalog) -> String {
        var out = ""
        for option in options {
            out += ".TP\n"
            let name = "\\-\\-" + option.name.replacingAll("-", with: "\\-")
            if let valueName = option.valueName {
                out += ".BI \(name) \" \(valueName)\"\n"
            } else {
                out += ".B \(name)\n"
            }
            out += filled(option.manual, catalog: catalog) + "\n"
        }
        return out
    }
}
