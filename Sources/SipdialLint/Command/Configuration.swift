#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `.sipdial-lint.yml`: the dialect, per-rule settings and exclude globs. Every error
/// names the file, line and column.
package struct Configuration: Sendable {
    package static let fileName = ".sipdial-lint.yml"

    package var path: String?
    /// The absolute directory the exclude globs are relative to.
    package var directory: String
    package var dialect: String?
    package var rules: [String: RuleSetting] = [:]
    package var exclude: [String] = []

    package init(directory: String) {
        self.directory = directory
    }

    /// What config discovery found: the file to read (if any), and notes for standard
    /// error about files it passed over.
    package struct Discovery: Sendable {
        package var path: String?
        package var notes: [String] = []
    }

    /// The nearest `.sipdial-lint.yml` in `directory` or one of its parents. Inside a git
    /// repository (a directory holding `.git`, a directory or a worktree's file), the
    /// search stops at the repository's root, and ownership is not checked: a checkout
    /// mounted into a container belongs to another uid. Outside any repository, a config
    /// above `directory` that belongs to neither the current user nor root is passed over
    /// with a note: anyone may write `/tmp/.sipdial-lint.yml`.
    package static func discover(from directory: String) -> Discovery {
        let start = Path.normalize(directory)
        var chain: [String] = []
        var current = start
        var repositoryRoot: String?
        while true {
            chain.append(current)
            if exists(FileSystem.join(current, ".git")) {
                repositoryRoot = current
                break
            }
            guard current != "/", let slash = current.lastIndex(of: "/") else { break }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
        var discovery = Discovery()
        let user = getuid()
        for folder in chain {
            let candidate = FileSystem.join(folder, fileName)
            // Whatever the name is (a FIFO, a dangling link) but a directory, it is the
            // config, and reading it says what is wrong: a broken config is not passed over
            // for a parent's.
            guard FileSystem.kind(of: candidate, followLinks: false) != .missing, FileSystem.kind(of: candidate) != .directory else {
                continue
            }
            if repositoryRoot == nil, folder != start, let owner = owner(of: candidate), owner != user, owner != 0 {
                discovery.notes.append(
                    "note: ignoring \(Text.escaped(candidate)): it is outside any git repository, above the current directory, "
                        + "and owned by uid \(owner), neither you nor root")
                continue
            }
            discovery.path = candidate
            break
        }
        return discovery
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func owner(of path: String) -> uid_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_uid : nil
    }

    package static func load(_ path: String, catalog: RuleCatalog, workingDirectory: String) throws(DefinitionError) -> Configuration {
        let bytes: [UInt8]
        do { bytes = try FileSystem.readFile(path, limit: .configuration) } catch {
            throw DefinitionError(file: path, mark: nil, "cannot read the config file: \(error.message)")
        }
        return try parse(bytes, path: path, catalog: catalog, workingDirectory: workingDirectory)
    }

    /// A config file's text, read: `path` names it in errors and anchors its globs.
    package static func parse(_ bytes: [UInt8], path: String, catalog: RuleCatalog, workingDirectory: String) throws(DefinitionError)
        -> Configuration
    {
        let absolute = Path.absolute(path, from: workingDirectory)
        var configuration = Configuration(directory: Path.directory(of: absolute))
        configuration.path = path
        let root: YAMLNode
        do {
            guard let node = try YAMLParser.parse(String(decoding: bytes, as: UTF8.self)) else { return configuration }
            root = node
        } catch {
            throw DefinitionError(file: path, mark: error.mark, "invalid YAML: \(error.message)")
        }
        if root.isNull { return configuration }
        guard let pairs = root.mapping else {
            throw DefinitionError(file: path, mark: root.mark, "the config is a mapping with dialect, rules and exclude")
        }
        for pair in pairs {
            switch pair.key {
            case "dialect":
                guard let name = pair.value.string, catalog.dialects[name] != nil else {
                    throw DefinitionError(
                        file: path, mark: pair.value.mark,
                        "unknown dialect \"\(Messages.excerpt(pair.value.string ?? ""))\"; known: \(catalog.dialectNames.joined(separator: ", "))"
                    )
                }
                configuration.dialect = name
            case "rules":
                if pair.value.isNull { continue }
                guard let rulePairs = pair.value.mapping else {
                    throw DefinitionError(
                        file: path, mark: pair.value.mark, "rules maps rule ids to off, error, warning, info or a mapping of options")
                }
                for rulePair in rulePairs {
                    configuration.rules[rulePair.key] = try setting(
                        rulePair.key, rulePair.value, keyMark: rulePair.keyMark, file: path, catalog: catalog)
                }
            case "exclude":
                let items = pair.value.sequence ?? [pair.value]
                for item in items {
                    guard let pattern = item.string, !pattern.isEmpty else {
                        throw DefinitionError(file: path, mark: item.mark, "exclude holds glob patterns, such as \"vendor/**\"")
                    }
                    configuration.exclude.append(pattern)
                }
            default:
                let hint = Text.didYouMean(pair.key, in: ["dialect", "rules", "exclude"])
                throw DefinitionError(
                    file: path, mark: pair.keyMark,
                    "unknown key \"\(Messages.excerpt(pair.key))\" in the config\(hint) (known: dialect, rules, exclude)")
            }
        }
        return configuration
    }

    static func level(_ text: String) -> (off: Bool, severity: Severity?)? {
        if text == "off" { return (true, nil) }
        if let severity = Severity(rawValue: text) { return (false, severity) }
        return nil
    }

    static func setting(_ id: String, _ node: YAMLNode, keyMark: YAMLMark, file: String, catalog: RuleCatalog) throws(DefinitionError)
        -> RuleSetting
    {
        guard let rule = catalog.rule(id) else {
            let hint = Text.didYouMean(id, in: catalog.rules.map(\.id))
            throw DefinitionError(file: file, mark: keyMark, "unknown rule \"\(Messages.excerpt(id))\"\(hint)")
        }
        if let text = node.string {
            guard let (off, severity) = level(text) else {
                throw DefinitionError(
                    file: file, mark: node.mark,
                    "rule \(id) is off, error, warning or info, or a mapping of options; not \"\(Messages.excerpt(text))\"")
            }
            if off && rule.alwaysOn { throw DefinitionError(file: file, mark: node.mark, "rule \(id) cannot be turned off") }
            return RuleSetting(off: off, severity: severity)
        }
        guard let pairs = node.mapping else {
            throw DefinitionError(file: file, mark: node.mark, "rule \(id) is off, error, warning or info, or a mapping of options")
        }
        var setting = RuleSetting()
        setting.optionsFile = file
        let parameters = CheckRegistry.byName[rule.check]?.parameters ?? []
        for pair in pairs {
            if pair.key == "severity" {
                guard let text = pair.value.string, let (off, severity) = level(text) else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "severity is off, error, warning or info")
                }
                if off && rule.alwaysOn { throw DefinitionError(file: file, mark: pair.value.mark, "rule \(id) cannot be turned off") }
                setting.off = off
                setting.severity = severity
            } else if parameters.contains(pair.key) {
                setting.options[pair.key] = pair.value
            } else {
                let known = (["severity"] + parameters.sorted()).joined(separator: ", ")
                throw DefinitionError(
                    file: file, mark: pair.keyMark, "unknown option \"\(Messages.excerpt(pair.key))\" for rule \(id); it takes \(known)")
            }
        }
        return setting
    }

    /// Whether a file found in a directory search is excluded. `path` is as given
    /// (relative to the working directory, or absolute).
    package func excludes(_ path: String, workingDirectory: String) -> Bool {
        guard !exclude.isEmpty else { return false }
        // A trailing "/" marks a directory, so that "vendor/**" prunes the whole of vendor/.
        let suffix = path.hasSuffix("/") ? "/" : ""
        let absolute = Path.absolute(path, from: workingDirectory) + suffix
        let relative = Path.relative(absolute, to: directory)
        return exclude.contains { Glob.matches($0, relative) || Glob.matches($0, absolute) }
    }
}
