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

    static func run(_ bytes: [UInt8]) {
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
    }

    /// Writes every rule file's examples as seed inputs.
    static func writeSeeds(to directory: String) -> Int {
        var count = 0
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
            if arguments.first == "--write-seeds", arguments.count == 2 {
                print("wrote \(FuzzTarget.writeSeeds(to: arguments[1])) seed inputs to \(arguments[1])")
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
