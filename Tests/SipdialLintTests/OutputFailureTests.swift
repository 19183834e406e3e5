import Foundation
import Testing

@testable import SipdialLint

#if canImport(Glibc)
    import Glibc
#endif

/// Every failure to write the output is a failure of the run: the built command exits 2
/// and says why on standard error, whatever the format and the run's own status.
@Suite struct OutputFailureTests {
    /// A report that needs a write (SARIF always prints) from a run that would exit 1.
    static let arguments = ["--format", "sarif", "Tests/Fixtures/terminal"]

    struct Run {
        var stderr: String
        var status: Int32
        var signalled: Bool
    }

    /// Runs `/bin/sh -c script BINARY ARGUMENTS...` ("$0" is the binary), with standard
    /// output on `output` and standard error read back (or on `error` when given).
    static func run(_ arguments: [String] = arguments, output: Any, error: FileHandle? = nil) throws -> Run {
        try run("exec \"$0\" \"$@\"", arguments, output: output, error: error)
    }

    static func run(_ script: String, _ arguments: [String] = arguments, output: Any, error: FileHandle? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, GoldenTests.executable] + arguments
        process.currentDirectoryURL = TestSupport.root
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LSAN_OPTIONS")
        process.environment = environment
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardError = error ?? pipe
        try process.run()
        if error == nil { try pipe.fileHandleForWriting.close() }
        let text = error == nil ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return Run(
            stderr: String(decoding: text, as: UTF8.self), status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal)
    }

    static func message(_ reason: String) -> String {
        "sipdial-lint: error: cannot write the report to standard output: \(reason)\n"
    }

    @Test(arguments: ["sarif", "json", "text", "github", "checkstyle", "junit", "gnu"])
    func aFullDiskIsExit2(_ format: String) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try Self.run(["--format", format, "Tests/Fixtures/terminal"], output: full)
        #expect(run.status == 2 && !run.signalled)
        #expect(run.stderr == Self.message("No space left on device"))
    }

    @Test func aFullDiskIsExit2EvenForACleanRun() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try Self.run(["--format", "json", "examples/twilio/good.xml"], output: full)
        #expect(run.status == 2)
        #expect(run.stderr == Self.message("No space left on device"))
    }

    @Test func aFailingStandardErrorIsStillExit2() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        #expect(try Self.run(output: full, error: full).status == 2)
        // A usage error whose message cannot be written.
        #expect(try Self.run(["--format", "nonsense", "x.xml"], output: FileHandle.nullDevice, error: full).status == 2)
        // A clean run whose report is written, and which has nothing to say on standard error.
        #expect(try Self.run(["examples/twilio/good.xml"], output: FileHandle.nullDevice, error: full).status == 0)
    }

    @Test func aClosedStandardOutputIsExit2() throws {
        let run = try Self.run("exec \"$0\" \"$@\" >&-", output: FileHandle.nullDevice)
        #expect(run.status == 2)
        #expect(run.stderr == Self.message("Bad file descriptor"))
    }

    /// A pipe whose reader is gone before the command starts.
    static func deadPipe() throws -> Pipe {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        return pipe
    }

    @Test func aReaderGoneWithSIGPIPEIgnoredIsExit2() throws {
        let run = try Self.run("trap '' PIPE; exec \"$0\" \"$@\"", output: try Self.deadPipe())
        #expect(run.status == 2 && !run.signalled)
        #expect(run.stderr == Self.message("Broken pipe"))
    }

    @Test func aReaderGoneEndsTheRunBySIGPIPEByDefault() throws {
        // The test runner may ignore SIGPIPE, and an ignored signal stays ignored in a
        // child: env(1) gives the command SIGPIPE's default action back.
        let run = try Self.run("exec env --default-signal=PIPE \"$0\" \"$@\"", output: try Self.deadPipe())
        #expect(run.signalled && run.status == SIGPIPE, "status \(run.status): \(run.stderr)")
        #expect(run.stderr.isEmpty)
    }
}
