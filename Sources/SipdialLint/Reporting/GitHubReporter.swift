/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
package struct GitHubReporter: Reporter {
    package init() {}

    /// The escaping of a command's message: %, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// The escaping of a property value: the message's, plus ":" and ",".
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
