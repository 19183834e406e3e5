package enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, checkstyle, junit, gnu

    package var reporter: Reporter {
        switch self {
        case .text: return TextReporter()
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .checkstyle: return CheckstyleReporter()
        case .junit: return JUnitReporter()
        case .gnu: return GNUReporter()
        }
    }
}
