/// Everything one run found, in output order: by path, line, column, rule id.
package struct RunResult: Sendable {
    package var reports: [FileReport]
    package var filesChecked: Int

    package init(reports: [FileReport], filesChecked: Int) {
        self.reports = reports
        self.filesChecked = filesChecked
    }

    /// Every diagnostic in output order, read through the reports (never copied into
    /// one array: a run over thousands of files may hold tens of thousands).
    package var diagnostics: LazySequence<FlattenSequence<LazyMapSequence<[FileReport], [LocatedDiagnostic]>>> {
        reports.lazy.flatMap(\.diagnostics)
    }

    package func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: return counts.errors
        case .warning: return counts.warnings
        case .info: return counts.infos
        }
    }

    /// The number of diagnostics of each severity, summed over the reports (by index:
    /// a report is not copied for each of thousands of files).
    package var counts: SeverityCounts {
        reports.indices.reduce(SeverityCounts()) { $0 + reports[$1].counts }
    }

    /// How many diagnostics have a safe fix, an unsafe one only, and how many fixes were made.
    package var fixable: Int { reports.indices.reduce(0) { $0 + reports[$1].fixable } }
    package var unsafeFixable: Int { reports.indices.reduce(0) { $0 + reports[$1].unsafeFixable } }
    package var fixed: Int { reports.indices.reduce(0) { $0 + reports[$1].fixed } }

    /// The number of files with at least one diagnostic.
    package var filesWithProblems: Int {
        reports.indices.count { reports[$0].counts.total > 0 }
    }

    /// An unreadable file's report holds its io-error alone.
    package var hadUnreadableFile: Bool {
        reports.indices.contains { reports[$0].isUnreadable }
    }
}
