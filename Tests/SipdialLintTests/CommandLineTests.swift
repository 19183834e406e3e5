import ArgumentParser
@testable import sipdial_lint
import Testing

/// The executable reads plain command lines itself (`GivenOptions.quick`) and leaves the
/// rest to swift-argument-parser: both must read a command line the same way.
@Suite struct CommandLineTests {
    static let plain: [[String]] = [
        [],
        ["a.xml"],
        ["--format", "json"],
        ["--format=json", "a.xml"],
        ["--quiet", "a.xml", "b.xml"],
        ["--rules", "r1", "--rules=r2", "--dialect", "twilio", "calls"],
        ["--select", "sip-codecs, sip-max-count", "--ignore", "sip-auth-pair"],
        ["--max-warnings", "3", "--jobs", "2"],
        ["--max-warnings=+4"],
        ["--no-config", "--list-rules", "--format", "json"],
        ["--explain", "sip-codecs"],
        ["--color", "never", "--fail-level", "error", "--stdin-filename", "f.xml", "-"],
        ["--config", "c.yml", "--dialect", "", "x.xml"],
    ]

    @Test(arguments: plain)
    func quickReaderAgreesWithTheParser(_ words: [String]) throws {
        let quick = try #require(GivenOptions.quick(words))
        let parsed = try #require(try SipdialLintCommand.parseAsRoot(words) as? SipdialLintCommand)
        #expect(quick.given == parsed.given)
        #expect(quick.paths == parsed.paths)
    }

    static let others: [[String]] = [
        ["--help"], ["-h"], ["--version"], ["--generate-completion-script", "bash"],
        ["--format"], ["--format", "json", "--format", "text"], ["--jobs", "two"], ["--quiet=yes"],
        ["--quiet", "--quiet"], ["--", "x.xml"], ["-q"], ["--unknown", "x"], ["--max-warnings", "-1"],
        ["--stdin-filename", "-"], ["--Format", "json"],
        ["--dialect=", "twilio"],
    ]

    @Test(arguments: others)
    func quickReaderLeavesTheRestToTheParser(_ words: [String]) {
        #expect(GivenOptions.quick(words) == nil)
    }

    @Test func quickReaderKnowsEveryOptionOfTheCommand() {
        var names: Set<String> = []
        let help = SipdialLintCommand.helpMessage(columns: 200)
        var rest = Substring(help)
        while let range = rest.range(of: "--") {
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0 == "-" }
            if !name.isEmpty { names.insert(String(name)) }
            rest = rest[range.upperBound...]
        }
        names.subtract(["help", "version"])
        #expect(names == Set(GivenOptions.quickNames))
    }
}
