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
    ///
    /// In O((directives + diagnostics) log): a directive's ids are taken once each, regions
    /// are closed in one pass over the directives, and covers and diagnostics meet through
    /// sorted offsets and a set of lines, never each against each.
    static func apply(
        to diagnostics: inout [Diagnostic], document: XMLDocument, isEnabled: (String) -> Bool,
        isKnown: (String) -> Bool, knownIDs: [String]
    ) -> [Finding] {
        let directives = directives(in: document)
        guard !directives.isEmpty else { return [] }
        let table = LineTable(document.bytes)

        /// "" stands for every rule (rule ids are never empty).
        struct Cover {
            var directive: Int
            var rule: String
            var start: Int
            var end: Int
            var line: Int? // for next-line covers
        }
        var covers: [Cover] = []
        var findings: [Finding] = []
        // The region covers still open, by rule ("" for every rule).
        var open: [String: [Int]] = [:]
        for (index, directive) in directives.enumerated() {
            var seen: Set<String> = []
            var ids: [String] = []
            for rule in directive.rules where seen.insert(rule).inserted {
                if isKnown(rule) {
                    ids.append(rule)
                } else {
                    let hint = Text.didYouMean(rule, in: knownIDs)
                    findings.append(Finding(directive.comment, kind: "unknown", ["rule": Messages.excerpt(rule), "hint": hint]))
                }
            }
            if directive.rules.isEmpty { ids = [""] }
            switch directive.kind {
            case .nextLine:
                let line = table.line(of: directive.comment.end) + 1
                for id in ids { covers.append(Cover(directive: index, rule: id, start: 0, end: 0, line: line)) }
            case .disable:
                for id in ids {
                    open[id, default: []].append(covers.count)
                    covers.append(Cover(directive: index, rule: id, start: directive.comment.end, end: Int.max, line: nil))
                }
            case .enable:
                // An enable with ids ends the regions of those rules; without, every region.
                let closing = directive.rules.isEmpty ? Array(open.keys) : ids
                for id in closing {
                    for cover in open[id] ?? [] { covers[cover].end = directive.comment.start }
                    open[id] = nil
                }
            }
        }

        // Where the diagnostics are: their offsets by rule and in all, sorted, and the
        // (line, rule) pairs when next-line covers need them.
        var offsetsByRule: [String: [Int]] = [:]
        var allOffsets: [Int] = []
        var linesByRule: Set<LineRule> = []
        var linesWithAny: Set<Int> = []
        let needsLines = covers.contains { $0.line != nil }
        var diagnosticLines: [Int] = []
        for diagnostic in diagnostics {
            offsetsByRule[diagnostic.rule, default: []].append(diagnostic.range.start)
            allOffsets.append(diagnostic.range.start)
            if needsLines {
                let line = table.line(of: diagnostic.range.start)
                diagnosticLines.append(line)
                linesByRule.insert(LineRule(line: line, rule: diagnostic.rule))
                linesWithAny.insert(line)
            }
        }
        allOffsets.sort()
        for key in offsetsByRule.keys { offsetsByRule[key]!.sort() }

        // A cover is used when a diagnostic it covers exists.
        func anyOffset(in offsets: [Int], from start: Int, to end: Int) -> Bool {
            let first = offsets.partitionPoint { $0 >= start }
            return first < offsets.count && offsets[first] < end
        }

        var used = [Bool](repeating: false, count: covers.count)
        // What suppresses: next-line pairs, and the regions per rule, merged and sorted.
        var suppressedLines: Set<LineRule> = []
        var regions: [String: [(start: Int, end: Int)]] = [:]
        for (index, cover) in covers.enumerated() {
            if let line = cover.line {
                used[index] =
                    cover.rule.isEmpty ? linesWithAny.contains(line) : linesByRule.contains(LineRule(line: line, rule: cover.rule))
                suppressedLines.insert(LineRule(line: line, rule: cover.rule))
            } else {
                let offsets = cover.rule.isEmpty ? allOffsets : offsetsByRule[cover.rule] ?? []
                used[index] = anyOffset(in: offsets, from: cover.start, to: cover.end)
                regions[cover.rule, default: []].append((cover.start, cover.end))
            }
        }
        for key in regions.keys {
            let sorted = regions[key]!.sorted { $0.start < $1.start }
            var merged: [(start: Int, end: Int)] = []
            for region in sorted {
                if let last = merged.last, region.start <= last.end {
                    merged[merged.count - 1].end = max(last.end, region.end)
                } else {
                    merged.append(region)
                }
            }
            regions[key] = merged
        }
        func inRegion(_ offset: Int, _ key: String) -> Bool {
            guard let merged = regions[key] else { return false }
            let first = merged.partitionPoint { $0.end > offset }
            return first < merged.count && merged[first].start <= offset
        }

        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for (index, diagnostic) in diagnostics.enumerated() {
            let offset = diagnostic.range.start
            if inRegion(offset, "") || inRegion(offset, diagnostic.rule) { continue }
            if needsLines {
                let line = diagnosticLines[index]
                if suppressedLines.contains(LineRule(line: line, rule: ""))
                    || suppressedLines.contains(LineRule(line: line, rule: diagnostic.rule))
                {
                    continue
                }
            }
            kept.append(diagnostic)
        }
        diagnostics = kept
        for (number, cover) in covers.enumerated() where !used[number] {
            let comment = directives[cover.directive].comment
            if cover.rule.isEmpty {
                findings.append(Finding(comment, kind: "all"))
            } else if isEnabled(cover.rule) {
                findings.append(Finding(comment, kind: "unused", ["rule": cover.rule]))
            }
        }
        return findings
    }

    private struct LineRule: Hashable {
        let line: Int
        let rule: String
    }
}
