/// Checkstyle XML, as Jenkins (Warnings NG) and reviewdog read it. Every string from the
/// input or the command line goes through `Text.xmlEscaped`: the report is well-formed
/// XML 1.0 whatever the file names and values.
package struct CheckstyleReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for report in result.reports {
            out += "  <file name=\"\(Text.xmlEscaped(report.path))\">\n"
            for diagnostic in report.diagnostics {
                out +=
                    "    <error line=\"\(diagnostic.start.line)\" column=\"\(diagnostic.start.column)\" "
                    + "severity=\"\(diagnostic.severity.rawValue)\" message=\"\(Text.xmlEscaped(diagnostic.message))\" "
                    + "source=\"sipdial-lint.\(Text.xmlEscaped(diagnostic.rule))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
