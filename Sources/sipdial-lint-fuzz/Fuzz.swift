import SipdialLint

/// The whole lint path on one input: parse, every rule of every dialect, positions, and
/// every output format. Never throws; a crash or sanitizer report is a bug.
enum FuzzTarget {
    static let catalog: RuleCatalog = {
        do { return try RuleCatalog.builtin() } catch { fatalError("built-in rules do not load: \(error)") }
    }()

    /// A linter for every dialect of the catalog.
    static let linters: [Linter] = catalog.dialectNames.map { dialect in
        var settings = LintSettings()
        settings.dialect = dialect
        do { return try Linter(catalog: catalog, settings: settings) } catch { fatalError("\(error)") }
    }

    /// Inputs that start with one of these lines go to a loader instead of the linter:
    /// a config file, or a rule or dialect file (then compiled for every dialect).
    static let configPrefix = Array("#config\n".utf8)
    static let rulesPrefix = Array("#rules\n".utf8)

    static func run(_ bytes: [UInt8]) {
        if bytes.starts(with: configPrefix) {
            let text = Array(bytes.dropFirst(configPrefix.count))
            var catalog = catalog
            if let configuration = try? Configuration.parse(
                text, path: "/fuzz/.sipdial-lint.yml", catalog: &catalog, workingDirectory: "/fuzz")
            {
                var settings = LintSettings()
                settings.dialect = configuration.dialect ?? ""
                settings.rules = configuration.rules
                _ = try? Linter(catalog: catalog, settings: settings)
                _ = configuration.excludes("/fuzz/calls/a.xml", workingDirectory: "/fuzz")
            }
            return
        }
        if bytes.starts(with: rulesPrefix) {
            var extended = catalog
            let text = String(decoding: bytes.dropFirst(rulesPrefix.count), as: UTF8.self)
            _ = try? extended.add(files: [("fuzz.yml", text)], validate: true)
            return
        }
        lint(bytes)
    }

    static func lint(_ bytes: [UInt8]) {
        // The model's scanner beside libxml2, as for a large document, on every input: the
        // scanner then also meets documents that libxml2 refuses.
        _ = XMLParser.parse(bytes, needsTree: false, threads: 2, overlappingFrom: 0)
        let linter = linters[Int(bytes.first ?? 0) % linters.count]
        let report = Runner.locate(linter.lint(bytes), in: bytes, path: "fuzz.xml")
        let result = RunResult(reports: [report], filesChecked: 1)
        var options = ReportOptions()
        // The rules' metadata is the same for every input: render it for one in sixteen.
        options.catalog = bytes.count % 16 == 0 ? catalog : RuleCatalog()
        options.showSource = true
        for format in OutputFormat.allCases {
            _ = format.reporter.render(result, options: options)
        }
        fix(bytes, with: linter)
    }

    /// Every fix, unsafe ones too: what it fixes must stay well-formed and must not end
    /// with more diagnostics than it started with; and its diff must be made.
    static func fix(_ bytes: [UInt8], with linter: Linter) {
        let before = linter.check(bytes)
        let outcome = FixApplier.fix(bytes, with: linter, unsafe: true)
        if outcome.fixed == 0 {
            precondition(outcome.bytes == bytes, "no fix made, yet the bytes changed")
            return
        }
        let after = linter.check(outcome.bytes)
        if before.problem == nil {
            precondition(after.problem == nil, "a fix made a well-formed document ill-formed")
            precondition(after.diagnostics.count < before.diagnostics.count, "fixes did not lessen the diagnostics")
        }
        _ = UnifiedDiff.render(old: bytes, new: outcome.bytes, path: "fuzz.xml")
    }

    /// Writes every rule file's examples as seed inputs, and the rule and dialect files
    /// and config files given, behind their loader's prefix.
    static func writeSeeds(to directory: String, ruleFiles: [String] = [], configFiles: [String] = []) -> Int {
        var count = 0
        for (number, path) in ruleFiles.enumerated() {
            guard let bytes = try? FileSystem.readFile(path, limit: .configuration) else { continue }
            if FuzzFiles.write(rulesPrefix + bytes, to: "\(directory)/rules-\(number).txt") { count += 1 }
        }
        for (number, path) in configFiles.enumerated() {
            guard let bytes = try? FileSystem.readFile(path, limit: .configuration) else { continue }
            if FuzzFiles.write(configPrefix + bytes, to: "\(directory)/config-\(number).txt") { count += 1 }
        }
        for rule in catalog.rules {
            for (number, example) in (rule.valid + rule.invalid).enumerated() {
                if FuzzFiles.write(example.bytes, to: "\(directory)/\(rule.id)-\(number).xml") { count += 1 }
            }
        }
        return count
    }
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
    ) -> Int32

    /// SwiftPM links an executable with `main` aliased to this entry point; hand over to libFuzzer.
    @_cdecl("sipdial_lint_fuzz_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#else
    /// Without libFuzzer: `sipdial-lint-fuzz FILE...` replays inputs through the fuzz target;
    /// `sipdial-lint-fuzz --write-seeds DIR` writes the rule examples as seeds.
    @main
    struct FuzzReplay {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.first == "--write-seeds", arguments.count >= 2 {
                // --write-seeds DIR [--rules FILE...] [--configs FILE...]
                var rules: [String] = []
                var configs: [String] = []
                var readingConfigs = false
                for word in arguments.dropFirst(2) {
                    switch word {
                    case "--rules": readingConfigs = false
                    case "--configs": readingConfigs = true
                    default: if readingConfigs { configs.append(word) } else { rules.append(word) }
                    }
                }
                let count = FuzzTarget.writeSeeds(to: arguments[1], ruleFiles: rules, configFiles: configs)
                print("wrote \(count) seed inputs to \(arguments[1])")
                return
            }
            for path in arguments {
                guard let bytes = try? FileSystem.readFile(path, limit: .document) else { continue }
                FuzzTarget.run(bytes)
            }
            print("replayed \(arguments.count) inputs")
        }
    }
#endif
