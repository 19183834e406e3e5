/// One JSON array; `endColumn` is exclusive. A diagnostic with a fix has
/// `"fix": {"safe": …, "title": …, "edits": [{"line", "column", "endLine", "endColumn", "text"}]}`.
package struct JSONReporter: Reporter {
    package init() {}

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        let items = result.diagnostics.map { diagnostic -> String in
            "{\"path\": \(Text.jsonQuoted(diagnostic.path)), \"line\": \(diagnostic.start.line), \"column\": \(diagnostic.start.column), "
                + "\"endLine\": \(diagnostic.end.line), \"endColumn\": \(diagnostic.end.column), "
                + "\"severity\": \"\(diagnostic.severity.rawValue)\", \"rule\": \(Text.jsonQuoted(diagnostic.rule)), "
                + "\"message\": \(Text.jsonQuoted(diagnostic.message))" + (diagnostic.fix.map(Self.fix) ?? "") + "}"
        }
        if items.isEmpty { return "[]\n" }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]\n"
    }

    static func fix(_ fix: LocatedFix) -> String {
        let edits = fix.edits.map { edit in
            "{\"line\": \(edit.start.line), \"column\": \(edit.start.column), \"endLine\": \(edit.end.line), "
                + "\"endColumn\": \(edit.end.column), \"text\": \(Text.jsonQuoted(edit.text))}"
        }
        return
            ", \"fix\": {\"safe\": \(fix.isSafe), \"title\": \(Text.jsonQuoted(fix.title)), \"edits\": [\(edits.joined(separator: ", "))]}"
    }
}
