package struct FileReport: Sendable {
    package var path: String
    /// A file's path as its bytes (a name need not be UTF-8, and is shown with `\xFF`):
    /// formats that address the file itself (SARIF's URI) use them; nil for standard input.
    package var pathBytes: [UInt8]?
    /// The diagnostics, in output order; their counts and whether the file could not be
    /// read follow them.
    package var diagnostics: [LocatedDiagnostic] {
        get { kept }
        set { (kept, counts, isUnreadable) = Self.kept(newValue) }
    }
    private var kept: [LocatedDiagnostic]
    package private(set) var counts: SeverityCounts
    package private(set) var isUnreadable: Bool
    /// The report's lines as the text format prints them, when they were worked out on
    /// the thread that linted the file (a reporter that finds them need not).
    package var text: [UInt8]?

    package init(path: String, diagnostics: [LocatedDiagnostic], text: [UInt8]? = nil) {
        self.path = path
        (kept, counts, isUnreadable) = Self.kept(diagnostics)
        self.text = text
    }

    /// The diagnostics with what the report keeps of them besides.
    private static func kept(_ diagnostics: [LocatedDiagnostic]) -> ([LocatedDiagnostic], SeverityCounts, Bool) {
        (diagnostics, SeverityCounts(diagnostics), diagnostics.count == 1 && diagnostics[0].rule == Runner.ioErrorRule)
    }

    /// Lets go of the diagnostics once their text is rendered, keeping their counts: a
    /// run over thousands of files then holds their text alone.
    package mutating func keepTextOnly() {
        guard text != nil else { return }
        kept = []
    }
}
