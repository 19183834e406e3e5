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

    /// The rule and dialect files as they are read from disk.
    static func ruleFileTexts() throws -> [(name: String, text: String)] {
        try ruleFiles().map { ($0, try TestSupport.read($0)) }
    }

    /// The built-in form: each file's core parsed now and written compactly, and a rule
    /// file's docs and examples as text.
    static func embeddedSource() throws -> String {
        func literal(_ text: String, _ file: String) -> String {
            precondition(!text.contains("\"\"\"#") && !text.contains("\\#"), "\(file) cannot be embedded as a raw string")
            return "#\"\"\"\n\(text)\n\"\"\"#"
        }
        var out = "// Generated from Rules/ by `make generate`; do not edit by hand.\n"
        out += "// The rule and dialect files, built into the binary so that a copied binary works alone:\n"
        out += "// each file's core parsed at build time (CompactYAML), a rule's docs and examples as YAML.\n"
        out += "enum BuiltinRules {\n    static let files: [(name: String, core: String, extras: String?)] = [\n"
        for (file, text) in try ruleFileTexts() {
            let form = try RuleCatalog.builtinForm(name: file, text: text)
            let core = CompactYAML.encode(try #require(form.core, "\(file) is empty"))
            let extras = form.extras.map { literal($0, file) } ?? "nil"
            out += "        (\"\(file)\",\n\(literal(core, file)),\n\(extras)),\n"
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

    /// The compact form gives back the tree libyaml gives, marks included.
    @Test func compactFormRoundTrips() throws {
        for (file, text) in try Self.ruleFileTexts() {
            let node = try #require(try YAMLParser.parse(text))
            let decoded = try #require(CompactYAML.decode(CompactYAML.encode(node)), "\(file) does not decode")
            #expect(CompactYAML.encode(decoded) == CompactYAML.encode(node), "\(file)")
            #expect(Self.describe(decoded) == Self.describe(node), "\(file)")
        }
        #expect(CompactYAML.decode("{1,1,1:\n1,1,2:idp1,1,3:a") == nil, "a truncated scalar is refused")
        #expect(CompactYAML.decode("x1,1,0:") == nil, "an unknown kind is refused")
    }

    /// An independent rendering of a tree, to compare trees without the encoder.
    static func describe(_ node: YAMLNode) -> String {
        let mark = "@\(node.mark.line):\(node.mark.column)"
        switch node.value {
        case .scalar(let text, let plain): return "\(plain ? "plain" : "quoted")\(mark)(\(text.debugDescription))"
        case .sequence(let items): return "seq\(mark)[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "map\(mark){" + pairs.map { "\($0.key)@\($0.keyMark.line):\($0.keyMark.column)=\(describe($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    static func replaceSection(in text: String, begin: String, end: String, with body: String) -> String? {
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[..<start.upperBound]) + "\n" + body + String(text[stop.lowerBound...])
    }

    /// A generated section of `file`, between `begin` and `end`, must hold `body`.
    static func expectSection(of file: String, begin: String, end: String, holds body: String) throws {
        let updated = replaceSection(in: try TestSupport.read(file), begin: begin, end: end, with: body)
        #expect(updated != nil, "\(file) lacks the generated section's markers")
        let problem = TestSupport.compare(updated ?? "", withFile: file)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func manPageRulesSectionIsCurrent() throws {
        try Self.expectSection(of: "man/sipdial-lint.1", begin: ".\\\" BEGIN RULES (generated)", end: ".\\\" END RULES",
                               holds: RuleDocumentation.manSection(TestSupport.catalog))
    }

    @Test func readmeRuleTableIsCurrent() throws {
        try Self.expectSection(of: "README.md", begin: "<!-- BEGIN RULES (generated) -->", end: "<!-- END RULES -->",
                               holds: RuleDocumentation.markdownTable(TestSupport.catalog))
    }
}

/// The built-in rules load their docs and examples lazily from the split file: that must
/// give exactly what a whole-file parse gives.
@Suite struct DeferredExtrasTests {
    @Test func splitLoadingMatchesAWholeParse() throws {
        let whole = RuleCatalog()
        try whole.add(files: try GeneratedFilesTests.ruleFileTexts(), validate: true)
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
