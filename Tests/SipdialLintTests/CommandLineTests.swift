import Testing

@testable import SipdialLint

/// The command line is read from the option declarations alone (`CommandLineSyntax`).
@Suite struct CommandLineTests {
    static func parse(_ words: [String]) throws -> CommandLineRequest { try CommandLineSyntax.parse(words) }

    @Test func optionsAndPathsAreRead() throws {
        let request = try Self.parse([
            "a.xml", "--format", "json", "--rules", "r1", "--rules=r2", "--dialect=twilio", "--quiet", "-",
            "--select", "sip-codecs, sip-max-count", "--max-warnings", "3", "--jobs=2", "b.xml",
        ])
        #expect(request.paths.map(\.display) == ["a.xml", "-", "b.xml"])
        #expect(request.format == "json")
        #expect(request.rulesDirectories == ["r1", "r2"])
        #expect(request.dialect == "twilio")
        #expect(request.quiet)
        #expect(request.select == ["sip-codecs", "sip-max-count"])
        #expect(request.maxWarnings == 3 && request.jobs == 2)
        #expect(request.action == .lint)
    }

    /// A path keeps the bytes the system gave, UTF-8 or not.
    @Test func pathsKeepTheirBytes() throws {
        let name: [UInt8] = Array("evil".utf8) + [0xFF] + Array(".xml".utf8)
        let words = ["--quiet", String(decoding: name, as: UTF8.self)]
        let request = try CommandLineSyntax.parse(words, bytes: [Array("--quiet".utf8), name])
        #expect(request.paths.map(\.bytes) == [name])
        #expect(request.paths.map(\.display) == ["evil\\xFF.xml"])
    }

    @Test func theLastValueOfAnOptionGivenTwiceWins() throws {
        #expect(try Self.parse(["--format", "json", "--format", "text"]).format == "text")
    }

    @Test func wordsAfterADoubleDashArePaths() throws {
        let request = try Self.parse(["--quiet", "--", "--format", "-x.xml"])
        #expect(request.paths.map(\.display) == ["--format", "-x.xml"] && request.quiet)
    }

    @Test func aValueMayStartWithADash() throws {
        #expect(try Self.parse(["--stdin-filename", "-"]).standardInputName == "-")
        #expect(try Self.parse(["--max-warnings", "-1"]).maxWarnings == -1)
    }

    @Test func helpAndVersionAreActions() throws {
        #expect(try Self.parse(["-h"]).action == .help)
        #expect(try Self.parse(["x.xml", "--help"]).action == .help)
        #expect(try Self.parse(["--version"]).action == .version)
    }

    /// (a command line, a fragment of its error)
    static let wrong: [([String], String)] = [
        (["--format"], "--format needs a value"),
        (["--jobs", "two"], "--jobs needs a whole number, not \"two\""),
        (["--quiet=yes"], "--quiet takes no value"),
        (["-q"], "unknown option \"-q\""),
        (["--fromat", "json"], "did you mean \"--format\"?"),
        (["--Format", "json"], "unknown option \"--Format\""),
        (["--x\u{1B}[2J"], "unknown option \"--x\u{1B}[2J\""),
    ]

    @Test(arguments: wrong.indices)
    func aWrongCommandLineIsAUsageError(_ index: Int) {
        let (words, fragment) = Self.wrong[index]
        do throws(UsageError) {
            _ = try CommandLineSyntax.parse(words)
            Issue.record("accepted \(words)")
        } catch {
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    /// Every declared option is in --help and in the man page's OPTIONS section.
    @Test func everyOptionIsDocumented() throws {
        let help = CommandLineSyntax.help(catalog: TestSupport.catalog)
        let manual = try TestSupport.read("man/sipdial-lint.1")
        for option in CommandLineSyntax.options {
            #expect(help.contains(option.synopsis), "--help lacks \(option.synopsis)")
            #expect(manual.contains("\\-\\-" + option.name.replacingAll("-", with: "\\-")), "the man page lacks --\(option.name)")
        }
    }

    /// The help names the loaded dialects, a user's own included.
    @Test func helpNamesTheCatalogsDialects() throws {
        var catalog = TestSupport.catalog
        try catalog.add(files: [("mine/plivo.yml", "dialect: plivo\ntitle: Plivo XML\nelements: {Response: }\n")], validate: true)
        let help = CommandLineSyntax.help(catalog: catalog)
        for name in catalog.dialectNames { #expect(help.contains(name)) }
        #expect(help.contains("(default \(catalog.defaultDialect))"))
    }
}
