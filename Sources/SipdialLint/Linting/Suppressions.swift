/// Inline suppression in XML comments:
///
///     <!-- sipdial-lint-disable-next-line sip-codecs, sip-uri-syntax - reason -->
///     <!-- sipdial-lint-disable sip-codecs -->  …  <!-- sipdial-lint-enable sip-codecs -->
///
/// The reason follows a lone "-": XML forbids "--" inside a comment, so the "-- reason"
/// of ESLint would make the document ill-formed. With no rule ids a directive covers every rule. A directive (or one of its ids) that
/// suppresses nothing, or names an unknown rule, becomes an `unused-suppression` finding.
struct Suppressions {
    enum Kind { case nextLine, disable, enable }

    struct Directive {
        var kind: Kind
        /// Empty: every rule.
        var rules: [String]
        var comment: ByteRange
    }

    static let prefix = Array("sipdial-lint-".utf8)

    /// The directives in a document's comments.
    static func directives(in document: XMLDocument) -> [Directive] {
        var found: [Directive] = []
        for comment in document.comments {
            var body = document.bytes[(comment.start + 4)..<max(comment.start + 4, comment.end - 3)]
            while let first = body.first, Text.isXMLSpace(first) { body = body.dropFirst() }
            guard body.starts(with: prefix) else { continue }
            let text = String(decoding: body, as: UTF8.self)
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard let keyword = words.first else { continue }
            let kind: Kind
            switch keyword {
            case "sipdial-lint-disable-next-line": kind = .nextLine
            case "sipdial-lint-disable": kind = .disable
            case "sipdial-lint-enable": kind = .enable
            default: continue
            }
            var rules: [String] = []
            for word in words.dropFirst() {
                if word == "-" || word == "--" { break }
                rules += word.split(separator: ",").map(String.init)
            }
            found.append(Directive(kind: kind, rules: rules, comment: comment))
        }
        return found
    }

    /// Removes the suppressed diagnostics, and returns the findings for directives that
    /// suppressed nothing: kind `unused` (value `rule`), `all` (no ids), `unknown`.
    static func apply(
        to diagnostics: inout [Diagnostic], document: XMLDocument, isEnabled: (String) -> Bool,
        isKnown: (String) -> Bool, knownIDs: [String]
    ) -> [Finding] {
        let directives = directives(in: document)
        guard !directives.isEmpty else { return [] }
        let table = LineTable(document.bytes)

        struct Cover {
            var directive: Int
            var rule: String? // nil: all rules
            var start: Int
            var end: Int
            var line: Int? // for next-line covers
            var used = false
        }
        var covers: [Cover] = []
        var findings: [Finding] = []
        for (index, directive) in directives.enumerated() {
            for rule in directive.rules where !isKnown(rule) {
                let hint = Text.didYouMean(rule, in: knownIDs)
                findings.append(Finding(directive.comment, kind: "unknown", ["rule": rule, "hint": hint]))
            }
            let ids: [String?] = directive.rules.isEmpty ? [nil] : directive.rules.filter(isKnown).map { $0 }
            switch directive.kind {
            case .nextLine:
                let line = table.line(of: directive.comment.end) + 1
                for id in ids { covers.append(Cover(directive: index, rule: id, start: 0, end: 0, line: line)) }
            case .disable:
                for id in ids {
                    // The region ends at the first later enable that names this rule, or all rules.
                    let end =
                        directives[(index + 1)...].first { later in
                            later.kind == .enable && (later.rules.isEmpty || id.map { later.rules.contains($0) } ?? false)
                        }?.comment.start ?? Int.max
                    covers.append(Cover(directive: index, rule: id, start: directive.comment.end, end: end, line: nil))
                }
            case .enable:
                continue
            }
        }
        var lines: [Int: Int] = [:]
        func line(of offset: Int) -> Int {
            if let known = lines[offset] { return known }
            let value = table.line(of: offset)
            lines[offset] = value
            return value
        }
        diagnostics.removeAll { diagnostic in
            var suppressed = false
            for index in covers.indices where covers[index].rule == nil || covers[index].rule == diagnostic.rule {
                let cover = covers[index]
                let hit =
                    cover.line.map { line(of: diagnostic.range.start) == $0 }
                    ?? (diagnostic.range.start >= cover.start && diagnostic.range.start < cover.end)
                if hit {
                    covers[index].used = true
                    suppressed = true
                }
            }
            return suppressed
        }
        for cover in covers where !cover.used {
            let comment = directives[cover.directive].comment
            if let rule = cover.rule {
                if isEnabled(rule) { findings.append(Finding(comment, kind: "unused", ["rule": rule])) }
            } else {
                findings.append(Finding(comment, kind: "all"))
            }
        }
        return findings
    }
}
