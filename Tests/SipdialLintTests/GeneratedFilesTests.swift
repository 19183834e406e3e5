import Foundation
import Testing

@testable import SipdialLint

/// The rule files are compiled into the binary, and the docs are generated from them:
/// these tests fail when either is stale (and rewrite them under `make generate`).
@Suite struct GeneratedFilesTests {
    /// The rule and dialect files as they are read from disk.
    static func ruleFileTexts() throws -> [(name: String, text: String)] {
        try GeneratedFiles.ruleFiles(root: TestSupport.root.path)
    }

    static func embeddedSource() throws -> String { try GeneratedFiles.builtinRulesSource(try ruleFileTexts()) }

    @Test func builtinRulesMatchTheRuleFiles() throws {
        let problem = TestSupport.compare(try Self.embeddedSource(), withFile: "Sources/SipdialLint/Generated/BuiltinRules.swift")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func everyRuleFileIsBuiltIn() throws {
        let embedded = Set(BuiltinRules.files.map(\.name))
        #expect(embedded == Set(try Self.ruleFileTexts().map(\.name)))
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
            return "map\(mark){"
                + pairs.map { "\($0.key)@\($0.keyMark.line):\($0.keyMark.column)=\(describe($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// Each generated section of a hand-written file holds what its declarations make.
    @Test(arguments: GeneratedFiles.sections.indices)
    func generatedSectionIsCurrent(_ index: Int) throws {
        let section = GeneratedFiles.sections[index]
        let updated = GeneratedFiles.replacingSection(
            in: try TestSupport.read(section.file), begin: section.begin, end: section.end,
            with: section.body(TestSupport.catalog))
        #expect(updated != nil, "\(section.file) lacks the generated section's markers")
        let problem = TestSupport.compare(updated ?? "", withFile: section.file)
        #expect(problem == nil, "\(problem ?? "")")
    }
}

/// The built-in rules load their docs and examples lazily from the split file: that must
/// give exactly what a whole-file parse gives.
@Suite struct DeferredExtrasTests {
    @Test func splitLoadingMatchesAWholeParse() throws {
        var whole = RuleCatalog()
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
