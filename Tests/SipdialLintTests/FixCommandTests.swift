import Foundation
import Testing

@testable import SipdialLint

/// `--fix` and `--diff` as a user runs them: the built executable on copies of each
/// dialect's broken example, in a scratch directory under .build.
@Suite(.serialized) struct FixCommandTests {
    static let dialects = ["signalwire", "twilio", "restcomm", "texml"]

    static func scratch(_ name: String) throws -> URL {
        try HostileInputTests.scratch("fix-\(name)")
    }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func inode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int) ?? -1
    }

    /// The diagnostics of a file as JSON objects (for their `fix`).
    static func json(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try GoldenTests.run(["--format", "json"] + arguments)
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }

    static func safelyFixable(_ items: [[String: Any]]) -> [String] {
        items.filter { (($0["fix"] as? [String: Any])?["safe"] as? Bool) == true }.map { "\($0["line"]!):\($0["column"]!) \($0["rule"]!)" }
    }

    /// --fix fixes every safe-fixable diagnostic of each broken example; a second --fix
    /// finds nothing to fix and does not write the file; --diff's output applies with
    /// `git apply` to the original and gives the same bytes.
    @Test(arguments: dialects)
    func fixThenFixAgainThenDiff(_ dialect: String) throws {
        let directory = try Self.scratch(dialect)
        let original = TestSupport.root.appendingPathComponent("examples/\(dialect)/broken.xml")
        let copy = directory.appendingPathComponent("broken.xml")
        try FileManager.default.copyItem(at: original, to: copy)
        #expect(!Self.safelyFixable(try Self.json(["--dialect", dialect, copy.path])).isEmpty, "the example has nothing to fix")

        let first = try GoldenTests.run(["--dialect", dialect, "--fix", copy.path])
        #expect(first.status == 1, "diagnostics are left: \(first.stdout)")
        #expect(first.stdout.contains(" fixed)"), "the summary counts the fixes: \(first.stdout)")
        let fixed = try Self.bytes(copy)
        #expect(fixed != (try Self.bytes(original)))
        let left = Self.safelyFixable(try Self.json(["--dialect", dialect, copy.path]))
        #expect(left.isEmpty, "safe fixes left: \(left)")

        let inode = try Self.inode(copy)
        let second = try GoldenTests.run(["--dialect", dialect, "--fix", copy.path])
        #expect(!second.stdout.contains(" fixed)"))
        #expect(try Self.bytes(copy) == fixed)
        #expect(try Self.inode(copy) == inode, "a file with nothing to fix was written")
        let nothing = try GoldenTests.run(["--dialect", dialect, "--diff", copy.path])
        #expect(nothing.status == 0 && nothing.stdout.isEmpty, "\(nothing.transcript)")

        // --diff on a fresh copy, applied by git.
        let repository = try Self.scratch("\(dialect)-git")
        let target = repository.appendingPathComponent("broken.xml")
        try FileManager.default.copyItem(at: original, to: target)
        let relative = String(repository.path.dropFirst(TestSupport.root.path.count + 1))
        let diff = try GoldenTests.run(["--dialect", dialect, "--diff", "broken.xml"], directory: relative)
        #expect(diff.status == 1)
        #expect(diff.stderr.contains("would fix"))
        #expect(try Self.bytes(target) == (try Self.bytes(original)), "--diff wrote the file")
        let patch = repository.appendingPathComponent("fix.patch")
        try Data(diff.stdout.utf8).write(to: patch)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "apply", "--unsafe-paths", "fix.patch"]
        git.currentDirectoryURL = repository
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0, "git apply refused the diff:\n\(diff.stdout)")
        #expect(try Self.bytes(target) == fixed, "the diff applied does not give what --fix wrote")
    }

    /// Bytes outside the edits stay as they were: the same document with a byte order
    /// mark, CRLF line ends and no final newline is fixed into exactly the LF version's
    /// result with those kept.
    @Test func keepsEveryByteOutsideTheEdits() throws {
        let directory = try Self.scratch("bytes")
        let lf = try String(contentsOf: TestSupport.root.appendingPathComponent("examples/signalwire/broken.xml"), encoding: .utf8)
        func crlf(_ text: String) -> [UInt8] {
            var trimmed = text
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            return [0xEF, 0xBB, 0xBF] + Array(trimmed.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        }
        let plain = directory.appendingPathComponent("plain.xml")
        let windows = directory.appendingPathComponent("windows.xml")
        try Data(lf.utf8).write(to: plain)
        try Data(crlf(lf)).write(to: windows)
        _ = try GoldenTests.run(["--fix", plain.path, windows.path])
        let fixedPlain = try String(contentsOf: plain, encoding: .utf8)
        #expect(fixedPlain != lf)
        #expect(try Self.bytes(windows) == crlf(fixedPlain))
        // And every byte outside the first pass's edits is where it was.
        let linter = try Linter(catalog: TestSupport.catalog, settings: LintSettings())
        let source = crlf(lf)
        let edits = linter.lint(source).compactMap(\.fix).filter(\.isSafe).flatMap(\.edits).sorted { $0.range < $1.range }
        var kept = 0
        var offset = 0
        let once = Fix.apply(edits, to: source)
        for edit in edits {
            #expect(Array(source[kept..<edit.range.start]) == Array(once[offset..<(offset + edit.range.start - kept)]))
            offset += edit.range.start - kept + edit.text.utf8.count
            kept = edit.range.end
        }
        #expect(Array(source[kept...]) == Array(once[offset...]))
    }

    /// The file is replaced, not written in place: permissions are kept, a symbolic link
    /// stays a link to the file it names (which is the one fixed), and no temporary file
    /// is left beside it.
    @Test func replacesAtomicallyKeepingPermissionsAndLinks() throws {
        let directory = try Self.scratch("atomic")
        let file = directory.appendingPathComponent("target.xml")
        let link = directory.appendingPathComponent("link.xml")
        try Data("<Response><Dial method=\"post\"><Sip>sip:a@example.com</Sip></Dial></Response>\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "target.xml")
        let run = try GoldenTests.run(["--fix", link.path])
        #expect(run.status == 0, "\(run.transcript)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("method=\"POST\""))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "target.xml")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.xml", "target.xml"])
    }

    /// A file that cannot be replaced (its directory is read-only) is an error naming it,
    /// exit 2; the file is unchanged, the other files are still fixed.
    @Test func unwritableFileIsAnErrorAndTheRunGoesOn() throws {
        guard getuid() != 0 else { return } // root writes into read-only directories
        let directory = try Self.scratch("readonly")
        let locked = directory.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let stuck = locked.appendingPathComponent("a.xml")
        let free = directory.appendingPathComponent("b.xml")
        let text = "<Response><Dial method=\"post\"><Sip>sip:a@example.com</Sip></Dial></Response>\n"
        try Data(text.utf8).write(to: stuck)
        try Data(text.utf8).write(to: free)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let run = try GoldenTests.run(["--fix", stuck.path, free.path])
        #expect(run.status == 2)
        #expect(run.stdout.contains("cannot write"), "\(run.transcript)")
        #expect(try String(contentsOf: stuck, encoding: .utf8) == text)
        #expect(try String(contentsOf: free, encoding: .utf8).contains("POST"))
    }

    /// Where no temporary file can be made beside the file, the replacement fails with a
    /// message and leaves the file as it was (here /proc, where even root cannot create one).
    @Test func failedReplacementLeavesTheFile() throws {
        let before = try String(contentsOfFile: "/proc/version", encoding: .utf8)
        #expect(throws: FileError.self) { try FileReplacer.replace(FilePath("/proc/version"), with: Array("x".utf8)) }
        #expect(try String(contentsOfFile: "/proc/version", encoding: .utf8) == before)
    }

    /// A file saved by someone else while it was being fixed is not overwritten, and no
    /// temporary file is left.
    @Test func fileChangedMeanwhileIsNotOverwritten() throws {
        let directory = try Self.scratch("changed")
        let file = directory.appendingPathComponent("a.xml")
        try Data("<Response>saved since</Response>\n".utf8).write(to: file)
        #expect(throws: FileError.self) {
            try FileReplacer.replace(
                FilePath(file.path), with: Array("<Response>fixed</Response>\n".utf8), expecting: Array("<Response>read</Response>\n".utf8))
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "<Response>saved since</Response>\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.xml"])
    }

    /// On standard input, --fix writes the fixed document to standard output and the
    /// report to standard error.
    @Test func standardInputGoesToStandardOutput() throws {
        let text = "<Response><Dial method=\"post\"><Sip>alice@example.com</Sip></Dial>\r\n</Response>"
        let run = try GoldenTests.run(["--fix", "-"], stdin: Data(text.utf8))
        #expect(run.stdout == "<Response><Dial method=\"POST\"><Sip>sip:alice@example.com</Sip></Dial>\r\n</Response>")
        #expect(run.stderr.contains("no problems in 1 file (2 fixed)"), "\(run.transcript)")
        #expect(run.status == 0)
    }

    /// A fix that would leave a new diagnostic is not made: here "sip:" before the URI
    /// would make it the same as the next <Sip>'s, a duplicate.
    @Test func fixThatAddsADiagnosticIsNotMade() throws {
        let text = "<Response><Dial><Sip>alice@example.com</Sip><Sip>sip:alice@example.com</Sip></Dial></Response>"
        let run = try GoldenTests.run(["--fix", "-"], stdin: Data(text.utf8))
        #expect(run.stdout == text)
        // Reported, and not offered again as fixable.
        #expect(run.stderr.contains("[sip-uri-syntax]\n") && !run.stderr.contains("[*]"), "\(run.transcript)")
    }
}
