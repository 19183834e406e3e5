/// JUnit XML, as GitLab and Jenkins read it: one test case per file, one failure per
/// diagnostic. Every string from the input or the command line goes through
/// `Text.xmlEscaped`: the report is well-formed XML 1.0 whatever the file names and values.
package struct JUnitReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        let failing = result.filesWithProblems
        let tests = result.reports.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"sipdial-lint\" tests=\"\(tests)\" failures=\"\(failing)\" errors=\"0\">\n"
        out += "  <testsuite name=\"sipdial-lint\" tests=\"\(tests)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
        for report in result.reports {
            let name = Text.xmlEscaped(report.path)
            if report.diagnostics.isEmpty {
                out += "    <testcase classname=\"sipdial-lint\" name=\"\(name)\"/>\n"
                continue
            }
            out += "    <testcase classname=\"sipdial-lint\" name=\"\(name)\">\n"
            for diagnostic in report.diagnostics {
                let line =
                    "\(diagnostic.path):\(diagnostic.start.line):\(diagnostic.start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
                out +=
                    "      <failure type=\"\(Text.xmlEscaped(diagnostic.rule))\" "
                    + "message=\"\(Text.xmlEscaped("\(diagnostic.start.line):\(diagnostic.start.column) \(diagnostic.message)"))\">"
                    + Text.xmlEscaped(line) + "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        return out + "  </testsuite>\n</testsuites>\n"
    }
}
