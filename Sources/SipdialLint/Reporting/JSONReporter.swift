/// One JSON array; `endColumn` is exclusive.
package struct JSONReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        let items = result.diagnostics.map { diagnostic -> String in
            "{\"path\": \(Text.jsonQuoted(diagnostic.path)), \"line\": \(diagnostic.start.line), \"column\": \(diagnostic.start.column), "
                + "\"endLine\": \(diagnostic.end.line), \"endColumn\": \(diagnostic.end.column), "
                + "\"severity\": \"\(diagnostic.severity.rawValue)\", \"rule\": \(Text.jsonQuoted(diagnostic.rule)), "
                + "\"message\": \(Text.jsonQuoted(diagnostic.message))}"
        }
        if items.isEmpty { return "[]\n" }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]\n"
    }
}
