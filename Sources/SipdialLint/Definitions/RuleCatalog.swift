#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// All rules and dialects a run knows: the built-in ones, compiled into the binary,
/// plus any a user adds with `--rules DIR`.
package struct RuleCatalog: Sendable {
    package private(set) var rules: [RuleDefinition] = []
    package private(set) var dialects: [String: Dialect] = [:]
    /// The dialect a run uses when none is named: the one whose file says `default: true`.
    package private(set) var defaultDialect = ""
    /// The directories read by `addDirectory`, resolved.
    private var loadedDirectories: Set<String> = []

    package init() {}

    package var dialectNames: [String] { dialects.keys.sorted() }

    package func rule(_ id: String) -> RuleDefinition? { rules.first { $0.id == id } }

    /// The rules and dialects built into the binary.
    /// Their YAML was parsed at build time: the cores are decoded here, without libyaml,
    /// and a rule's docs and examples are parsed only when first read.
    package static func builtin() throws(DefinitionError) -> RuleCatalog {
        var catalog = RuleCatalog()
        var parsed: [ParsedFile] = []
        parsed.reserveCapacity(BuiltinRules.files.count)
        for file in BuiltinRules.files {
            guard let node = CompactYAML.decode(file.core) else {
                throw DefinitionError(file: file.name, mark: nil, "the built-in form of this file does not decode; run make generate")
            }
            parsed.append(ParsedFile(name: file.name, node: node, extrasText: file.extras))
        }
        try catalog.add(parsed: parsed, validate: false)
        return catalog
    }

    /// A rule or dialect file as a tree; a rule file's docs and examples may be left as
    /// text (the file with its core blanked), to be parsed when first read.
    struct ParsedFile {
        var name: String
        var node: YAMLNode
        var extrasText: String?
    }

    /// What the generated built-in form holds for one file: its core as a tree, and, for
    /// a rule file, the text of its docs and examples; for a dialect file, its elements
    /// in compact form, decoded when first used (without their examples: the tests read
    /// those from the file).
    static func builtinForm(name: String, text: String) throws(YAMLError) -> (core: YAMLNode?, extras: String?) {
        guard !name.contains("/dialects/") else {
            guard let root = try YAMLParser.parse(text) else { return (nil, nil) }
            let form = DialectFileReader.builtinForm(root)
            return (form.header, form.elements)
        }
        let parts = RuleFileSplitter.split(text)
        return (try YAMLParser.parse(parts.core), parts.extras)
    }

    /// The most rule and dialect files a `--rules` directory may hold.
    package static let maximumRuleFiles = 10_000

    /// Adds the rule and dialect files (`*.yml`, `*.yaml`) of a directory, searched
    /// recursively: hidden directories are skipped and links to directories are not
    /// followed (two links to "." would make the walk endless), a link to a file is read,
    /// and a `*.yml` that is not a regular file, or one file more than `maximumFiles`,
    /// is an error.
    package mutating func addDirectory(_ path: String, maximumFiles: Int = maximumRuleFiles) throws(DefinitionError) {
        guard FileSystem.kind(of: path) == .directory else {
            throw DefinitionError(file: path, mark: nil, "not a directory of rule and dialect files")
        }
        // A directory named twice (on the command line and in the config) is read once.
        guard let real = realpath(path, nil) else {
            throw DefinitionError(file: path, mark: nil, "cannot read the rules directory")
        }
        defer { free(real) }
        guard loadedDirectories.insert(String(cString: real)).inserted else { return }
        var files: [(name: String, text: String)] = []
        var pending = [FilePath(path)]
        while let directory = pending.popLast() {
            let entries: [FileSystem.Entry]
            do { entries = try FileSystem.listing(of: directory) } catch {
                throw DefinitionError(file: directory.display, mark: nil, "cannot read the rules directory: \(error.message)")
            }
            for entry in entries {
                let full = directory.appending(entry.bytes)
                let kind = entry.kind ?? FileSystem.kind(of: full, followLinks: false)
                if kind == .directory {
                    if !entry.hasPrefix(".") { pending.append(full) }
                    continue
                }
                guard entry.hasSuffix(".yml") || entry.hasSuffix(".yaml") else { continue }
                if kind != .file {
                    switch FileSystem.target(of: full) {
                    case .file: break
                    case .directory: continue
                    case .unlintable(let reason): throw DefinitionError(file: full.display, mark: nil, "cannot read: \(reason)")
                    }
                }
                guard files.count < maximumFiles else {
                    throw DefinitionError(
                        file: path, mark: nil,
                        "more than \(maximumFiles) rule and dialect files, the limit for a --rules directory; name the directory that holds your rules"
                    )
                }
                do { files.append((full.display, String(decoding: try FileSystem.readFile(full, limit: .rules), as: UTF8.self))) } catch {
                    throw DefinitionError(file: full.display, mark: nil, "cannot read: \(error.message)")
                }
            }
        }
        try add(files: files.sorted { $0.name < $1.name }, validate: true)
    }

    /// Adds rule and dialect files given as text. With `validate`, each rule is
    /// compiled for every dialect it names, so a bad XPath or parameter is caught now.
    package mutating func add(files: [(name: String, text: String)], validate: Bool) throws(DefinitionError) {
        var parsed: [ParsedFile] = []
        for file in files {
            let node: YAMLNode?
            do throws(YAMLError) { node = try YAMLParser.parse(file.text) } catch {
                throw DefinitionError(file: file.name, mark: error.mark, "invalid YAML: \(error.message)")
            }
            guard let node else {
                throw DefinitionError(file: file.name, mark: nil, "empty file: expected a rule (id: …) or a dialect (dialect: …)")
            }
            parsed.append(ParsedFile(name: file.name, node: node))
        }
        try add(parsed: parsed, validate: validate)
    }

    mutating func add(parsed: [ParsedFile], validate: Bool) throws(DefinitionError) {
        var addedDialects: [Dialect] = []
        // A dialect that extends another is read after it: each pass reads the files
        // whose base is known, until none is left (or none can be read).
        var pending = parsed.filter { $0.node["dialect"] != nil }
        while !pending.isEmpty {
            var waiting: [ParsedFile] = []
            var progressed = false
            for file in pending {
                let baseName = try DialectFileReader.base(of: file.node, file: file.name)
                if let baseName, dialects[baseName] == nil {
                    waiting.append(file)
                    continue
                }
                progressed = true
                let dialect = try DialectFileReader.read(
                    file.node, file: file.name, base: baseName.flatMap { dialects[$0] }, builtinElements: file.extrasText)
                try add(dialect, from: file)
                addedDialects.append(dialect)
            }
            if !progressed, let file = waiting.first {
                let baseName = try DialectFileReader.base(of: file.node, file: file.name) ?? ""
                let known = dialectNames + waiting.compactMap { $0.node["dialect"]?.string }
                throw DefinitionError(
                    file: file.name, mark: file.node["extends"]?.mark,
                    known.contains(baseName)
                        ? "dialect \"\(baseName)\" extends, directly or not, this dialect itself"
                        : "extends unknown dialect \"\(baseName)\"\(Text.didYouMean(baseName, in: known)); known: \(known.sorted().joined(separator: ", "))"
                )
            }
            pending = waiting
        }
        var added: [RuleDefinition] = []
        for file in parsed where file.node["dialect"] == nil {
            let (name, node) = (file.name, file.node)
            guard node["id"] != nil else {
                throw DefinitionError(file: name, mark: node.mark, "not a rule file (no id:) nor a dialect file (no dialect:)")
            }
            let rule: RuleDefinition
            if let extras = file.extrasText {
                rule = try RuleFileReader.read(core: node, extrasText: extras, file: name, dialects: dialectNames)
            } else {
                rule = try RuleFileReader.read(node, file: name, dialects: dialectNames)
            }
            if rules.contains(where: { $0.id == rule.id }) || added.contains(where: { $0.id == rule.id }) {
                throw DefinitionError(file: name, mark: node["id"]?.mark, "rule id \"\(rule.id)\" is already defined")
            }
            try RuleCompiler.validateShape(rule, templates: validate)
            added.append(rule)
        }
        rules = (rules + added).sorted { $0.id < $1.id }
        for dialect in addedDialects {
            for id in dialect.rules.keys.sorted() where rule(id) == nil {
                throw DefinitionError(
                    file: dialect.file, mark: dialect.ruleMarks[id],
                    "unknown rule \"\(id)\"\(Text.didYouMean(id, in: rules.map(\.id)))")
            }
            for (id, setting) in dialect.rules.sorted(by: { $0.key < $1.key }) where rule(id)?.alwaysOn == true {
                if case .off = setting {
                    throw DefinitionError(file: dialect.file, mark: dialect.ruleMarks[id], "rule \(id) cannot be turned off")
                }
            }
        }
        guard validate else { return }
        // Each new rule in every dialect it runs in, and every rule in each new dialect:
        // a bad XPath or parameter is caught now, with its file and line.
        let newIDs = Set(added.map(\.id))
        let newDialects = Set(addedDialects.map(\.name))
        let known = Set(dialectNames)
        for rule in rules {
            for name in rule.dialects(in: self) where newIDs.contains(rule.id) || newDialects.contains(name) {
                _ = try RuleCompiler.compile(
                    rule, dialect: dialects[name]!, options: [:], severity: rule.severity, knownDialects: known)
            }
        }
    }

    private mutating func add(_ dialect: Dialect, from file: ParsedFile) throws(DefinitionError) {
        if let existing = dialects[dialect.name] {
            throw DefinitionError(
                file: file.name, mark: file.node["dialect"]?.mark,
                "dialect \"\(dialect.name)\" is already defined by \(existing.file); give this one a name of its own")
        }
        if dialect.isDefault {
            guard defaultDialect.isEmpty else {
                throw DefinitionError(
                    file: file.name, mark: file.node["default"]?.mark,
                    "dialect \"\(defaultDialect)\" is the default already; pick a dialect with --dialect or dialect: in the config")
            }
            defaultDialect = dialect.name
        }
        dialects[dialect.name] = dialect
    }
}
