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
        let user = getuid()
        // Whom a file may belong to and still be trusted: the user, root, and the owner of
        // the working directory (a checkout mounted into a container as another uid).
        var trusted: Set<uid_t> = [user, 0]
        if let owner = owners(of: start).first { trusted.insert(owner) }
        var chain: [String] = []
        var current = start
        var repositoryRoot: String?
        var notes: [String] = []
        while true {
            chain.append(current)
            // A `.git` that someone else could have put there (an empty /tmp/.git) does not
            // make a repository: its config would then be read unchecked.
            let git = FileSystem.join(current, ".git")
            let gitOwners = owners(of: git)
            if !gitOwners.isEmpty {
                if gitOwners.allSatisfy(trusted.contains) {
                    repositoryRoot = current
                    break
                }
                notes.append(
                    "note: \(Text.escaped(git)) belongs to uid \(gitOwners[0]), neither you nor root: it is not taken as a repository")
            }
            guard current != "/", let slash = current.lastIndex(of: "/") else { break }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
        var discovery = Discovery()
        for folder in chain {
            let candidate = FileSystem.join(folder, fileName)
            // Whatever the name is (a FIFO, a dangling link) but a directory, it is the
            // config, and reading it says what is wrong: a broken config is not passed over
            // for a parent's.
            guard FileSystem.kind(of: candidate, followLinks: false) != .missing, FileSystem.kind(of: candidate) != .directory else {
                continue
            }
            // Above the working directory and outside any repository, the entry (and, for
            // a link, what it points to) must belong to a trusted user; a dangling link
            // belongs to no one.
            if repositoryRoot == nil, folder != start {
                let candidateOwners = owners(of: candidate)
                if let stranger = candidateOwners.first(where: { !trusted.contains($0) }) {
                    notes.append(
                        "note: ignoring \(Text.escaped(candidate)): it is outside any git repository, above the current directory, "
                            + "and owned by uid \(stranger), neither you nor root")
                    continue
                }
                if candidateOwners.count < 2 && FileSystem.kind(of: candidate, followLinks: false) == .other
                    && FileSystem.kind(of: candidate) == .missing
                {
                    notes.append("note: ignoring \(Text.escaped(candidate)): a link to a missing file, outside any git repository")
                    continue
                }
            }
            discovery.path = candidate
            break
        }
        discovery.notes = notes
        return discovery
    }

    /// The owner of the entry itself and, for a symbolic link, of what it points to; empty
    /// when nothing is there.
    private static func owners(of path: String) -> [uid_t] {
        var info = stat()
        guard lstat(path, &info) == 0 else { return [] }
        var found = [info.st_uid]
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) == 0 { found.append(info.st_uid) }
        return found
    }

    package static func load(_ path: String, catalog: inout RuleCatalog, workingDirectory: String) throws(DefinitionError)
        -> Configuration
    {
        let bytes: [UInt8]
        do { bytes = try FileSystem.readFile(path, limit: .configuration) } catch {
            throw DefinitionError(file: path, mark: nil, "cannot read the config file: \(error.message)")
        }
        return try parse(bytes, path: path, catalog: &catalog, workingDirectory: workingDirectory)
    }

    static let keys = ["dialect", "rules", "exclude", "rule-directories"]

    /// A config file's text, read: `path` names it in errors and anchors its globs and
    /// its rule directories, whose rules and dialects are added to `catalog` first.
    package static func parse(_ bytes: [UInt8], path: String, catalog: inout RuleCatalog, workingDirectory: String) throws(DefinitionError)
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
            throw DefinitionError(file: path, mark: root.mark, "the config is a mapping with dialect, rules, exclude and rule-directories")
        }
        for pair in pairs where pair.key == "rule-directories" {
            for item in pair.value.sequence ?? [pair.value] {
                guard let directory = item.string, !directory.isEmpty else {
                    throw DefinitionError(file: path, mark: item.mark, "rule-directories holds directories of rule and dialect files")
                }
                let full = Path.absolute(directory, from: configuration.directory)
                do throws(DefinitionError) { try catalog.addDirectory(full) } catch {
                    guard error.file == full else { throw error }
                    throw DefinitionError(file: path, mark: item.mark, "rule-directories: \(directory): \(error.message)")
                }
            }
        }
        for pair in pairs {
            switch pair.key {
            case "rule-directories":
                continue
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
                let hint = Text.didYouMean(pair.key, in: keys)
                throw DefinitionError(
                    file: path, mark: pair.keyMark,
                    "unknown key \"\(Messages.excerpt(pair.key))\" in the config\(hint) (known: \(keys.joined(separator: ", ")))")
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
