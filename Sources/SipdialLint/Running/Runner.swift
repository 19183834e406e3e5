package enum Runner {
    package static let ioErrorRule = "io-error"

    /// The files to lint for the paths given: a file as named (whatever its name), a
    /// directory searched recursively for `*.xml` (hidden directories skipped, links to
    /// directories not followed), `-` for standard input. A path that cannot be linted
    /// (missing, a FIFO, a device, a dangling link, found or named) is an input too,
    /// reported as an `io-error`.
    /// `excluded` tells which files found in a directory to leave out (a path named
    /// on the command line is always linted); it is given the path as shown.
    package static func inputs(
        for paths: [FilePath], standardInputName: String?,
        excluded: (String) -> Bool = { _ in false }
    ) -> [LintInput] {
        var inputs: [LintInput] = []
        for file in paths {
            if file.bytes == [UInt8(ascii: "-")] {
                inputs.append(.standardInput(name: standardInputName ?? "-"))
                continue
            }
            switch FileSystem.target(of: file) {
            case .directory: search(file, into: &inputs, excluded: excluded)
            case .file: inputs.append(.file(file))
            case .unlintable(let reason): inputs.append(.unreadable(file, reason))
            }
        }
        // A file named twice, or named and also found in a directory, is linted (or
        // reported) once: the same bytes, not the same shown name (two names may show alike).
        // (One path cannot name a file twice: links to directories are not followed.)
        guard paths.count > 1 else { return inputs }
        var seen: Set<FilePath> = []
        return inputs.filter { input in
            switch input {
            case .file(let path), .unreadable(let path, _): return seen.insert(path.normalized).inserted
            case .standardInput: return true
            }
        }
    }

    /// Files are found by the exact bytes of their names, whatever they show as.
    private static func search(_ directory: FilePath, into inputs: inout [LintInput], excluded: (String) -> Bool) {
        let entries: [FileSystem.Entry]
        do { entries = try FileSystem.listing(of: directory) } catch {
            inputs.append(.unreadable(directory, "cannot read the directory: \(error.message)"))
            return
        }
        for entry in entries {
            let isDirectory = entry.kind == .directory
            guard isDirectory || entry.kind == nil || entry.hasSuffix(".xml") else { continue }
            let path = directory.appending(entry.bytes)
            let kind = entry.kind ?? FileSystem.kind(of: path, followLinks: false)
            if kind == .directory {
                if !entry.hasPrefix(".") && !excluded(path.display + "/") { search(path, into: &inputs, excluded: excluded) }
                continue
            }
            guard entry.hasSuffix(".xml") && !excluded(path.display) else { continue }
            if kind == .file {
                inputs.append(.file(path))
                continue
            }
            // A link, a FIFO, a socket, a device, or an entry gone since the listing: a
            // link to a regular file is linted, a link to a directory is not followed (no
            // loops), and anything else named *.xml is reported, not passed over.
            switch FileSystem.target(of: path) {
            case .file: inputs.append(.file(path))
            case .directory: continue
            case .unlintable(let reason): inputs.append(.unreadable(path, reason))
            }
        }
    }

    /// Reads and lints one input.
    /// `threads` above 1 lets a large document be linted on that many threads.
    /// `withSource` keeps the source around each diagnostic, for the caret display.
    /// With `fixing`, the fixes are made first and what is left is reported (see `FixMode`).
    package static func lint(
        _ input: LintInput, with linter: Linter, threads: Int = 1, withSource: Bool = true, fixing: FixMode? = nil,
        standardInput: () -> Result<[UInt8], FileError>
    ) -> FileReport {
        func lint(_ bytes: [UInt8], path: String, file: FilePath? = nil) -> FileReport {
            guard let fixing else { return locate(linter.lint(bytes, threads: threads), in: bytes, path: path, withSource: withSource) }
            let outcome = FixApplier.fix(bytes, with: linter, unsafe: fixing.unsafe, threads: threads)
            // A fix that could have been made and is left was refused (its result was
            // worse): it is not offered again.
            var left = outcome.diagnostics
            for index in left.indices where left[index].fix.map({ $0.isSafe || fixing.unsafe }) == true { left[index].fix = nil }
            var report = locate(left, in: outcome.bytes, path: path, withSource: withSource)
            report.fixed = outcome.fixed
            switch fixing.output {
            case .diff:
                report.output = UnifiedDiff.render(old: bytes, new: outcome.bytes, path: path)
            case .write:
                guard let file else {
                    report.output = outcome.bytes
                    break
                }
                // A file with nothing to fix is not written.
                guard outcome.fixed > 0, outcome.bytes != bytes else { break }
                do { try FileReplacer.replace(file, with: outcome.bytes, expecting: bytes) } catch {
                    report.fixed = 0
                    let failed = unreadable(path, error.message, verb: "write")
                    report.diagnostics =
                        failed.diagnostics + locate(linter.lint(bytes, threads: threads), in: bytes, path: path).diagnostics
                }
            }
            return report
        }
        switch input {
        case .standardInput(let name):
            switch standardInput() {
            case .success(let bytes): return lint(bytes, path: name)
            case .failure(let error): return unreadable(name, error.message)
            }
        case .unreadable(let file, let reason):
            var report = unreadable(file.display, reason)
            report.pathBytes = file.bytes
            return report
        case .file(let file):
            var report: FileReport
            do { report = lint(try FileSystem.readFile(file, limit: .document), path: file.display, file: file) } catch {
                report = unreadable(file.display, error.message)
            }
            report.pathBytes = file.bytes
            return report
        }
    }

    static func unreadable(_ path: String, _ reason: String, verb: String = "read") -> FileReport {
        let start = SourcePosition(line: 1, column: 1)
        return FileReport(
            path: path,
            diagnostics: [
                LocatedDiagnostic(
                    path: path, rule: ioErrorRule, severity: .error, message: "cannot \(verb) \"\(path)\": \(reason)",
                    start: start, end: start, sourceLine: "", sourceColumn: 1)
            ])
    }

    /// Turns byte ranges into lines and columns, once, through a line table: the starts
    /// in one pass over the bytes, and the ends in another (the linter sorts diagnostics
    /// by offset, so a long line is read once however many diagnostics it has; offsets
    /// in another order get the same positions).
    package static func locate(_ diagnostics: [Diagnostic], in bytes: [UInt8], path: String, withSource: Bool = true) -> FileReport {
        guard !diagnostics.isEmpty else { return FileReport(path: path, diagnostics: []) }
        let table = LineTable(bytes)
        let starts = table.positions(of: diagnostics.map(\.range.start))
        let ends = table.positions(of: diagnostics.map(\.range.end))
        // The fixes' edges, all in one pass too (each edit's start, then its end): a long
        // line is read once, not once for each fix.
        let edges = table.positions(of: diagnostics.flatMap { $0.fix?.edits.flatMap { [$0.range.start, $0.range.end] } ?? [] })
        var edge = 0
        let located = diagnostics.indices.map { index in
            let diagnostic = diagnostics[index]
            let snippet = withSource ? table.snippet(at: diagnostic.range.start) : (text: "", column: 1)
            let fix = diagnostic.fix.map { fix in
                let edits = fix.edits.map { edit in
                    defer { edge += 2 }
                    return LocatedFix.LocatedEdit(start: edges[edge], end: edges[edge + 1], text: edit.text)
                }
                return LocatedFix(isSafe: fix.isSafe, title: fix.title, edits: edits)
            }
            return LocatedDiagnostic(
                path: path, rule: diagnostic.rule, severity: diagnostic.severity, message: diagnostic.message,
                start: starts[index], end: ends[index], sourceLine: snippet.text, sourceColumn: snippet.column, fix: fix)
        }
        // In the linter's order already: by offset, then rule.
        return FileReport(path: path, diagnostics: located)
    }

    /// Lints every input, on `jobs` threads (default: one per core), and puts the
    /// reports in output order, whatever the number of threads. `finish` works on each
    /// report on the thread that made it (filtering, rendering).
    package static func run(
        _ inputs: [LintInput], with linter: Linter, jobs: Int? = nil, withSource: Bool = true, fixing: FixMode? = nil,
        standardInput: @escaping @Sendable () -> Result<[UInt8], FileError> = FileSystem.standardInputResult,
        finish: @escaping @Sendable (inout FileReport) -> Void = { _ in }
    ) -> RunResult {
        _ = XMLParser.initialized // libxml2 is initialised once, before any thread parses.
        let threads = jobs ?? Parallel.processorCount
        // Files are spread over the threads; a file linted alone may use them itself.
        let alone = inputs.count < 2
        var reports = Parallel.map(count: inputs.count, threads: alone ? 1 : threads) { index in
            var report = lint(
                inputs[index], with: linter, threads: alone ? threads : 1, withSource: withSource, fixing: fixing,
                standardInput: standardInput)
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
    package static func exitStatus(_ result: RunResult, failLevel: Severity, maxWarnings: Int?) -> Int32 {
        if result.hadUnreadableFile { return 2 }
        if result.counts.reaching(failLevel) > 0 { return 1 }
        if let maxWarnings, result.count(.warning) > maxWarnings { return 1 }
        return 0
    }
}
