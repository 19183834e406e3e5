import Foundation
import Testing

@testable import SipdialLint

/// The completion scripts are made from the option declarations: every option of --help
/// is completed in each shell, and bash's script works in bash.
@Suite struct ShellCompletionsTests {
    @Test(arguments: ShellCompletions.shells)
    func everyOptionIsCompleted(_ shell: String) throws {
        let script = try #require(ShellCompletions.script(for: shell, catalog: TestSupport.catalog))
        for option in CommandLineSyntax.options {
            let mark: String
            switch shell {
            case "zsh": mark = "'--\(option.name)["
            case "fish": mark = "-l \(option.name) "
            default: mark = "--\(option.name)"
            }
            #expect(script.contains(mark), "\(shell) does not complete --\(option.name)")
        }
        // The catalog's dialects are offered as --dialect's values.
        for dialect in TestSupport.catalog.dialectNames { #expect(script.contains(dialect)) }
    }

    /// bash registers the function and completes options and a dialect.
    @Test func bashCompletes() throws {
        let script = try #require(ShellCompletions.script(for: "bash", catalog: TestSupport.catalog))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sipdial-lint-completion-\(getpid()).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            "source '\(file.path)' && complete -p sipdial-lint >/dev/null && COMP_WORDS=(sipdial-lint --fail) COMP_CWORD=1 && _sipdial_lint"
                + " && echo \"${COMPREPLY[*]}\" && COMP_WORDS=(sipdial-lint --format js) COMP_CWORD=2 && _sipdial_lint && echo \"${COMPREPLY[*]}\"",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text == "--fail-level\njson\n", "\(text)")
    }

    @Test func anUnknownShellIsAUsageError() throws {
        let output = Driver.run(arguments: ["--completions", "csh"], environment: .process)
        #expect(output.status == 2)
        #expect(output.standardError.contains("--completions takes bash, zsh, fish, not \"csh\""), "\(output.standardError)")
    }
}
