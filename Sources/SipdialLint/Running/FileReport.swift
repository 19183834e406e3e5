package struct FileReport: Sendable {
    package var path: String
    /// A file's path as its bytes (a name need not be UTF-8, and is shown with `\xFF`):
    /// formats that address the file itself (SARIF's URI) use them; nil for standard input.
    package var pathBytes: [UInt8]?
    /// The diagnostics, in output order; their counts and whether the file could not be
    /// read follow them.
    package var diagnostics: [LocatedDiagnostic] {
        get { kept }
        set {
            (kept, counts, isUnreadable) = Self.kept(newValue)
            countFixes()
        }
    }
    private var kept: [LocatedDiagnostic]
    package private(set) var counts: SeverityCounts
    package private(set) var isUnreadable: Bool
    /// How many of the diagnostics have a safe fix, and how many an unsafe one only.
    package private(set) var fixable = 0
    package private(set) var unsafeFixable = 0
    /// How many fixes `--fix` made (or `--diff` would make) in the file.
    package var fixed = 0
    /// With `--diff`, the file's diff; with `--fix` on standard input, the fixed document.
    package var output: [UInt8]?
    /// The report's lines as the text format prints them, when they were worked out on
    /// the thread that linted the file (a reporter that finds them need not).
    package var text: [UInt8]?

    package init(path: String, diagnostics: [LocatedDiagnostic], text: [UInt8]? = nil) {
        self.path = path
        (kept, counts, isUnreadable) = Self.kept(diagnostics)
        self.text = text
        countFixes()
    }

    private mutating func countFixes() {
        fixable = kept.count { $0.fix?.isSafe == true }
        unsafeFixable = kept.count { $0.fix?.isSafe == false }
    }

    /// The diagnostics with what the report keeps of them besides.
    private static func kept(_ diagnostics: [LocatedDiagnostic]) -> ([LocatedDiagnostic], SeverityCounts, Bool) {
        (diagnostics, SeverityCounts(diagnostics), diagnostics.contains { $0.rule == Runner.ioErrorRule })
    }

    /// Lets go of the diagnostics once their text is rendered, keeping their counts: a
    /// run over thousands of files then holds their text alone.
    package mutating func keepTextOnly() {
        guard text != nil else { return }
        kept = []
    }
}
