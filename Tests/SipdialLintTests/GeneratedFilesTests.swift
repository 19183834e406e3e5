import Foundation
import Testing
@testable import SipdialLint

/// The rule files are compiled into the binary, and the docs are generated from them:
/// these tests fail when either is stale (and rewrite them under `make generate`).
@Suite struct GeneratedFilesTests {
    static func ruleFiles() throws -> [String] {
        let base = TestSupport.root.appendingPathComponent("Rules")
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".yml") { files.append("Rules/" + name) }
        }
        return files.sorted()
    }

    static func embeddedSource() throws -> String {
        var out = "// Generated from Rules/ by `make generate`; do not edit by hand.\n"
        out += "// The rule and dialect files, built into the binary so that a copied binary works alone.\n"
        out += "enum BuiltinRules {\n    static let files: [(name: String, text: String)] = [\n"
        for file in try ruleFiles() {
            let text = try TestSupport.read(file)
            precondition(!text.contains("\"\"\"#") && !text.contains("\\#"), "\(file) cannot be embedded as a raw string")
            out += "        (\"\(file)\", #\"\"\"\n\(text)\n\"\"\"#),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func builtinRulesMatchTheRuleFiles() throws {
        let problem = TestSupport.compare(try Self.embeddedSource(), withFile: "Sources/SipdialLint/Generated/BuiltinRules.swift")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func everyRuleFileIsBuiltIn() throws {
        let embedded = Set(BuiltinRules.files.map(\.name))
        #expect(embedded == Set(try Self.ruleFiles()))
    }

    static func replaceSection(in text: String, begin: String, end: String, with body: String) -> String? {
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[..<start.upperBound]) + "\n" + body + String(text[stop.lowerBound...])
    }

    @Test func manPageRulesSectionIsCurrent() throws {
        let text = try TestSupport.read("man/sipdial-lint.1")
        let updated = Self.replaceSection(in: text, begin: ".\\\" BEGIN RULES (generated)", end: ".\\\" END RULES",
                                          with: RuleDocumentation.manSection(TestSupport.catalog))
        #expect(updated != nil, "man/sipdial-lint.1 lacks the generated RULES markers")
        let problem = TestSupport.compare(updated ?? "", withFile: "man/sipdial-lint.1")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func readmeRuleTableIsCurrent() throws {
        let text = try TestSupport.read("README.md")
        let updated = Self.replaceSection(in: text, begin: "<!-- BEGIN RULES (generated) -->", end: "<!-- END RULES -->",
                                          with: RuleDocumentation.markdownTable(TestSupport.catalog))
        #expect(updated != nil, "README.md lacks the generated rule-table markers")
        let problem = TestSupport.compare(updated ?? "", withFile: "README.md")
        #expect(problem == nil, "\(problem ?? "")")
    }
}

/// The built-in rules load their docs and examples lazily from the split file: that must
/// give exactly what a whole-file parse gives.
@Suite struct DeferredExtrasTests {
    @Test func splitLoadingMatchesAWholeParse() throws {
        let whole = RuleCatalog()
        try whole.add(files: BuiltinRules.files, validate: true)
        for rule in TestSupport.catalog.rules {
            #expect(rule.extras.error == nil, "\(rule.id): \(rule.extras.error?.description ?? "")")
            let full = try #require(whole.rule(rule.id))
            #expect(rule.docs.what == full.docs.what && rule.docs.why == full.docs.why && rule.docs.example == full.docs.example)
            #expect(rule.valid.map(\.bytes) == full.valid.map(\.bytes) && rule.invalid.map(\.bytes) == full.invalid.map(\.bytes))
            #expect(rule.invalid.map(\.mark) == full.invalid.map(\.mark), "\(rule.id): line numbers of examples")
            #expect(rule.parameters.keys.sorted() == full.parameters.keys.sorted() && rule.messages == full.messages)
        }
    }
}
