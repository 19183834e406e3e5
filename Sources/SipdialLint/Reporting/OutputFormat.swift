/// The output formats of `--format`: each names its reporter and describes itself for
/// the man page (roff), so that a new format is one case here and one reporter.
package enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, checkstyle, junit, gnu

    package var reporter: Reporter {
        switch self {
        case .text: return TextReporter()
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .checkstyle: return CheckstyleReporter()
        case .junit: return JUnitReporter()
        case .gnu: return GNUReporter()
        }
    }

    package var manual: String {
        switch self {
        case .text:
            return """
                one line per diagnostic, \\fIpath\\fR:\\fIline\\fR:\\fIcolumn\\fR: \\fIseverity\\fR: \\fImessage\\fR \
                [\\fIrule-id\\fR], then a summary line; on a terminal the source line and a caret under the column \
                follow each diagnostic
                """
        case .json: return "one array of objects with path, line, column, endLine, endColumn (exclusive), severity, rule and message; a diagnostic with a fix also has fix: {safe, title, edits: [{line, column, endLine, endColumn, text}]}, each edit replacing its range (end exclusive; an empty range inserts) with text"
        case .sarif: return "SARIF 2.1.0, with every rule's id and documentation, for code scanning"
        case .github: return "GitHub Actions workflow commands (\\fB::error file=...,line=...,col=...::message\\fR)"
        case .checkstyle: return "Checkstyle XML, for Jenkins and reviewdog"
        case .junit: return "JUnit XML, one test case per file and one failure per diagnostic"
        case .gnu: return "the text lines without the summary, as compilers print them"
        }
    }
}
