import Foundation
import Testing

@testable import SipdialLint

/// Rule files, dialect files and configs are input too: each broken one is a clear
/// error naming its file and line, never a crash.
@Suite struct DefinitionInputTests {
    static let validRule = """
        id: my-rule
        severity: warning
        dialects: all
        summary: a user rule
        select: //Dial
        check: report
        message: "found <{element}>"
        docs: {what: reports every Dial, why: to test}
        """

    /// (a broken rule file, the line the error must name, a fragment of the message)
    static let brokenRules: [(String, Int, String)] = [
        ("id: x\nseverity: [unclosed\n", 3, "invalid YAML"),
        ("id: a\nid: b\n", 2, "duplicate key"),
        ("base: &anchor {a: 1}\nother: *anchor\n", 1, "anchors are not supported"),
        (validRule.replacingOccurrences(of: "check: report", with: "check: regex"), 1, "unknown check \"regex\""),
        (validRule.replacingOccurrences(of: "select: //Dial", with: "select: \"//Dial[@\""), 5, "bad XPath"),
        (validRule.replacingOccurrences(of: "select: //Dial", with: "select: \"//Dial[matches(@callerId, '(a+)+$')]\""), 5, "bad XPath"),
        (validRule.replacingOccurrences(of: "severity: warning", with: "severity: fatal"), 2, "severity \"fatal\""),
        (validRule.replacingOccurrences(of: "dialects: all", with: "dialects: [asterisk]"), 3, "unknown dialect \"asterisk\""),
        (validRule.replacingOccurrences(of: "id: my-rule", with: "id: My_Rule"), 1, "kebab-case"),
        (validRule.replacingOccurrences(of: "id: my-rule", with: "id: sip-codecs"), 1, "already defined"),
        (validRule + "\nmax: 3\n", 9, "unknown key \"max\" for check \"report\""),
        (validRule + "\nfix: {fixer: rewrite, safe: true}\n", 9, "a fix names its fixer"),
        (validRule + "\nfix: {fixer: replace, text: x}\n", 9, "whether it is safe"),
        (validRule + "\nfix: {fixer: replace, safe: true}\n", 9, "needs text"),
        (validRule + "\nfix: {fixer: remove, kinds: [case], safe: false}\n", 9, "fix kind \"case\" is not a kind"),
        (validRule + "\nfix: {fixer: replace, text: \"{valeu}\", safe: true}\n", 9, "fix names {valeu}"),
        (
            validRule.replacingOccurrences(of: "check: report", with: "check: count\nof: Sip\nmax: lots"), 8,
            "\"max\" must be a whole number"
        ),
        (validRule + "\nexamples: {invalid: [{xml: \"<Response/>\"}]}\n", 9, "marks where the diagnostic lands"),
        ("- just\n- a list\n", 1, "not a rule file"),
        (
            validRule.replacingOccurrences(of: "{element}", with: "{elemnt}"), 7,
            "message names {elemnt}, which check \"report\" does not fill in; did you mean {element}?"
        ),
        ("dialect: mine\ntitle: t\nelements: {Dial: {attributes: {timeout: {integer: [1]}}}}\n", 3, "integer bounds"),
        ("dialect: mine\ntitle: t\nelements: {Dial: {attributes: {timeout: duration}}}\n", 3, "unknown attribute type \"duration\""),
    ]

    @Test(arguments: brokenRules.indices)
    func brokenRuleFileIsAnErrorAtItsLine(_ index: Int) throws {
        let (text, line, fragment) = Self.brokenRules[index]
        var catalog = try RuleCatalog.builtin()
        Self.expectError(file: "my-rules/rule.yml", line: line, containing: fragment) { () throws(DefinitionError) in
            try catalog.add(files: [("my-rules/rule.yml", text)], validate: true)
        }
    }

    /// `body` must fail with a DefinitionError naming `file` and `line`, its message holding `fragment`.
    static func expectError(
        file: String, line: Int, containing fragment: String,
        _ body: () throws(DefinitionError) -> Void
    ) {
        do {
            try body()
            Issue.record("accepted a broken file")
        } catch {
            #expect(error.file == file)
            #expect(error.line == line, "\(error.description)")
            #expect(error.message.contains(fragment), "\(error.description)")
        }
    }

    @Test func validUserRuleRuns() throws {
        var catalog = try RuleCatalog.builtin()
        try catalog.add(files: [("my-rules/rule.yml", Self.validRule)], validate: true)
        var settings = LintSettings()
        settings.select = ["my-rule"]
        let diagnostics = try Linter(catalog: catalog, settings: settings).lint(Array("<Response><Dial/></Response>".utf8))
        #expect(diagnostics.map(\.message) == ["found <Dial>"])
    }

    /// (a broken config, the line the error must name, a fragment of the message)
    static let brokenConfigs: [(String, Int, String)] = [
        ("dialect: [twilio]\n", 1, "unknown dialect"),
        ("rules: [sip-codecs]\n", 1, "rules maps rule ids"),
        ("rules:\n  sip-codecs: loud\n", 2, "off, error, warning or info"),
        ("rules:\n  io-error: off\n", 2, "cannot be turned off"),
        ("rules:\n  sip-codecs: {allowed: PCMU, severity: 3}\n", 2, "severity is off, error, warning or info"),
        ("exclude: {a: b}\n", 1, "glob patterns"),
        ("dialect: twilio\n\tbad: tab\n", 2, "invalid YAML"),
        ("verbose: true\n", 1, "unknown key \"verbose\""),
    ]

    @Test(arguments: brokenConfigs.indices)
    func brokenConfigIsAnErrorAtItsLine(_ index: Int) throws {
        let (text, line, fragment) = Self.brokenConfigs[index]
        let directory = try HostileInputTests.scratch("config-\(index)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(".sipdial-lint.yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var catalog = try RuleCatalog.builtin()
        Self.expectError(file: path, line: line, containing: fragment) { () throws(DefinitionError) in
            _ = try Configuration.load(path, catalog: &catalog, workingDirectory: directory.path)
        }
    }

    @Test func configOptionWithAWrongTypeNamesTheConfigFile() throws {
        let directory = try HostileInputTests.scratch("config-type")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("c.yml").path
        try "rules:\n  sip-codecs: {allowed: {a: 1}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        var catalog = try RuleCatalog.builtin()
        let configuration = try Configuration.load(path, catalog: &catalog, workingDirectory: directory.path)
        var settings = LintSettings()
        settings.rules = configuration.rules
        do {
            _ = try Linter(catalog: catalog, settings: settings)
            Issue.record("accepted a wrong option type")
        } catch let error as DefinitionError {
            #expect(error.file == path)
            #expect(error.line == 2)
            #expect(error.message.contains("sip-codecs"))
        }
    }

    @Test func deeplyNestedOrHugeYAMLDoesNotCrash() throws {
        let nested = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: (any Error).self) {
            var catalog = try RuleCatalog.builtin()
            try catalog.add(files: [("deep.yml", nested)], validate: true)
        }
        let huge = "id: x\nsummary: \"" + String(repeating: "a", count: 2_000_000) + "\"\n"
        #expect(throws: (any Error).self) {
            var catalog = try RuleCatalog.builtin()
            try catalog.add(files: [("huge.yml", huge)], validate: true)
        }
    }
}

/// Inputs the fuzzer once crashed on (Tests/Fuzz), replayed through the whole lint path.
@Suite struct FuzzRegressionTests {
    @Test func everyKeptFuzzInputLintsWithoutCrashing() throws {
        let base = TestSupport.root.appendingPathComponent("Tests/Fuzz")
        let files = (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .map { base.appendingPathComponent($0) }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            for dialect in TestSupport.catalog.dialectNames {
                let diagnostics = try TestSupport.lint(bytes, dialect: dialect)
                let report = Runner.locate(diagnostics, in: bytes, path: file.lastPathComponent)
                var options = ReportOptions()
                options.catalog = TestSupport.catalog
                for format in OutputFormat.allCases {
                    _ = format.reporter.render(RunResult(reports: [report], filesChecked: 1), options: options)
                }
            }
        }
    }
}
