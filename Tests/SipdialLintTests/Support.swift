import Foundation

@testable import SipdialLint

/// Paths and helpers the tests share.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// Set SIPDIAL_REGENERATE=1 (`make generate`) to rewrite generated and golden files.
    static var regenerating: Bool { ProcessInfo.processInfo.environment["SIPDIAL_REGENERATE"] == "1" }

    static let catalog: RuleCatalog = {
        do { return try RuleCatalog.builtin() } catch { fatalError("built-in rules do not load: \(error)") }
    }()

    /// Lints `text` in `dialect` with only `rules` enabled (all when nil).
    static func lint(
        _ text: String, dialect: String = "signalwire", rules: [String]? = nil,
        options: [String: RuleSetting] = [:]
    ) throws -> [Diagnostic] {
        try lint(Array(text.utf8), dialect: dialect, rules: rules, options: options)
    }

    static func lint(
        _ bytes: [UInt8], dialect: String = "signalwire", rules: [String]? = nil,
        options: [String: RuleSetting] = [:]
    ) throws -> [Diagnostic] {
        var settings = LintSettings()
        settings.dialect = dialect
        settings.select = rules
        settings.rules = options
        return try Linter(catalog: catalog, settings: settings).lint(bytes)
    }

    /// Diagnostics with line and column, as the user sees them.
    static func located(_ text: String, dialect: String = "signalwire", rules: [String]? = nil) throws -> [LocatedDiagnostic] {
        let bytes = Array(text.utf8)
        return Runner.locate(try lint(bytes, dialect: dialect, rules: rules), in: bytes, path: "t.xml").diagnostics
    }

    /// Compares `actual` with a generated or golden file; rewrites it when regenerating.
    /// Returns nil when they agree, else a message.
    static func compare(_ actual: String, withFile relative: String) -> String? {
        let existing = try? read(relative)
        if existing == actual { return nil }
        if regenerating {
            let url = root.appendingPathComponent(relative)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        return "\(relative) is stale; run `make generate` and review the diff"
    }
}
