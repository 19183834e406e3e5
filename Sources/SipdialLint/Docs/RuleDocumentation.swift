/// Documentation generated from the rule files: `--explain`, `--list-rules`, the
/// man page's RULES section and the README's rule table all come from here.
package enum RuleDocumentation {
    static func dialectText(_ rule: RuleDefinition, catalog: RuleCatalog) -> String {
        let runs = rule.dialects(in: catalog)
        guard rule.scope == .all else { return runs.joined(separator: ", ") }
        let off = catalog.dialectNames.filter { !runs.contains($0) }
        return off.isEmpty ? "all dialects" : "all but " + off.joined(separator: ", ")
    }

    /// What `--explain ID` prints, in the order ruff uses.
    package static func explain(_ rule: RuleDefinition, catalog: RuleCatalog) -> String {
        var out = "\(rule.id) (\(rule.severity.rawValue); \(dialectText(rule, catalog: catalog)))\n"
        out += rule.summary + "\n\n"
        out += "What it does\n" + indent(rule.docs.what) + "\n"
        out += "Why is this bad\n" + indent(rule.docs.why) + "\n"
        if let example = rule.docs.example { out += "Example\n" + indent(example) + "\n" }
        if let better = rule.docs.useInstead { out += "Use instead\n" + indent(better) + "\n" }
        if !rule.docs.codes.isEmpty { out += "Platform error codes\n" + indent(rule.docs.codes.joined(separator: ", ")) + "\n" }
        if !rule.fixes.isEmpty { out += "Fix\n" + indent(fixText(rule)) + "\n" }
        if rule.alwaysOn { out += "This rule cannot be turned off.\n" }
        return out
    }

    /// What the rule's fixes do, safe and unsafe, and its first example with `fixed:`.
    static func fixText(_ rule: RuleDefinition) -> String {
        var lines = rule.fixes.map { fix in
            let what: String
            switch fix.fixer {
            case .replace: what = fix.title ?? "write \"\(fix.text)\""
            case .insert: what = fix.title ?? "insert \"\(fix.text)\""
            case .remove: what = fix.title ?? "remove it"
            }
            return (fix.isSafe ? "safe, made by --fix: " : "unsafe, made by --fix --unsafe-fixes: ") + (fix.summary ?? what)
        }
        if let example = rule.invalid.first(where: { $0.fixed != nil }), let fixed = example.fixed {
            lines += [
                "For example", "    " + String(decoding: example.bytes, as: UTF8.self), "becomes",
                "    " + String(decoding: fixed, as: UTF8.self),
            ]
        }
        return lines.joined(separator: "\n")
    }

    private static func indent(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    }

    package static func listText(_ catalog: RuleCatalog) -> String {
        let width = (catalog.rules.map(\.id.count).max() ?? 10) + 2
        return catalog.rules.map { rule in
            Text.padded(rule.id, to: width) + Text.padded(rule.severity.rawValue, to: 9)
                + Text.padded(dialectText(rule, catalog: catalog), to: 28) + rule.summary
        }.joined(separator: "\n") + "\n"
    }

    package static func listJSON(_ catalog: RuleCatalog) -> String {
        let items = catalog.rules.map { rule in
            "{\"id\": \(Text.jsonQuoted(rule.id)), \"severity\": \"\(rule.severity.rawValue)\", \"dialects\": ["
                + rule.dialects(in: catalog).map(Text.jsonQuoted).joined(separator: ", ")
                + "], \"summary\": \(Text.jsonQuoted(rule.summary))}"
        }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]\n"
    }

    /// The README's rule table (Markdown).
    package static func markdownTable(_ catalog: RuleCatalog) -> String {
        var out = "| rule | severity | dialects | reports |\n| --- | --- | --- | --- |\n"
        for rule in catalog.rules {
            let summary = rule.summary.replacingAll("|", with: "\\|").replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;")
            out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(dialectText(rule, catalog: catalog)) | \(summary) |\n"
        }
        return out
    }

    /// The rules that fix what they report, as a Markdown table: what their safe and
    /// unsafe fixes do (each fix's `summary`).
    package static func fixTable(_ catalog: RuleCatalog) -> String {
        func cell(_ fixes: [FixDeclaration]) -> String {
            // Summaries write markup in code spans (`<Sip>`), where Markdown shows it as it is.
            fixes.compactMap(\.summary).joined(separator: "; ").replacingAll("|", with: "\\|")
        }
        var out = "| rule | safe fix (`--fix`) | unsafe fix (`--fix --unsafe-fixes`) |\n| --- | --- | --- |\n"
        for rule in catalog.rules where !rule.fixes.isEmpty {
            out += "| `\(rule.id)` | \(cell(rule.fixes.filter(\.isSafe))) | \(cell(rule.fixes.filter { !$0.isSafe })) |\n"
        }
        return out
    }

    /// The built-in dialects as a Markdown table: name, platform, what each declares, and
    /// the reference it is read from.
    package static func dialectTable(_ catalog: RuleCatalog) -> String {
        var out = "| dialect | platform | verbs | nouns | attributes | reference |\n| --- | --- | --- | --- | --- | --- |\n"
        for name in catalog.dialectNames {
            let dialect = catalog.dialects[name]!
            let counts = dialect.counts
            let shown = "`\(name)`" + (name == catalog.defaultDialect ? " (default)" : "")
            out += "| \(shown) | \(dialect.title) | \(counts.verbs) | \(counts.nouns) | \(counts.attributes) | \(dialect.source ?? "") |\n"
        }
        return out
    }

    /// The man page's DIALECTS section body (roff).
    package static func manDialects(_ catalog: RuleCatalog) -> String {
        catalog.dialectNames.map { name in
            let dialect = catalog.dialects[name]!
            return
                ".TP\n.B \(roff(name))\n\(roff(dialect.title))\(name == catalog.defaultDialect ? " (the default)" : "")\(dialect.source.map { ": " + roff($0) } ?? "").\n"
        }.joined()
    }

    /// The man page's RULES section body (roff).
    package static func manSection(_ catalog: RuleCatalog) -> String {
        var out = ""
        for rule in catalog.rules {
            out += ".TP\n.B \(roff(rule.id))\n"
            out += "(\(rule.severity.rawValue); \(roff(dialectText(rule, catalog: catalog)))) \(roff(rule.summary)).\n"
            out += roff(rule.docs.what) + "\n"
        }
        return out
    }

    /// Escapes text for roff: backslashes, and a leading dot or quote.
    static func roff(_ text: String) -> String {
        var escaped = text.replacingAll("\\", with: "\\e").replacingAll("-", with: "\\-")
        let lines = escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }
        escaped = lines.joined(separator: "\n")
        return escaped
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation here).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[rest.startIndex..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
