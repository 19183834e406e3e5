/// Formats a run's diagnostics; one conformance per `--format`.
package protocol Reporter {
    func render(_ result: RunResult, options: ReportOptions) -> String
    /// The same, as UTF-8 bytes (what the command writes).
    func renderBytes(_ result: RunResult, options: ReportOptions) -> [UInt8]
}
extension Reporter {
    package func renderBytes(_ result: RunResult, options: ReportOptions) -> [UInt8] {
        Array(render(result, options: options).utf8)
    }
}
