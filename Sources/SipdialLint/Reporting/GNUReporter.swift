/// `file:line:col: severity: message [rule-id]`, the form editors and compilers use.
package struct GNUReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        result.diagnostics.map {
            "\($0.path):\($0.start.line):\($0.start.column): \($0.severity.rawValue): \($0.message) [\($0.rule)]\n"
        }.joined()
    }
}
