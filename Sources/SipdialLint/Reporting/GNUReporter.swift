/// `file:line:col: severity: message [rule-id]`, the form editors and compilers use; the
/// path, message and rule id are printed through `Text.escaped`, as in the text format.
package struct GNUReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        result.diagnostics.map {
            "\(Text.escaped($0.path)):\($0.start.line):\($0.start.column): \($0.severity.rawValue): "
                + "\(Text.escaped($0.message)) [\(Text.escaped($0.rule))]\n"
        }.joined()
    }
}
