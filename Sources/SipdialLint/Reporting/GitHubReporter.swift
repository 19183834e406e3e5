/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
package struct GitHubReporter: Reporter {
    package init() {}

    /// The escaping of a command's message: GitHub's own for %, CR and LF (`%25`, `%0D`,
    /// `%0A`: the runner turns them back, inside the one annotation), so no line break is
    /// ever written raw and no input can start a command of its own; then `Text.escaped`
    /// for the other controls, separators and bidi controls, which the runner would pass
    /// on as they are, as the text format shows them.
    static func escapeData(_ text: String) -> String {
        Text.escaped(text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A"))
    }

    /// The escaping of a property value: the message's, plus ":" and "," (`%3A`, `%2C`), so
    /// that the first `::` of the line is the one that ends the properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        result.diagnostics.map { diagnostic in
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            return "::\(command) file=\(Self.escapeProperty(diagnostic.path)),line=\(diagnostic.start.line),"
                + "col=\(diagnostic.start.column),endLine=\(diagnostic.end.line),endColumn=\(diagnostic.end.column),"
                + "title=\(Self.escapeProperty("sipdial-lint " + diagnostic.rule))::\(Self.escapeData(diagnostic.message))\n"
        }.joined()
    }
}
