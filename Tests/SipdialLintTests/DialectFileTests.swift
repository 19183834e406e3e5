import Foundation
import Testing

@testable import SipdialLint

/// A dialect is data: a dialect file in a `--rules` directory is a platform of its own,
/// and every built-in rule that runs in `all` dialects runs in it.
@Suite struct DialectFileTests {
    /// A platform that extends nothing: just its elements and the rule parameters that differ.
    static let plivo = """
        dialect: plivo
        title: Plivo XML
        elements:
          Response:
            children: [Dial, Say]
            text: none
          Dial:
            attributes:
              action: url
              method: http-method
              timeout: positive-integer
            children: [Sip, Number]
          Sip:
            attributes:
              url: url
            children: []
          Number:
            text: phone-number
          Say:
            attributes: any
            children: any
        rules:
          sip-max-count: {max: 2}
          sip-transport: {allowed: [udp]}
        """

    static let broken = """
        <Response>
          <Dial method="post" timeout="soon">
            <Sip>sip:a@example.com;transport=tcp</Sip>
            <Sip>sip:b@example.com</Sip>
            <Sip>alice@example.com</Sip>
            <Number>+15551234567</Number>
          </Dial>
        </Response>

        """

    static func directory(_ name: String, files: [String: String]) throws -> URL {
        let url = try HostileInputTests.scratch("dialect-\(name)")
        for (file, text) in files {
            try text.write(to: url.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return url
    }

    @Test func builtInRulesFireInADialectFromAFile() throws {
        let rules = try Self.directory("plivo", files: ["plivo.yml": Self.plivo])
        defer { try? FileManager.default.removeItem(at: rules) }
        var catalog = try RuleCatalog.builtin()
        try catalog.addDirectory(rules.path)
        var settings = LintSettings()
        settings.dialect = "plivo"
        let found = Set(try Linter(catalog: catalog, settings: settings).lint(Array(Self.broken.utf8)).map(\.rule))
        let expected: Set = [
            "http-method", "attribute-value", "sip-transport", "sip-max-count", "sip-uri-syntax", "sip-exclusive-nouns",
        ]
        #expect(expected.isSubset(of: found), "missing: \(expected.subtracting(found).sorted())")
        // Rules its file keeps to other dialects do not run; a rule parameter it sets is used.
        #expect(!found.contains("sip-codecs"))
        let messages = try Linter(catalog: catalog, settings: settings).lint(Array(Self.broken.utf8)).map(\.message)
        #expect(messages.contains { $0.contains("plivo allows at most 2") }, "\(messages)")
        #expect(messages.contains { $0.contains("transport \"tcp\" is not supported by plivo; use udp") }, "\(messages)")
    }

    /// The same from the command line: exit 1, with the built-in rules' diagnostics.
    @Test func theCommandLintsInADialectFromAFile() throws {
        let rules = try Self.directory("plivo-cli", files: ["plivo.yml": Self.plivo, "call.xml": Self.broken])
        defer { try? FileManager.default.removeItem(at: rules) }
        let run = try GoldenTests.run([
            "--no-config", "--rules", rules.path, "--dialect", "plivo", "--format", "gnu",
            rules.appendingPathComponent("call.xml").path,
        ])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("[sip-max-count]") || run.stdout.contains("sip-max-count"), "\(run.stdout)")
        #expect(run.stdout.contains("plivo allows at most 2"), "\(run.stdout)")
    }

    /// A user rule may give a value for a dialect loaded beside it, and a default.
    @Test func aUserRuleMayNameAUserDialect() throws {
        let rule = """
            id: plivo-sip-count
            severity: warning
            dialects: all
            summary: a user rule with a per-dialect limit
            select: //Dial
            check: count
            of: Sip
            max: {default: 5, signalwire: 10, plivo: 1}
            message: "{count} <Sip> in {dialect}, at most {max}"
            docs: {what: counts, why: to test}
            """
        var catalog = try RuleCatalog.builtin()
        try catalog.add(files: [("mine/plivo.yml", Self.plivo), ("mine/count.yml", rule)], validate: true)
        var settings = LintSettings()
        settings.dialect = "plivo"
        settings.select = ["plivo-sip-count"]
        let messages = try Linter(catalog: catalog, settings: settings).lint(Array(Self.broken.utf8)).map(\.message)
        #expect(messages == ["3 <Sip> in plivo, at most 1"])
        settings.dialect = "twilio"
        #expect(try Linter(catalog: catalog, settings: settings).lint(Array(Self.broken.utf8)).isEmpty)
    }

    /// A user's platform in one file (docs/custom-dialect): it extends twilio, adds a verb,
    /// takes one away, changes <Dial>'s attributes and two rules' parameters.
    @Test func aDialectExtendsABuiltInOne() throws {
        var catalog = try RuleCatalog.builtin()
        try catalog.addDirectory(TestSupport.path("docs/custom-dialect/rules"))
        let acme = try #require(catalog.dialects["acme"])
        let twilio = try #require(catalog.dialects["twilio"])
        #expect(acme.base == "twilio")
        #expect(acme.element("Pay") == nil && twilio.element("Pay") != nil)
        #expect(acme.element("Response")?.children?.contains("Transfer") == true)
        #expect(acme.element("Response")?.children?.contains("Pay") == false)
        #expect(acme.element("Dial")?.attributeType("ringTone") == nil)
        #expect(acme.element("Dial")?.attributeType("region") == .enumeration(["us", "eu"]))
        #expect(acme.element("Dial")?.attributeType("callerId") == .callerID)
        #expect(acme.element("Gather")?.attributes?.count == twilio.element("Gather")?.attributes?.count)
        var settings = LintSettings()
        settings.dialect = "acme"
        let bytes = Array(try TestSupport.read("docs/custom-dialect/call.xml").utf8)
        let found = Runner.locate(try Linter(catalog: catalog, settings: settings).lint(bytes), in: bytes, path: "call.xml").diagnostics
        let shown = found.map { "\($0.start.line):\($0.start.column) \($0.rule)" }
        #expect(
            shown == [
                "4:33 attribute-value", "5:17 attribute-value", "5:23 unknown-attribute", "8:3 unknown-element", "9:3 unknown-element",
            ], "\(found.map(\.message))")
        // Its own examples hold.
        let root = try #require(try YAMLParser.parse(try TestSupport.read("docs/custom-dialect/rules/acme.yml")))
        for examples in try DialectFileReader.examples(root, file: "acme.yml") {
            for example in examples.valid {
                #expect(try Linter(catalog: catalog, settings: settings).lint(example.bytes).isEmpty)
            }
            for (rule, example) in examples.invalid {
                let diagnostics = try Linter(catalog: catalog, settings: settings).lint(example.bytes)
                #expect(diagnostics.map(\.rule) == [rule] && diagnostics.map(\.range.start) == example.expectedOffsets)
            }
        }
    }

    /// The config picks the user's dialect and loads its directory, relative to the config
    /// file: found by discovery, or named with --config.
    @Test func theConfigPicksAUserDialect() throws {
        let discovered = try GoldenTests.run(["--format", "gnu", "call.xml"], directory: "docs/custom-dialect")
        #expect(discovered.status == 1, "\(discovered.stderr)")
        #expect(discovered.stdout.contains("call.xml:5:17: error: region \"asia\" is not one of us, eu"), "\(discovered.stdout)")
        let named = try GoldenTests.run([
            "--config", "docs/custom-dialect/.sipdial-lint.yml", "--format", "gnu", "docs/custom-dialect/call.xml",
        ])
        #expect(named.stdout.contains("in acme"), "\(named.stdout)")
        // --dialect on the command line wins over the config's.
        let twilio = try GoldenTests.run(["--dialect", "twilio", "--format", "gnu", "call.xml"], directory: "docs/custom-dialect")
        #expect(twilio.stdout.contains("unknown element <Transfer>"), "\(twilio.stdout)")
    }

    /// (files, the file and line the error must name, a fragment of the message)
    static let brokenFiles: [([(String, String)], String, Int, String)] = [
        (
            [
                (
                    "mine/count.yml",
                    DefinitionInputTests.validRule.replacingOccurrences(
                        of: "check: report", with: "check: count\nof: Sip\nmax: {signalwire: 10, plivo: 2}")
                )
            ],
            "mine/count.yml", 8, "\"plivo\" is not a loaded dialect"
        ),
        (
            [("mine/signalwire.yml", "dialect: signalwire\ntitle: mine\nelements: {Response: }\n")],
            "mine/signalwire.yml", 1, "already defined by Rules/dialects/signalwire.yml"
        ),
        ([("mine/x.yml", "dialect: x\ntitle: x\ndefault: true\nelements: {Response: }\n")], "mine/x.yml", 3, "is the default already"),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nelements: {Response: }\nrules:\n  sip-max-cout: {max: 2}\n")],
            "mine/x.yml", 5, "unknown rule \"sip-max-cout\"; did you mean \"sip-max-count\"?"
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nelements: {Response: }\nrules:\n  sip-max-count: {most: 2}\n")],
            "mine/x.yml", 5, "rule sip-max-count has no parameter \"most\""
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nextends: twilo\n")], "mine/x.yml", 3,
            "extends unknown dialect \"twilo\"; did you mean \"twilio\"?"
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nextends: y\n"), ("mine/y.yml", "dialect: y\ntitle: y\nextends: x\n")],
            "mine/x.yml", 3, "extends, directly or not, this dialect itself"
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nextends: twilio\nelements:\n  Dial:\n    attributes: {timeout: {integer: [1]}}\n")],
            "mine/x.yml", 6, "integer bounds are [MIN, MAX]"
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nelements:\n  Response: {children: [Say]}\n")],
            "mine/x.yml", 4, "<Response> lists child <Say>, which this dialect does not declare"
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nelements:\n  Response: {chldren: [Say]}\n")],
            "mine/x.yml", 4, "unknown key \"chldren\"; did you mean \"children\"?"
        ),
        (
            [("mine/x.yml", "dialect: x\ntitle: x\nextends: twilio\nelements:\n  Gather: {attributes: {bogus: off}}\n")],
            "mine/x.yml", 5, "attribute \"bogus\" is off, but the extended <Gather> has no such attribute"
        ),
    ]

    @Test(arguments: brokenFiles.indices)
    func aBrokenDialectOrRuleIsAnErrorAtItsLine(_ index: Int) throws {
        let (files, file, line, fragment) = Self.brokenFiles[index]
        var catalog = try RuleCatalog.builtin()
        DefinitionInputTests.expectError(file: file, line: line, containing: fragment) { () throws(DefinitionError) in
            try catalog.add(files: files, validate: true)
        }
    }
}
