import Foundation
import Testing

@testable import SipdialLint

/// Runs the built `sipdial-lint` on the cases in Tests/Golden: `NAME.args` holds the
/// arguments (one per line), `NAME.stdin` optional standard input, `NAME.cwd` the
/// working directory (relative to the package), `NAME.env` extra environment lines
/// (KEY=VALUE), `NAME.tty` (empty) runs it on a pseudo-terminal through script(1), and
/// `NAME.out` holds the expected standard output, standard error and exit status.
/// `make generate` rewrites the `.out` files; review their diff.
@Suite struct GoldenTests {
    static let directory = "Tests/Golden"

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.path(directory))) ?? []
        return names.filter { $0.hasSuffix(".args") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The executable built beside the test bundle.
    static var executable: String {
        if let override = ProcessInfo.processInfo.environment["SIPDIAL_LINT_BINARY"] { return override }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("sipdial-lint").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return TestSupport.path(".build/debug/sipdial-lint")
    }

    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32

        var transcript: String { stdout + "--- stderr\n" + stderr + "--- status \(status)\n" }
    }

    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
        directory: String? = nil, terminal: Bool = false
    ) throws -> Run {
        let process = Process()
        if terminal {
            // script(1) gives the linter a terminal for standard output.
            let quoted = ([executable] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", quoted.joined(separator: " "), "/dev/null"]
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory.map { TestSupport.root.appendingPathComponent($0) } ?? TestSupport.root
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env["TERM"] = "xterm" // whatever the developer's terminal; a case's .env may set another
        env.removeValue(forKey: "LSAN_OPTIONS") // the linter runs without the test runner's leak suppressions
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(stdin ?? Data())
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus)
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let arguments = try TestSupport.read("\(Self.directory)/\(name).args").split(separator: "\n").map(String.init)
        let base = "\(Self.directory)/\(name)"
        let stdin = FileManager.default.contents(atPath: TestSupport.path(base + ".stdin"))
        let directory = (try? TestSupport.read(base + ".cwd"))?.trimmingCharacters(in: .whitespacesAndNewlines)
        var environment: [String: String] = [:]
        for line in ((try? TestSupport.read(base + ".env")) ?? "").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { environment[parts[0]] = parts[1] }
        }
        let terminal = FileManager.default.fileExists(atPath: TestSupport.path(base + ".tty"))
        let result = try Self.run(arguments, stdin: stdin, environment: environment, directory: directory, terminal: terminal)
        let problem = TestSupport.compare(result.transcript, withFile: "\(Self.directory)/\(name).out")
        #expect(problem == nil, "\(problem ?? "")\n\(result.transcript)")
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.cases.count >= 10)
    }

    @Test func manPagePassesMandocLint() throws {
        let mandoc = ["/usr/bin/mandoc", "/usr/local/bin/mandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(mandoc, "mandoc is not installed; `make test` installs it")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-T", "lint", "-W", "warning", TestSupport.path("man/sipdial-lint.1")]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && text.isEmpty, "\(text)")
    }
}
