/// How many diagnostics of each severity.
package struct SeverityCounts: Sendable, Equatable {
    package var errors = 0
    package var warnings = 0
    package var infos = 0

    package init() {}

    init(_ diagnostics: [LocatedDiagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    package var total: Int { errors + warnings + infos }

    /// How many reach `level` or above.
    package func reaching(_ level: Severity) -> Int {
        switch level {
        case .error: return errors
        case .warning: return errors + warnings
        case .info: return total
        }
    }

    static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
        var sum = a
        sum.errors += b.errors
        sum.warnings += b.warnings
        sum.infos += b.infos
        return sum
    }
}
