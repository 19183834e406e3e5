import Foundation
import Testing

@testable import SipdialLint

/// A cloned repository is the attacker: its config, its rule files and its documents
/// may be built to turn linting off, crash it or make it run for ever.
@Suite struct HostileRepositoryTests {
    /// A directory outside any git repository (under /tmp), removed by the caller.
    static func outside(_ name: String) throws -> URL {
        let url = URL(fileURLWithPath: "/tmp/sipdial-hostile-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String], in directory: String) -> DriverOutput {
        let environment = Driver.Environment(
            standardInputIsTerminal: true, standardOutputIsTerminal: false, noColor: true, workingDirectory: directory,
            readStandardInput: { .success([]) })
        return Driver.run(arguments: arguments, environment: environment)
    }

    static let broken = "<Response><Dial><Sip codecs=\"pcmu\">sip:a@example.com</Sip></Dial></Response>\n"

    /// `base/relative`, made, with a broken `call.xml` in it.
    static func workDirectory(in base: URL, _ relative: String) throws -> URL {
        let work = base.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try broken.write(to: work.appendingPathComponent("call.xml"), atomically: true, encoding: .utf8)
        return work
    }

    /// `/tmp/.sipdial-lint.yml` written by another user must not turn linting off.
    @Test func aConfigAboveTheWorkingDirectoryOwnedBySomeoneElseIsIgnored() throws {
        let base = try Self.outside("owner")
        defer { try? FileManager.default.removeItem(at: base) }
        let work = try Self.workDirectory(in: base, "work")
        let config = base.appendingPathComponent(".sipdial-lint.yml").path
        try "exclude: [\"**\"]\nrules:\n  sip-codecs: off\n".write(toFile: config, atomically: true, encoding: .utf8)
        guard getuid() == 0 else { return } // giving a file away needs root
        #expect(chown(config, 4321, 4321) == 0)
        let output = Self.run([work.path], in: work.path)
        #expect(output.status == 1, "\(output.standardOutput)")
        #expect(output.standardOutput.contains("[sip-codecs]"))
        #expect(output.standardError.contains("note: ignoring \(config)"), "\(output.standardError)")
        // The same file, owned by the user (root here), is read.
        #expect(chown(config, 0, 0) == 0)
        #expect(Self.run([work.path], in: work.path).status == 0)
    }

    /// Inside a repository, discovery stops at its root; ownership is not checked there.
    @Test func discoveryStopsAtTheRepositoryRoot() throws {
        let base = try Self.outside("repository")
        defer { try? FileManager.default.removeItem(at: base) }
        let calls = try Self.workDirectory(in: base, "repo/calls")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        try "rules:\n  sip-codecs: off\n".write(
            to: base.appendingPathComponent(".sipdial-lint.yml"), atomically: true, encoding: .utf8)
        #expect(Self.run([calls.path], in: calls.path).status == 1)
        try "rules:\n  sip-codecs: off\n".write(
            to: base.appendingPathComponent("repo/.sipdial-lint.yml"), atomically: true, encoding: .utf8)
        if getuid() == 0 { _ = chown(base.appendingPathComponent("repo/.sipdial-lint.yml").path, 4321, 4321) }
        let output = Self.run([calls.path], in: calls.path)
        #expect(output.status == 0, "\(output.standardOutput)")
        #expect(output.standardError.isEmpty)
    }

    /// (config text, a fragment of the error) for configs built to crash or stall the loader.
    static let hostileConfigs: [(String, String)] = [
        (String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000), "nested deeper than 64 levels"),
        ((0..<40_000).map { "key\($0): 1" }.joined(separator: "\n"), "unknown key \"key0\""),
        ("rules:\n" + (0..<40_000).map { "  rule\($0): off" }.joined(separator: "\n"), "unknown rule \"rule0\""),
        ("dialect: \"" + String(repeating: "a", count: 2_000_000) + "\"", "unknown dialect \"aaaa"),
    ]

    @Test(arguments: hostileConfigs.indices)
    func aHostileConfigIsAClearErrorWithExitStatus2(_ index: Int) throws {
        let (text, fragment) = Self.hostileConfigs[index]
        let base = try Self.outside("config-\(index)")
        defer { try? FileManager.default.removeItem(at: base) }
        try text.write(to: base.appendingPathComponent("c.yml"), atomically: true, encoding: .utf8)
        try Self.broken.write(to: base.appendingPathComponent("call.xml"), atomically: true, encoding: .utf8)
        let output = Self.run(["--config", base.path + "/c.yml", base.path + "/call.xml"], in: base.path)
        #expect(output.status == 2)
        #expect(output.standardError.contains(fragment), "\(output.standardError.prefix(300))")
        #expect(output.standardError.count < 2_000, "the error quotes \(output.standardError.count) characters")
    }

    @Test func manyExcludePatternsAndRepeatedOptionsTakeLinearTime() throws {
        let base = try Self.outside("excludes")
        defer { try? FileManager.default.removeItem(at: base) }
        let patterns = (0..<60_000).map { "\"vendor\($0)/**\"" }.joined(separator: ", ")
        try "exclude: [\(patterns)]\n".write(to: base.appendingPathComponent("c.yml"), atomically: true, encoding: .utf8)
        try Self.broken.write(to: base.appendingPathComponent("call.xml"), atomically: true, encoding: .utf8)
        let output = Self.run(["--config", base.path + "/c.yml", base.path] + Array(repeating: "--quiet", count: 15_000), in: base.path)
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("[sip-codecs]"))
    }

    @Test func jobsAreClampedToWhatTheMachineCanUse() throws {
        let base = try Self.outside("jobs")
        defer { try? FileManager.default.removeItem(at: base) }
        try Self.broken.write(to: base.appendingPathComponent("call.xml"), atomically: true, encoding: .utf8)
        let output = Self.run(["--jobs", "4611686018427387904", base.path + "/call.xml"], in: base.path)
        #expect(output.status == 1)
        #expect(output.standardError.contains("linting on \(Driver.maximumJobs) threads"), "\(output.standardError)")
    }

    /// A suppression naming one rule 100,000 times, and 20,000 suppressions against
    /// 20,000 diagnostics: each directive and diagnostic is looked at a few times.
    @Test func suppressionsTakeLinearTime() throws {
        let names = Array(repeating: "sip-codecs", count: 100_000).joined(separator: ",")
        let one = "<Response><!-- sipdial-lint-disable \(names) --><Dial><Sip codecs=\"pcmu\">sip:a@example.com</Sip></Dial></Response>"
        #expect(try TestSupport.lint(one).map(\.rule).isEmpty)
        let unknown =
            "<Response><!-- sipdial-lint-disable \(Array(repeating: "no-such-rule", count: 100_000).joined(separator: " ")) --></Response>"
        #expect(try TestSupport.lint(unknown).map(\.rule) == ["unused-suppression"], "one finding for the one unknown id")
        var many = "<Response>\n"
        for index in 0..<20_000 {
            many +=
                "<!-- sipdial-lint-disable-next-line sip-codecs -->\n<Dial><Sip codecs=\"pcmu\">sip:u\(index)@example.com</Sip></Dial>\n"
        }
        many += "<!-- sipdial-lint-disable sip-uri-syntax -->\n<!-- sipdial-lint-enable sip-uri-syntax -->\n</Response>\n"
        let diagnostics = try TestSupport.lint(many)
        #expect(diagnostics.map(\.rule) == ["unused-suppression"], "\(diagnostics.prefix(3).map(\.message))")
    }

    /// A user rule whose XPath compares every element with every other is stopped at its
    /// operation limit: the document says so at its first line, and the run exits 2.
    @Test func anExpensiveUserXPathIsStoppedAndTheRunFails() throws {
        let base = try Self.outside("xpath")
        defer { try? FileManager.default.removeItem(at: base) }
        let rules = base.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try """
        id: every-element
        severity: warning
        dialects: all
        summary: a rule whose XPath is quadratic
        select: "//*[count(//*[count(//*) > 0]) > 0]"
        check: report
        message: "<{element}>"
        docs: {what: reports, why: to test}
        """.write(to: rules.appendingPathComponent("slow.yml"), atomically: true, encoding: .utf8)
        let body = String(repeating: "<Dial><Sip>sip:a@example.com</Sip></Dial>", count: 700)
        try "<Response>\(body)</Response>".write(to: base.appendingPathComponent("call.xml"), atomically: true, encoding: .utf8)
        let output = Self.run(["--rules", rules.path, "--select", "every-element", base.path + "/call.xml"], in: base.path)
        #expect(output.status == 2)
        #expect(output.standardOutput.contains("/call.xml:1:1: error: this rule's XPath went over its limit"), "\(output.standardOutput)")
        #expect(output.standardError.contains("the XPath of every-element went over its operation limit"), "\(output.standardError)")
    }

    /// A file name that is not UTF-8, named on the command line, is opened by its bytes
    /// and shown with the byte as `\xFF`; a UTF-8 name that shows alike is another file.
    @Test func aNonUTF8NameOnTheCommandLineIsOpenedByItsBytes() throws {
        let base = try Self.outside("argv")
        defer { try? FileManager.default.removeItem(at: base) }
        let bad = base.path + "/evil\u{FFFD}.xml"
        try Self.broken.write(toFile: bad, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell makes the byte: Foundation passes arguments as UTF-8 text only.
        process.arguments = ["-c", "\"$0\" --no-config \"$(printf 'evil\\377.xml')\" 2>&1; echo \"exit $?\"", GoldenTests.executable]
        process.currentDirectoryURL = base
        let output = Pipe()
        process.standardOutput = output
        // A good document under the byte name, made by the shell too; the broken one
        // under the U+FFFD name is what a mangled argument would open.
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/bin/sh")
        make.arguments = ["-c", "printf '<Response/>\\n' > \"$(printf 'evil\\377.xml')\""]
        make.currentDirectoryURL = base
        try make.run()
        make.waitUntilExit()
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("no problems in 1 file"), "\(text)")
        #expect(text.hasSuffix("exit 0\n"), "\(text)")
    }

    /// SARIF addresses a file by URI: a byte that is not UTF-8 is percent-encoded as
    /// itself (`%FF`), not as the `\xFF` the other formats show.
    @Test func sarifGivesANonUTF8NameItsOwnBytes() throws {
        let base = try Self.outside("sarif-bytes")
        defer { try? FileManager.default.removeItem(at: base) }
        let name: [UInt8] = Array("evil".utf8) + [0xFF] + Array(".xml".utf8)
        let path = Array(base.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = Self.broken.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        let output = Self.run(["--format", "sarif", base.path], in: base.path)
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("evil%FF.xml\""), "\(output.standardOutput.prefix(2000))")
        #expect(!output.standardOutput.contains("%5CxFF"))
    }

    /// A `.git` someone else put above the working directory does not make a repository,
    /// and a config that is a link to nowhere above it is passed over too.
    @Test func aStrangersGitDirectoryOrDanglingLinkAboveIsNotTrusted() throws {
        guard getuid() == 0 else { return } // giving a file away needs root
        let base = try Self.outside("stranger-git")
        defer { try? FileManager.default.removeItem(at: base) }
        let work = try Self.workDirectory(in: base, "work")
        let git = base.appendingPathComponent(".git").path
        try "".write(toFile: git, atomically: true, encoding: .utf8)
        let config = base.appendingPathComponent(".sipdial-lint.yml").path
        try "exclude: [\"**\"]\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(chown(git, 4321, 4321) == 0 && chown(config, 4321, 4321) == 0)
        let output = Self.run([work.path], in: work.path)
        #expect(output.status == 1, "\(output.standardOutput)")
        #expect(output.standardError.contains("is not taken as a repository"), "\(output.standardError)")
        #expect(output.standardError.contains("note: ignoring \(config)"), "\(output.standardError)")
        // A link to nowhere, owned by root, above the working directory: passed over.
        try FileManager.default.removeItem(atPath: config)
        #expect(symlink("/nonexistent-\(getpid())", config) == 0)
        let dangling = Self.run([work.path], in: work.path)
        #expect(dangling.status == 1, "\(dangling.standardError)")
        #expect(dangling.standardError.contains("a link to a missing file"), "\(dangling.standardError)")
    }
}
