/// Lints documents: compiles the enabled rules for the dialect once, then runs them
/// over each document. A `Linter` may be shared by threads; each `lint` call has its
/// own parser context and state.
package final class Linter: Sendable {
    package let catalog: RuleCatalog
    package let dialect: Dialect
    /// unused-suppression, when it runs, and every rule id (for its hints).
    private let suppressionRule: CompiledRule?
    /// The rules of the problems the parser finds (xml-syntax, xml-encoding, …), by id.
    private let parserRules: [String: CompiledRule]
    private let ruleIDs: [String]
    /// The rules grouped by selector: each selection is evaluated once, and the groups'
    /// selections are walked together in document order, so that all rules on an element
    /// run before the next element and its cached URIs can be let go (a <Dial>'s are parsed
    /// once, for its own rules and then for its <Sip> children's).
    private let groups: [(selector: Selector, rules: [CompiledRule])]
    /// The same rules, unretained (`groups` holds them): the walk over a document's
    /// elements calls them without retaining each one for each element.
    private let groupRules: [[Unmanaged<CompiledRule>]]
    private let otherDialects: [Dialect]
    private let enabled: [String: Severity]
    private let needsTree: Bool
    /// See `LintSettings.wholeFixes`.
    private let wholeFixes: Bool
    /// The rules whose XPath was stopped at its operation limit in this run.
    package let stopped = StoppedRules()
    /// Hints worked out from names, for all documents and threads.
    private let memo = NameMemo()
    /// The strings of the dialects' names, shared by all documents' models.
    private let knownNames: KnownNames

    package init(catalog: RuleCatalog, settings: LintSettings) throws {
        self.catalog = catalog
        let name = settings.dialect.isEmpty ? catalog.defaultDialect : settings.dialect
        guard let dialect = catalog.dialects[name] else {
            let hint = Text.nearest(to: settings.dialect, in: catalog.dialectNames).map { "did you mean \"\($0)\"? " } ?? ""
            throw UsageError("unknown dialect \"\(settings.dialect)\"; \(hint)known: \(catalog.dialectNames.joined(separator: ", "))")
        }
        self.dialect = dialect
        self.otherDialects = catalog.dialectNames.filter { $0 != dialect.name }.compactMap { catalog.dialects[$0] }
        self.knownNames = KnownNames(dialects: [dialect])
        for id in (settings.select ?? []) + settings.ignore + Array(settings.rules.keys) where catalog.rule(id) == nil {
            let hint = Text.didYouMean(id, in: catalog.rules.map(\.id))
            throw UsageError("unknown rule \"\(id)\"\(hint)")
        }
        var compiled: [CompiledRule] = []
        var enabled: [String: Severity] = [:]
        let known = Set(catalog.dialectNames)
        for rule in catalog.rules where rule.applies(to: dialect) {
            let setting = settings.rules[rule.id] ?? RuleSetting()
            if !rule.alwaysOn {
                // The command line wins: --select turns on a rule the config turned off.
                if settings.ignore.contains(rule.id) { continue }
                if let select = settings.select {
                    if !select.contains(rule.id) { continue }
                } else if setting.off {
                    continue
                }
            }
            let severity = setting.severity ?? rule.severity
            enabled[rule.id] = severity
            compiled.append(
                try RuleCompiler.compile(
                    rule, dialect: dialect, options: setting.options, optionsFile: setting.optionsFile,
                    severity: severity, knownDialects: known))
        }
        self.suppressionRule = compiled.first(where: \.isSuppressionRule)
        self.parserRules = Dictionary(compiled.filter(\.isParserRule).map { ($0.definition.id, $0) }) { first, _ in first }
        self.ruleIDs = catalog.rules.map(\.id)
        self.enabled = enabled
        var groups: [(selector: Selector, rules: [CompiledRule])] = []
        for rule in compiled where !rule.isParserRule && !rule.isSuppressionRule {
            guard let selector = rule.selector else { continue }
            if let index = groups.firstIndex(where: { $0.selector.expression == selector.expression }) {
                groups[index].rules.append(rule)
            } else {
                groups.append((selector, [rule]))
            }
        }
        self.groups = groups
        self.groupRules = groups.map { $0.rules.map { Unmanaged.passUnretained($0) } }
        self.needsTree = compiled.contains { $0.selector?.needsTree == true }
        self.wholeFixes = settings.wholeFixes
    }

    /// Documents with fewer elements are linted on one thread whatever `threads` says.
    static let elementsWorthSplitting = 4_096

    /// Lints one document. With `threads` above 1, a large document's elements are split
    /// into that many runs of whole subtrees of the root, linted side by side.
    package func lint(_ bytes: [UInt8], threads: Int = 1) -> [Diagnostic] {
        check(bytes, threads: threads).diagnostics
    }

    /// Lints one document, and says where the parser stopped, when the document could
    /// not be parsed (whether or not its rule is enabled): fixes are checked by both.
    package func check(_ bytes: [UInt8], threads: Int = 1) -> (diagnostics: [Diagnostic], problem: ByteRange?) {
        var diagnostics: [Diagnostic] = []
        var stoppedAt: ByteRange?
        switch XMLParser.parse(bytes, needsTree: needsTree, threads: threads, known: knownNames) {
        case .failure(let problem):
            stoppedAt = problem.range
            if let severity = enabled[problem.rule] {
                var finding = Finding(problem.range, kind: problem.kind)
                // Every raw "&" at once: the parser stops at the first.
                if problem.kind == "ampersand" {
                    let all = RawAmpersands.find(in: bytes)
                    if all.contains(problem.range) { finding.fixRanges = all }
                }
                let fix = parserRules[problem.rule]?.fix(for: finding, dialect: dialect.name, bytes: bytes)
                diagnostics.append(
                    Diagnostic(rule: problem.rule, severity: severity, message: problem.message, range: problem.range, fix: fix))
            }
        case .success(let parsed):
            let parts = Self.split(parsed.model, into: threads > 1 ? threads * 4 : 1)
            let isSplit = parts.count > 1
            // Selections walk the whole model: for a split document, on all threads too
            // (libxml2's tree, which XPath selectors need, is not shared between threads).
            let groups = self.groups
            let selected = Parallel.map(count: groups.count, threads: isSplit && !needsTree ? threads : 1) { group in
                groups[group].selector.select(in: parsed)
            }
            // An XPath stopped at its operation limit: its rules report that, at the start
            // of the document, and the run ends with exit status 2.
            for (group, selection) in selected.enumerated() where selection == nil {
                for rule in groups[group].rules {
                    stopped.add(rule.definition.id)
                    let limit = Selector.operationLimit(elements: parsed.model.elements.count)
                    diagnostics.append(
                        Diagnostic(
                            rule: rule.definition.id, severity: .error,
                            message: "this rule's XPath went over its limit of \(limit) operations on this document and was stopped, "
                                + "so the rule was not checked here; make the expression cheaper",
                            range: ByteRange(0, 0)))
                }
            }
            let selections = selected.map { $0 ?? [] }
            // A few runs per thread, taken in turn, even out runs that cost more than others.
            diagnostics += Parallel.map(count: parts.count, threads: threads) { part in
                self.runRules(on: parts[part], selections: selections, document: parsed.model)
            }.flatMap { $0 }
            if !parsed.model.comments.isEmpty {
                applySuppressions(&diagnostics, document: parsed.model)
            }
        }
        let sorted = diagnostics.sorted { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.rule < $1.rule }
        return (sorted, stoppedAt)
    }

    /// Element index ranges of about equal size, cut between children of the root, so
    /// that a `<Dial>` and what it holds are linted by one thread.
    static func split(_ document: XMLDocument, into parts: Int) -> [Range<Int>] {
        let count = document.elements.count
        guard parts > 1, count >= elementsWorthSplitting, let root = document.root else { return [0..<count] }
        var ranges: [Range<Int>] = []
        var start = 0
        for child in root.children where child.index - start >= (count - start) / (parts - ranges.count) {
            ranges.append(start..<child.index)
            start = child.index
            if ranges.count == parts - 1 { break }
        }
        ranges.append(start..<count)
        return ranges
    }

    /// Runs every rule on the selected elements whose index is in `range`, in document
    /// order, so that every rule on an element runs before the next element's rules.
    private func runRules(on range: Range<Int>, selections: [[XMLElement]], document: XMLDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let context = LintContext(document: document, dialect: dialect, otherDialects: otherDialects, memo: memo)
        let dialectName = dialect.name
        let wholeFixes = self.wholeFixes
        // The selections' element indices in one flat array, each group's from starts[g]
        // to starts[g + 1]: the walk below reads plain numbers, with no array to retain.
        var indices: [Int] = []
        indices.reserveCapacity(selections.reduce(0) { $0 + $1.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(selections.count + 1)
        for selection in selections {
            indices += selection.lazy.map(\.index)
            starts.append(indices.count)
        }
        // Each selection is in document order: start at its first element in the range.
        var cursors = (0..<selections.count).map { group in
            indices[starts[group]..<starts[group + 1]].partitionPoint { $0 >= range.lowerBound }
        }
        let rules = groupRules
        while true {
            // The next element in document order among the groups' selections.
            var next = Int.max
            for group in cursors.indices where cursors[group] < starts[group + 1] {
                next = min(next, indices[cursors[group]])
            }
            guard next < range.upperBound else { break }
            let element = document.elements[next]
            for group in cursors.indices where cursors[group] < starts[group + 1] && indices[cursors[group]] == next {
                cursors[group] += 1
                for rule in rules[group] {
                    // Unretained: `groups` holds every rule for the linter's life. Retaining
                    // each rule for each element cost 2.9% more instructions (382K against
                    // 371K per document; callgrind, --jobs 1, 300 SignalWire documents of the bench corpus).
                    rule._withUnsafeGuaranteedRef { rule in
                        rule.check.run(element, in: context) { finding in
                            diagnostics.append(
                                rule.diagnostic(for: finding, dialect: dialectName, bytes: document.bytes, whole: wholeFixes))
                        }
                    }
                }
            }
            context.release(element)
        }
        return diagnostics
    }

    private func applySuppressions(_ diagnostics: inout [Diagnostic], document: XMLDocument) {
        let findings = Suppressions.apply(
            to: &diagnostics, document: document, isEnabled: { self.enabled[$0] != nil },
            isKnown: { self.ruleIDs.contains($0) }, knownIDs: ruleIDs)
        guard let rule = suppressionRule else { return }
        diagnostics += findings.map { rule.diagnostic(for: $0, dialect: dialect.name, bytes: document.bytes, whole: wholeFixes) }
    }
}

/// The ids of rules whose selector was stopped, from any thread of a run.
package final class StoppedRules: @unchecked Sendable {
    // `ids` is read and written under `lock` only.
    private let lock = Lock()
    private var ids: Set<String> = []

    func add(_ id: String) { lock.withLock { _ = ids.insert(id) } }

    package var sorted: [String] { lock.withLock { ids.sorted() } }
}
