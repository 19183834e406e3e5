/// `.sipdial-lint.yml`: the dialect, per-rule settings and exclude globs. Every error
/// names the file, line and column.
public struct Configuration: Sendable {
    public static let fileName = ".sipdial-lint.yml"

    public var path: String?
    /// The absolute directory the exclude globs are relative to.
    public var directory: String
    public var dialect: String?
    public var rules: [String: RuleSetting] = [:]
    public var exclude: [String] = []

    public init(directory: String) {
        self.directory = directory
    }

    /// The nearest `.sipdial-lint.yml` in `directory` or one of its parents.
    public static func discover(from directory: String) -> String? {
        var current = Path.normalize(directory)
        while true {
            let candidate = FileSystem.join(current, fileName)
            if FileSystem.kind(of: candidate) == .file { return candidate }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    public static func load(_ path: String, catalog: RuleCatalog, workingDirectory: String) throws(DefinitionError) -> Configuration {
        let bytes: [UInt8]
        do { bytes = try FileSystem.readFile(path) } catch {
            throw DefinitionError(file: path, mark: nil, "cannot read the config file: \(error.message)")
        }
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
                    throw DefinitionError(file: path, mark: pair.value.mark, "unknown dialect \"\(pair.value.string ?? "")\"; known: \(catalog.dialectNames.joined(separator: ", "))")
                }
                configuration.dialect = name
            case "rules":
                if pair.value.isNull { continue }
                guard let rulePairs = pair.value.mapping else {
                    throw DefinitionError(file: path, mark: pair.value.mark, "rules maps rule ids to off, error, warning, info or a mapping of options")
                }
                for rulePair in rulePairs {
                    configuration.rules[rulePair.key] = try setting(rulePair.key, rulePair.value, keyMark: rulePair.keyMark, file: path, catalog: catalog)
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
                throw DefinitionError(file: path, mark: pair.keyMark, "unknown key \"\(pair.key)\" in the config\(hint) (known: dialect, rules, exclude)")
            }
        }
        return configuration
    }

    static func level(_ text: String) -> (off: Bool, severity: Severity?)? {
        if text == "off" { return (true, nil) }
        if let severity = Severity(rawValue: text) { return (false, severity) }
        return nil
    }

    static func setting(_ id: String, _ node: YAMLNode, keyMark: YAMLMark, file: String, catalog: RuleCatalog) throws(DefinitionError) -> RuleSetting {
        guard let rule = catalog.rule(id) else {
            let hint = Text.didYouMean(id, in: catalog.rules.map(\.id))
            throw DefinitionError(file: file, mark: keyMark, "unknown rule \"\(id)\"\(hint)")
        }
        if let text = node.string {
            guard let (off, severity) = level(text) else {
                throw DefinitionError(file: file, mark: node.mark, "rule \(id) is off, error, warning or info, or a mapping of options; not \"\(text)\"")
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
                throw DefinitionError(file: file, mark: pair.keyMark, "unknown option \"\(pair.key)\" for rule \(id); it takes \(known)")
            }
        }
        return setting
    }

    /// Whether a file found in a directory search is excluded. `path` is as given
    /// (relative to the working directory, or absolute).
    public func excludes(_ path: String, workingDirectory: String) -> Bool {
        guard !exclude.isEmpty else { return false }
        // A trailing "/" marks a directory, so that "vendor/**" prunes the whole of vendor/.
        let suffix = path.hasSuffix("/") ? "/" : ""
        let absolute = Path.absolute(path, from: workingDirectory) + suffix
        let relative = Path.relative(absolute, to: directory)
        return exclude.contains { Glob.matches($0, relative) || Glob.matches($0, absolute) }
    }
}

/// Path arithmetic on strings, without Foundation.
enum Path {
    static func normalize(_ path: String) -> String {
        if isNormal(path) { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Whether no segment of `path` is empty, "." or ".." (most paths: a directory walk
    /// builds them so), in which case normalizing would give it back unchanged.
    private static func isNormal(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/")
        guard let last = path.utf8.last, last != slash else { return false }
        func special(_ length: Int, _ dots: Int) -> Bool { length == 0 || (length == dots && dots <= 2) }
        var length = 0
        var dots = 0
        for (offset, byte) in path.utf8.enumerated() {
            if byte == slash {
                if offset == 0 { continue }
                if special(length, dots) { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !special(length, dots)
    }

    static func absolute(_ path: String, from directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `base` when it lies below it, else `path` itself.
    static func relative(_ path: String, to base: String) -> String {
        if base == "/" { return String(path.dropFirst()) }
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}

/// Glob patterns as `.gitignore` users expect: `*` and `?` within one path segment,
/// `**` across segments, `[abc]` classes; a pattern without `/` matches a name at
/// any depth.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        return match(Array(pattern.utf8)[...], Array(path.utf8)[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern
        var t = text
        while let first = p.first {
            if first == 0x2A /* * */ {
                if p.dropFirst().first == 0x2A {
                    // "**": any number of segments; "**/" may also match nothing.
                    var rest = p.dropFirst(2)
                    if rest.first == 0x2F { rest = rest.dropFirst() }
                    var index = t.startIndex
                    while true {
                        if match(rest, t[index...]) { return true }
                        if index == t.endIndex { return false }
                        index += 1
                    }
                }
                let rest = p.dropFirst()
                var index = t.startIndex
                while true {
                    if match(rest, t[index...]) { return true }
                    if index == t.endIndex || t[index] == 0x2F { return false }
                    index += 1
                }
            }
            guard let character = t.first else { return false }
            if first == 0x3F /* ? */ {
                if character == 0x2F { return false }
            } else if first == 0x5B /* [ */, let close = p.dropFirst().firstIndex(of: 0x5D) {
                var set = p[(p.startIndex + 1)..<close]
                let negate = set.first == 0x21
                if negate { set = set.dropFirst() }
                var found = false
                var index = set.startIndex
                while index < set.endIndex {
                    if index + 2 < set.endIndex, set[index + 1] == 0x2D {
                        if (set[index]...set[index + 2]).contains(character) { found = true }
                        index += 3
                    } else {
                        if set[index] == character { found = true }
                        index += 1
                    }
                }
                if found == negate { return false }
                p = p[(close + 1)...]
                t = t.dropFirst()
                continue
            } else if first != character {
                return false
            }
            p = p.dropFirst()
            t = t.dropFirst()
        }
        return t.isEmpty
    }
}
