import SipdialLint

/// The options of one command line, as given (nil or empty: not given), whoever read them.
struct GivenOptions: Equatable {
    var dialect: String?
    var config: String?
    var noConfig = false
    var rules: [String] = []
    var format: String?
    var select: String?
    var ignore: String?
    var failLevel: String?
    var maxWarnings: Int?
    var quiet = false
    var color: String?
    var stdinFilename: String?
    var jobs: Int?
    var listRules = false
    var explain: String?

    /// The request: what was not given keeps `CommandLineRequest`'s default.
    func request(paths: [String]) -> CommandLineRequest {
        func ids(_ text: String?) -> [String]? {
            text.map { $0.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
        }
        var request = CommandLineRequest()
        request.paths = paths
        request.dialect = dialect
        request.configPath = config
        request.noConfig = noConfig
        request.rulesDirectories = rules
        if let format { request.format = format }
        request.select = ids(select)
        request.ignore = ids(ignore) ?? []
        if let failLevel { request.failLevel = failLevel }
        request.maxWarnings = maxWarnings
        request.quiet = quiet
        if let color { request.color = color }
        request.standardInputName = stdinFilename
        request.listRules = listRules
        request.explain = explain
        request.jobs = jobs
        return request
    }

    /// How each long option is stored: a flag, a text value, a number, or one more
    /// rule directory. Its names are those of `SipdialLintCommand` (a test compares them).
    private enum Slot {
        case flag(WritableKeyPath<GivenOptions, Bool>)
        case text(WritableKeyPath<GivenOptions, String?>)
        case number(WritableKeyPath<GivenOptions, Int?>)
        case directory
    }

    private static let slots: [String: Slot] = [
        "dialect": .text(\.dialect), "config": .text(\.config), "no-config": .flag(\.noConfig), "rules": .directory,
        "format": .text(\.format), "select": .text(\.select), "ignore": .text(\.ignore), "fail-level": .text(\.failLevel),
        "max-warnings": .number(\.maxWarnings), "quiet": .flag(\.quiet), "color": .text(\.color),
        "stdin-filename": .text(\.stdinFilename), "jobs": .number(\.jobs), "list-rules": .flag(\.listRules),
        "explain": .text(\.explain),
    ]

    /// The long option names read here, for the test that holds them to the command's.
    static var quickNames: [String] { Array(slots.keys) }

    /// Reads a command line of plain long options (`--format json`, `--format=json`,
    /// `--quiet`) and paths without swift-argument-parser, whose first parse builds the
    /// command's argument set by runtime reflection and costs more than linting a small
    /// file. Whatever it is not sure of — help, version, a short or unknown name, a
    /// repeated option, a missing or malformed value, `--` — gives nil, and
    /// swift-argument-parser reads the whole command line, errors and all.
    static func quick(_ words: [String]) -> (given: GivenOptions, paths: [String])? {
        var given = GivenOptions()
        var paths: [String] = []
        var seen: Set<String> = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-"), word != "-" else {
                paths.append(word)
                continue
            }
            guard word.hasPrefix("--"), word.count > 2 else { return nil }
            var name = Substring(word.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = name[..<equals]
                // swift-argument-parser reads "--name=" as "--name" with the value next.
                if value!.isEmpty { return nil }
            }
            guard let slot = slots[String(name)] else { return nil }
            if case .directory = slot {} else if !seen.insert(String(name)).inserted { return nil }
            if case .flag(let path) = slot {
                guard value == nil else { return nil }
                given[keyPath: path] = true
                continue
            }
            if value == nil {
                guard index < words.count, !words[index].hasPrefix("-") else { return nil }
                value = words[index]
                index += 1
            }
            guard let value else { return nil }
            switch slot {
            case .flag: return nil
            case .text(let path): given[keyPath: path] = value
            case .number(let path):
                guard let number = Int(value) else { return nil }
                given[keyPath: path] = number
            case .directory: given.rules.append(value)
            }
        }
        return (given, paths)
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
