/// A diagnostic with its file and its line and column: what reporters print.
public struct LocatedDiagnostic: Sendable {
    public var path: String
    public var rule: String
    public var severity: Severity
    public var message: String
    public var start: SourcePosition
    /// Exclusive.
    public var end: SourcePosition
    /// The source around `start` (at most 60 characters either side, on its line), for
    /// the caret display, and the column of `start` within it.
    public var sourceLine: String
    public var sourceColumn: Int
}

/// How many diagnostics of each severity.
public struct SeverityCounts: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init() {}

    init(_ diagnostics: [LocatedDiagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    public var total: Int { errors + warnings + infos }

    /// How many reach `level` or above.
    public func reaching(_ level: Severity) -> Int {
        switch level {
        case .error: return errors
        case .warning: return errors + warnings
        case .info: return total
        }
    }

    static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
        var sum = a
        sum.errors += b.errors
        sum.warnings += b.warnings
        sum.infos += b.infos
        return sum
    }
}

public struct FileReport: Sendable {
    public var path: String
    /// The diagnostics, in output order; their counts and whether the file could not be
    /// read follow them.
    public var diagnostics: [LocatedDiagnostic] {
        get { kept }
        set { (kept, counts, isUnreadable) = Self.kept(newValue) }
    }
    private var kept: [LocatedDiagnostic]
    public private(set) var counts: SeverityCounts
    public private(set) var isUnreadable: Bool
    /// The report's lines as the text format prints them, when they were worked out on
    /// the thread that linted the file (a reporter that finds them need not).
    public var text: [UInt8]?

    public init(path: String, diagnostics: [LocatedDiagnostic], text: [UInt8]? = nil) {
        self.path = path
        (kept, counts, isUnreadable) = Self.kept(diagnostics)
        self.text = text
    }

    /// The diagnostics with what the report keeps of them besides.
    private static func kept(_ diagnostics: [LocatedDiagnostic]) -> ([LocatedDiagnostic], SeverityCounts, Bool) {
        (diagnostics, SeverityCounts(diagnostics), diagnostics.count == 1 && diagnostics[0].rule == Runner.ioErrorRule)
    }

    /// Lets go of the diagnostics once their text is rendered, keeping their counts: a
    /// run over thousands of files then holds their text alone.
    public mutating func keepTextOnly() {
        guard text != nil else { return }
        kept = []
    }
}

/// Everything one run found, in output order: by path, line, column, rule id.
public struct RunResult: Sendable {
    public var reports: [FileReport]
    public var filesChecked: Int

    public init(reports: [FileReport], filesChecked: Int) {
        self.reports = reports
        self.filesChecked = filesChecked
    }

    /// Every diagnostic in output order, read through the reports (never copied into
    /// one array: a run over thousands of files may hold tens of thousands).
    public var diagnostics: LazySequence<FlattenSequence<LazyMapSequence<[FileReport], [LocatedDiagnostic]>>> {
        reports.lazy.flatMap(\.diagnostics)
    }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: return counts.errors
        case .warning: return counts.warnings
        case .info: return counts.infos
        }
    }

    /// The number of diagnostics of each severity, summed over the reports (by index:
    /// a report is not copied for each of thousands of files).
    public var counts: SeverityCounts {
        reports.indices.reduce(SeverityCounts()) { $0 + reports[$1].counts }
    }

    /// The number of files with at least one diagnostic.
    public var filesWithProblems: Int {
        reports.indices.count { reports[$0].counts.total > 0 }
    }

    /// An unreadable file's report holds its io-error alone.
    public var hadUnreadableFile: Bool {
        reports.indices.contains { reports[$0].isUnreadable }
    }
}

/// One thing to lint.
public enum LintInput: Sendable {
    case file(String)
    case standardInput(name: String)
    /// A path that cannot be linted, with the reason.
    case unreadable(String, String)
}

public enum Runner {
    public static let ioErrorRule = "io-error"

    /// The files to lint for the paths given: a file as named (whatever its name), a
    /// directory searched recursively for `*.xml` (hidden directories skipped, links to
    /// directories not followed), `-` for standard input.
    /// `excluded` tells which files found in a directory to leave out (a path named
    /// on the command line is always linted).
    public static func inputs(for paths: [String], standardInputName: String?,
                              excluded: (String) -> Bool = { _ in false }) -> [LintInput] {
        var inputs: [LintInput] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput(name: standardInputName ?? "-"))
                continue
            }
            switch FileSystem.kind(of: path) {
            case .directory: search(path, into: &inputs, excluded: excluded)
            case .missing: inputs.append(.unreadable(path, "no such file or directory"))
            default: inputs.append(.file(path))
            }
        }
        // A file named twice, or named and also found in a directory, is linted once.
        // (One path cannot name a file twice: links to directories are not followed.)
        guard paths.count > 1 else { return inputs }
        var seen: Set<String> = []
        return inputs.filter { input in
            guard case .file(let path) = input else { return true }
            return seen.insert(Path.normalize(path)).inserted
        }
    }

    private static func search(_ directory: String, into inputs: inout [LintInput], excluded: (String) -> Bool) {
        let entries: [FileSystem.Entry]
        do { entries = try FileSystem.listing(of: directory) } catch {
            inputs.append(.unreadable(directory, "cannot read the directory: \(error.message)"))
            return
        }
        for entry in entries {
            let name = entry.name
            let path = FileSystem.join(directory, name)
            switch entry.kind ?? FileSystem.kind(of: path, followLinks: false) {
            case .directory where !name.hasPrefix(".") && !excluded(path + "/"):
                search(path, into: &inputs, excluded: excluded)
            case .file where name.hasSuffix(".xml") && !excluded(path):
                inputs.append(.file(path))
            case .other where name.hasSuffix(".xml") && FileSystem.kind(of: path) == .file && !excluded(path):
                inputs.append(.file(path))
            default:
                continue
            }
        }
    }

    /// Reads and lints one input.
    /// `threads` above 1 lets a large document be linted on that many threads.
    /// `withSource` keeps the source around each diagnostic, for the caret display.
    public static func lint(_ input: LintInput, with linter: Linter, threads: Int = 1, withSource: Bool = true,
                            standardInput: () -> Result<[UInt8], FileError>) -> FileReport {
        let path: String
        let bytes: [UInt8]
        switch input {
        case .unreadable(let name, let reason):
            return unreadable(name, reason)
        case .file(let name):
            path = name
            do { bytes = try FileSystem.readFile(name) } catch { return unreadable(name, error.message) }
        case .standardInput(let name):
            path = name
            switch standardInput() {
            case .success(let read): bytes = read
            case .failure(let error): return unreadable(name, error.message)
            }
        }
        return locate(linter.lint(bytes, threads: threads), in: bytes, path: path, withSource: withSource)
    }

    static func unreadable(_ path: String, _ reason: String) -> FileReport {
        let start = SourcePosition(line: 1, column: 1)
        return FileReport(path: path, diagnostics: [LocatedDiagnostic(
            path: path, rule: ioErrorRule, severity: .error, message: "cannot read \"\(path)\": \(reason)",
            start: start, end: start, sourceLine: "", sourceColumn: 1)])
    }

    /// Turns byte ranges into lines and columns, once, through a line table.
    public static func locate(_ diagnostics: [Diagnostic], in bytes: [UInt8], path: String, withSource: Bool = true) -> FileReport {
        guard !diagnostics.isEmpty else { return FileReport(path: path, diagnostics: []) }
        let table = LineTable(bytes)
        let located = diagnostics.map { diagnostic in
            let snippet = withSource ? table.snippet(at: diagnostic.range.start) : (text: "", column: 1)
            return LocatedDiagnostic(path: path, rule: diagnostic.rule, severity: diagnostic.severity, message: diagnostic.message,
                                     start: table.position(of: diagnostic.range.start), end: table.position(of: diagnostic.range.end),
                                     sourceLine: snippet.text, sourceColumn: snippet.column)
        }
        return FileReport(path: path, diagnostics: located.sorted {
            $0.start != $1.start ? $0.start < $1.start : $0.rule < $1.rule
        })
    }

    /// Lints every input, on `jobs` threads (default: one per core), and puts the
    /// reports in output order, whatever the number of threads. `finish` works on each
    /// report on the thread that made it (filtering, rendering).
    public static func run(_ inputs: [LintInput], with linter: Linter, jobs: Int? = nil, withSource: Bool = true,
                           standardInput: @escaping @Sendable () -> Result<[UInt8], FileError> = FileSystem.standardInputResult,
                           finish: @escaping @Sendable (inout FileReport) -> Void = { _ in }) -> RunResult {
        _ = XMLParser.initialized // libxml2 is initialised once, before any thread parses.
        let threads = jobs ?? Parallel.processorCount
        // Files are spread over the threads; a file linted alone may use them itself.
        let alone = inputs.count < 2
        var reports = Parallel.map(count: inputs.count, threads: alone ? 1 : threads) { index in
            var report = lint(inputs[index], with: linter, threads: alone ? threads : 1, withSource: withSource, standardInput: standardInput)
            finish(&report)
            return report
        }
        // Files found in a directory come in order already: check before sorting.
        if zip(reports, reports.dropFirst()).contains(where: { Text.bytesPrecede($1.path, $0.path) }) {
            reports.sort { Text.bytesPrecede($0.path, $1.path) }
        }
        return RunResult(reports: reports, filesChecked: inputs.count)
    }

    /// 2 when a file could not be read; 1 when a diagnostic reaches the fail level or
    /// there are more warnings than allowed; 0 otherwise.
    public static func exitStatus(_ result: RunResult, failLevel: Severity, maxWarnings: Int?) -> Int32 {
        if result.hadUnreadableFile { return 2 }
        if result.counts.reaching(failLevel) > 0 { return 1 }
        if let maxWarnings, result.count(.warning) > maxWarnings { return 1 }
        return 0
    }
}
