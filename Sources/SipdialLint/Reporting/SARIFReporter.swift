/// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: the tool with every
/// rule's id and docs, and one result per diagnostic.
package struct SARIFReporter: Reporter {
    package static let informationURI = "https://github.com/sipdial-lint/sipdial-lint"

    package init() {}

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A path as a URI reference: "/" kept, everything outside the unreserved set escaped.
    static func uri(_ path: String) -> String { uri(bytes: Array(path.utf8)) }

    /// A path's bytes as a relative URI reference: unreserved bytes as they are, every
    /// other byte (a space, a non-UTF-8 byte) percent-encoded.
    static func uri(bytes: [UInt8]) -> String {
        var out = ""
        for byte in bytes {
            let safe =
                (0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            out += safe ? String(UnicodeScalar(byte)) : "%" + Text.hex(UInt32(byte), width: 2)
        }
        return out
    }

    package func render(_ result: RunResult, options: ReportOptions) -> String {
        let rules = options.catalog.rules
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() { index[rule.id] = position }
        let q = Text.jsonQuoted
        let ruleItems = rules.map { rule -> String in
            let dialects = rule.dialects(in: options.catalog).map(q).joined(separator: ", ")
            var help = rule.docs.what + "\n\nWhy: " + rule.docs.why
            if let example = rule.docs.example { help += "\n\nExample:\n" + example }
            if let better = rule.docs.useInstead { help += "\nUse instead:\n" + better }
            return "        {\"id\": \(q(rule.id)), \"name\": \(q(rule.id)), "
                + "\"shortDescription\": {\"text\": \(q(rule.summary))}, "
                + "\"fullDescription\": {\"text\": \(q(rule.docs.what))}, "
                + "\"help\": {\"text\": \(q(help))}, "
                + "\"defaultConfiguration\": {\"level\": \"\(Self.level(rule.severity))\"}, "
                + "\"properties\": {\"dialects\": [\(dialects)]}}"
        }
        let located = result.reports.lazy.flatMap { report in report.diagnostics.lazy.map { (report.pathBytes, $0) } }
        let results = located.map { pathBytes, diagnostic -> String in
            let uri = q(pathBytes.map { Self.uri(bytes: $0) } ?? Self.uri(diagnostic.path))
            var item = "        {\"ruleId\": \(q(diagnostic.rule)), "
            if let position = index[diagnostic.rule] { item += "\"ruleIndex\": \(position), " }
            item += "\"level\": \"\(Self.level(diagnostic.severity))\", \"message\": {\"text\": \(q(diagnostic.message))}, "
            item +=
                "\"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(uri)}, "
            item += "\"region\": {\"startLine\": \(diagnostic.start.line), \"startColumn\": \(diagnostic.start.column), "
            item += "\"endLine\": \(diagnostic.end.line), \"endColumn\": \(diagnostic.end.column)}}}]"
            if let fix = diagnostic.fix {
                // SARIF's fix: its replacements in the artifact, each a deleted region and the text put there.
                let replacements = fix.edits.map { edit in
                    "{\"deletedRegion\": {\"startLine\": \(edit.start.line), \"startColumn\": \(edit.start.column), "
                        + "\"endLine\": \(edit.end.line), \"endColumn\": \(edit.end.column)}, \"insertedContent\": {\"text\": \(q(edit.text))}}"
                }
                item +=
                    ", \"fixes\": [{\"description\": {\"text\": \(q(fix.title))}, \"artifactChanges\": [{\"artifactLocation\": {\"uri\": \(uri)}, "
                item += "\"replacements\": [\(replacements.joined(separator: ", "))]}]}]"
                item += ", \"properties\": {\"fixSafe\": \(fix.isSafe)}"
            }
            return item + "}"
        }
        var out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
        out += "      \"tool\": {\"driver\": {\"name\": \"sipdial-lint\", \"version\": \(q(options.toolVersion)), "
        out += "\"semanticVersion\": \(q(options.toolVersion)), \"informationUri\": \(q(Self.informationURI)), \"rules\": [\n"
        out += ruleItems.joined(separator: ",\n") + "\n      ]}},\n"
        out += "      \"columnKind\": \"unicodeCodePoints\",\n"
        out += "      \"results\": [" + (results.isEmpty ? "]\n" : "\n" + results.joined(separator: ",\n") + "\n      ]\n")
        out += "    }\n  ]\n}\n"
        return out
    }
}
