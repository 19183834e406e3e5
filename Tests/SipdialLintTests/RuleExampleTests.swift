import Testing

@testable import SipdialLint

/// One example of one rule file, in one dialect.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let number: Int
    let valid: Bool
    let dialect: String
    let example: RuleExample

    var testDescription: String { "\(rule) \(valid ? "valid" : "invalid") #\(number) (\(dialect))" }

    static let all: [ExampleCase] = TestSupport.catalog.rules.flatMap { rule -> [ExampleCase] in
        func cases(_ examples: [RuleExample], valid: Bool) -> [ExampleCase] {
            examples.enumerated().flatMap { number, example in
                (example.dialect.map { [$0] } ?? rule.dialects(in: TestSupport.catalog)).map {
                    ExampleCase(rule: rule.id, number: number + 1, valid: valid, dialect: $0, example: example)
                }
            }
        }
        return cases(rule.valid, valid: true) + cases(rule.invalid, valid: false)
    }
}

@Suite struct RuleExampleTests {
    /// A valid example does not trigger its rule; an invalid one triggers it exactly at
    /// each marked place, and nowhere else.
    @Test(arguments: ExampleCase.all)
    func example(_ item: ExampleCase) throws {
        let rule = try #require(TestSupport.catalog.rule(item.rule))
        // Every rule runs (suppressions need the others' diagnostics); only this rule's count.
        let diagnostics = try TestSupport.lint(
            item.example.bytes, dialect: item.dialect,
            options: [item.rule: RuleSetting(options: item.example.options)]
        )
        .filter { $0.rule == item.rule }
        if rule.check != "parser" {
            if case .failure(let problem) = XMLParser.parse(item.example.bytes) {
                Issue.record("the example is not well-formed XML: \(problem.message)")
            }
        }
        if item.valid {
            #expect(diagnostics.isEmpty, "valid example triggers: \(diagnostics.map(\.message))")
            return
        }
        #expect(!diagnostics.isEmpty, "invalid example does not trigger the rule")
        if !item.example.expectedOffsets.isEmpty {
            #expect(
                diagnostics.map(\.range.start).sorted() == item.example.expectedOffsets.sorted(),
                "lands at \(diagnostics.map { "\($0.range.start): \($0.message)" })")
        }
        if !item.example.expectedPositions.isEmpty {
            let located = Runner.locate(diagnostics, in: item.example.bytes, path: "example.xml").diagnostics
            #expect(located.map(\.start) == item.example.expectedPositions)
        }
        for diagnostic in diagnostics {
            #expect(!TestSupport.hasUnfilledPlaceholder(diagnostic.message), "unfilled placeholder in \"\(diagnostic.message)\"")
            #expect(!diagnostic.message.hasSuffix("."), "a message ends without a period: \"\(diagnostic.message)\"")
        }
    }

    /// An invalid example's `fixed:` is what the rule's fixes (unsafe ones too) make of
    /// it; without `fixed:`, the rule fixes nothing in it. Every fix a rule declares is
    /// shown by one of its examples.
    @Test(arguments: ExampleCase.all.filter { !$0.valid })
    func exampleFix(_ item: ExampleCase) throws {
        var settings = LintSettings()
        settings.dialect = item.dialect
        settings.select = [item.rule]
        settings.rules = [item.rule: RuleSetting(options: item.example.options)]
        let linter = try Linter(catalog: TestSupport.catalog, settings: settings)
        let outcome = FixApplier.fix(item.example.bytes, with: linter, unsafe: true)
        let shown = String(decoding: outcome.bytes, as: UTF8.self)
        if let fixed = item.example.fixed {
            #expect(outcome.fixed > 0, "the example says fixed:, but nothing was fixed")
            #expect(outcome.bytes == fixed, "fixed to \(shown)")
        } else {
            #expect(outcome.fixed == 0, "the rule fixes the example (add fixed: \(shown))")
        }
    }

    @Test(arguments: TestSupport.catalog.rules.filter { !$0.fixes.isEmpty }.map(\.id))
    func everyFixHasAnExample(_ id: String) throws {
        let rule = try #require(TestSupport.catalog.rule(id))
        #expect(rule.invalid.contains { $0.fixed != nil }, "\(id) declares a fix, and no invalid example shows it (fixed:)")
        #expect(rule.fixes.allSatisfy { $0.summary != nil }, "\(id): each fix needs a summary: (the README's fix table shows it)")
    }

    /// Every rule has at least two valid and two invalid examples, and its examples
    /// cover every dialect it applies to.
    @Test(arguments: TestSupport.catalog.rules.map(\.id))
    func examplesCoverTheRule(_ id: String) throws {
        let rule = try #require(TestSupport.catalog.rule(id))
        #expect(!rule.summary.hasSuffix("."), "summaries have no trailing period")
        // io-error is about paths, not documents: the golden tests cover it.
        guard rule.check != "input" else { return }
        #expect(rule.valid.count >= 2, "\(id) has \(rule.valid.count) valid examples")
        #expect(rule.invalid.count >= 2, "\(id) has \(rule.invalid.count) invalid examples")
        let dialects = rule.dialects(in: TestSupport.catalog)
        let covered = Set((rule.valid + rule.invalid).flatMap { $0.dialect.map { [$0] } ?? dialects })
        #expect(covered == Set(dialects), "\(id) examples cover \(covered.sorted()), not \(dialects)")
    }
}

extension TestSupport {
    /// True when a message still holds a `{name}` placeholder.
    static func hasUnfilledPlaceholder(_ message: String) -> Bool {
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"),
                after[after.startIndex..<close].allSatisfy({ $0.isLetter || $0 == "-" }), close > after.startIndex
            {
                return true
            }
            rest = after
        }
        return false
    }
}

/// The `example` of a rule's docs triggers the rule, and its `use-instead` does not, in
/// every dialect the rule runs in: the docs show what the rule really does.
@Suite struct RuleDocsExampleTests {
    @Test(arguments: TestSupport.catalog.rules.map(\.id))
    func docsExamplesDoWhatTheySay(_ id: String) throws {
        let rule = try #require(TestSupport.catalog.rule(id))
        // io-error is about paths, not documents.
        guard rule.check != "input" else { return }
        #expect(rule.docs.example != nil && rule.docs.useInstead != nil, "\(id) docs need example and use-instead")
        for dialect in rule.dialects(in: TestSupport.catalog) {
            if let example = rule.docs.example {
                let found = try TestSupport.lint(example, dialect: dialect).map(\.rule)
                #expect(found.contains(id), "\(id): the docs example does not trigger the rule in \(dialect)")
            }
            if let better = rule.docs.useInstead {
                let found = try TestSupport.lint(better, dialect: dialect)
                #expect(
                    !found.contains { $0.rule == id },
                    "\(id): use-instead triggers the rule in \(dialect): \(found.filter { $0.rule == id }.map(\.message))")
            }
        }
    }
}

/// Every invalid example's messages, as the user reads them, pinned in
/// `Tests/Snapshots/RULE.txt` (`make generate` rewrites them; review the diff).
@Suite struct MessageSnapshotTests {
    @Test(arguments: TestSupport.catalog.rules.map(\.id))
    func messagesMatchTheirSnapshot(_ id: String) throws {
        let rule = try #require(TestSupport.catalog.rule(id))
        guard !rule.invalid.isEmpty else { return }
        var out = ""
        for item in ExampleCase.all where item.rule == id && !item.valid {
            let diagnostics = try TestSupport.lint(
                item.example.bytes, dialect: item.dialect,
                options: [id: RuleSetting(options: item.example.options)]
            )
            .filter { $0.rule == id }
            out += "invalid #\(item.number) (\(item.dialect))\n"
            for located in Runner.locate(diagnostics, in: item.example.bytes, path: "example.xml").diagnostics {
                out += "  \(located.start.line):\(located.start.column): \(located.severity.rawValue): \(located.message)\n"
            }
        }
        let problem = TestSupport.compare(out, withFile: "Tests/Snapshots/\(id).txt")
        #expect(problem == nil, "\(problem ?? "")")
    }
}
