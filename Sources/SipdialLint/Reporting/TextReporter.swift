/// `path:line:column: severity: message [rule-id]`, with the source line and a caret
/// when asked, then a summary line. What comes from the input or the command line (the
/// path, the message, the rule id, the source line) is printed through `Text.escaped`.
package struct TextReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        String(decoding: renderBytes(result, options: options), as: UTF8.self)
    }

    /// Bytes, never a string: a run over thousands of files prints megabytes.
    package func renderBytes(_ result: RunResult, options: ReportOptions) -> [UInt8] {
        var out = TextBuffer()
        // By index: a report is not copied for each of thousands of files.
        let reports = result.reports
        out.reserve(reports.indices.reduce(100) { $0 + (reports[$1].text?.count ?? 0) })
        for index in reports.indices where reports[index].counts.total > 0 {
            if let text = reports[index].text {
                out.append(bytes: text)
            } else {
                TextReporter.append(reports[index].diagnostics, options: options, to: &out)
            }
        }
        out.append(TextReporter.summary(result))
        out.append("\n")
        return out.bytes
    }

    /// The lines of one file's diagnostics (for `FileReport.text`).
    package static func lines(of diagnostics: [LocatedDiagnostic], options: ReportOptions) -> [UInt8] {
        var out = TextBuffer()
        append(diagnostics, options: options, to: &out)
        return out.bytes
    }

    static func append(_ diagnostics: [LocatedDiagnostic], options: ReportOptions, to out: inout TextBuffer) {
        // Bytes, appended piece by piece: a run may print tens of thousands of lines, and
        // appending to a String costs several times more.
        func start(_ code: String) {
            if options.color {
                out.append("\u{1B}[")
                out.append(code)
                out.append("m")
            }
        }
        func end() { if options.color { out.append("\u{1B}[0m") } }
        // A file's diagnostics share its path: it is escaped once.
        var path = ("", "")
        for diagnostic in diagnostics {
            if diagnostic.path != path.0 { path = (diagnostic.path, Text.escaped(diagnostic.path)) }
            start("1")
            out.append(path.1)
            out.append(":")
            out.append(diagnostic.start.line)
            out.append(":")
            out.append(diagnostic.start.column)
            out.append(":")
            end()
            out.append(" ")
            switch diagnostic.severity {
            case .error:
                start("1;31")
                out.append("error")
            case .warning:
                start("1;33")
                out.append("warning")
            case .info:
                start("1;36")
                out.append("info")
            }
            end()
            out.append(": ")
            out.append(Text.escaped(diagnostic.message))
            out.append(" ")
            start("2")
            out.append("[")
            out.append(Text.escaped(diagnostic.rule))
            out.append("]")
            end()
            // `--fix` would fix it, as ruff marks it.
            if diagnostic.fix?.isSafe == true { out.append(" [*]") }
            out.append("\n")
            if options.showSource, !diagnostic.sourceLine.isEmpty {
                // Escaped like the rest: the caret counts the escaped text.
                let (line, caretColumn) = Text.escaped(diagnostic.sourceLine, column: diagnostic.sourceColumn)
                out.append("  ")
                out.append(line)
                out.append("\n  ")
                out.append(String(repeating: " ", count: max(0, caretColumn - 1)))
                start("1;32")
                out.append("^")
                end()
                out.append("\n")
            }
        }
    }

    /// The summary line: how many of each severity in how many files, then how many
    /// were fixed, or how many `--fix` would fix.
    static func summary(_ result: RunResult) -> String {
        var line = counted(result)
        if result.fixed > 0 { line += " (\(result.fixed) fixed)" }
        let (fixable, unsafe) = (result.fixable, result.unsafeFixable)
        if fixable > 0 { line += "; [*] \(fixable) fixable with --fix" }
        if unsafe > 0 { line += "; \(unsafe) more with --fix --unsafe-fixes" }
        return line
    }

    private static func counted(_ result: RunResult) -> String {
        let counts = result.counts
        let (errors, warnings, infos) = (counts.errors, counts.warnings, counts.infos)
        let files = result.filesChecked
        let filesText = files == 1 ? "1 file" : "\(files) files"
        if errors + warnings + infos == 0 { return "no problems in \(filesText)" }
        var parts: [String] = []
        func plural(_ count: Int, _ word: String) -> String { count == 1 ? "1 \(word)" : "\(count) \(word)s" }
        if errors > 0 { parts.append(plural(errors, "error")) }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        if infos > 0 { parts.append("\(infos) info") }
        let withProblems = result.filesWithProblems
        return parts.joined(separator: ", ") + " in " + (withProblems == 1 ? "1 file" : "\(withProblems) files")
            + (files != withProblems ? " (\(filesText) checked)" : "")
    }
}
