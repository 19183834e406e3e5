/// All rules and dialects a run knows: the built-in ones, compiled into the binary,
/// plus any a user adds with `--rules DIR`.
public struct RuleCatalog: Sendable {
    public private(set) var rules: [RuleDefinition] = []
    public private(set) var dialects: [String: Dialect] = [:]
    /// The dialect a run uses when none is named: the one whose file says `default: true`.
    public private(set) var defaultDialect = ""

    public init() {}

    public var dialectNames: [String] { dialects.keys.sorted() }

    public func rule(_ id: String) -> RuleDefinition? { rules.first { $0.id == id } }

    /// The rules and dialects built into the binary.
    /// Their YAML was parsed at build time: the cores are decoded here, without libyaml,
    /// and a rule's docs and examples are parsed only when first read.
    public static func builtin() throws(DefinitionError) -> RuleCatalog {
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
    /// a rule file, the text of its docs and examples.
    static func builtinForm(name: String, text: String) throws(YAMLError) -> (core: YAMLNode?, extras: String?) {
        guard !name.contains("/dialects/") else { return (try YAMLParser.parse(text), nil) }
        let parts = RuleFileSplitter.split(text)
        return (try YAMLParser.parse(parts.core), parts.extras)
    }

    /// Adds the rule and dialect files (`*.yml`, `*.yaml`) of a directory, searched recursively.
    public mutating func addDirectory(_ path: String) throws(DefinitionError) {
        guard FileSystem.kind(of: path) == .directory else {
            throw DefinitionError(file: path, mark: nil, "--rules needs a directory of rule files")
        }
        var files: [(name: String, text: String)] = []
        var pending = [path]
        while let directory = pending.popLast() {
            let names: [String]
            do { names = try FileSystem.entries(of: directory) } catch {
                throw DefinitionError(file: directory, mark: nil, "cannot read the rules directory: \(error.message)")
            }
            for name in names {
                let full = FileSystem.join(directory, name)
                switch FileSystem.kind(of: full) {
                case .directory where !name.hasPrefix("."): pending.append(full)
                case .file where name.hasSuffix(".yml") || name.hasSuffix(".yaml"):
                    do { files.append((full, String(decoding: try FileSystem.readFile(full), as: UTF8.self))) } catch {
                        throw DefinitionError(file: full, mark: nil, "cannot read: \(error.message)")
                    }
                default: continue
                }
            }
        }
        try add(files: files.sorted { $0.name < $1.name }, validate: true)
    }

    /// Adds rule and dialect files given as text. With `validate`, each rule is
    /// compiled for every dialect it names, so a bad XPath or parameter is caught now.
    public mutating func add(files: [(name: String, text: String)], validate: Bool) throws(DefinitionError) {
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
        for file in parsed where file.node["dialect"] != nil {
            let dialect = try Dialect.read(file.node, file: file.name)
            if let existing = dialects[dialect.name] {
                throw DefinitionError(file: file.name, mark: file.node["dialect"]?.mark,
                                      "dialect \"\(dialect.name)\" is already defined by \(existing.file); give this one a name of its own")
            }
            if dialect.isDefault {
                guard defaultDialect.isEmpty else {
                    throw DefinitionError(file: file.name, mark: file.node["default"]?.mark,
                                          "dialect \"\(defaultDialect)\" is the default already; pick a dialect with --dialect or dialect: in the config")
                }
                defaultDialect = dialect.name
            }
            dialects[dialect.name] = dialect
            addedDialects.append(dialect)
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
            try RuleCompiler.validateShape(rule)
            added.append(rule)
        }
        rules = (rules + added).sorted { $0.id < $1.id }
        for dialect in addedDialects {
            for id in dialect.rules.keys.sorted() where rule(id) == nil {
                throw DefinitionError(file: dialect.file, mark: dialect.ruleMarks[id],
                                      "unknown rule \"\(id)\"\(Text.didYouMean(id, in: rules.map(\.id)))")
            }
        }
        guard validate else { return }
        // Each new rule in every dialect it runs in, and every rule in each new dialect:
        // a bad XPath or parameter is caught now, with its file and line.
        let newIDs = Set(added.map(\.id))
        let newDialects = Set(addedDialects.map(\.name))
        for rule in rules {
            for name in rule.dialects(in: self) where newIDs.contains(rule.id) || newDialects.contains(name) {
                _ = try RuleCompiler.compile(rule, dialect: dialects[name]!, options: [:], severity: rule.severity, knownDialects: Set(dialectNames))
            }
        }
    }
}

/// A rule ready to run in one dialect: its selector and check compiled once.
final class CompiledRule: Sendable {
    let definition: RuleDefinition
    let severity: Severity
    let selector: Selector?
    let check: Check
    let isParserRule: Bool
    var isSuppressionRule: Bool { definition.check == "suppression" }

    /// The message templates by kind of finding, split once (a few, in a list: a lookup
    /// for each diagnostic costs less than hashing the kind).
    private let templates: [(kind: String, template: Template)]
    private let summary: Template

    init(definition: RuleDefinition, severity: Severity, selector: Selector?, check: Check, isParserRule: Bool) {
        self.definition = definition
        self.severity = severity
        self.selector = selector
        self.check = check
        self.isParserRule = isParserRule
        self.templates = definition.messages.sorted { $0.key < $1.key }.map { ($0.key, Template($0.value)) }
        self.summary = Template(definition.summary)
    }

    /// The diagnostic this rule reports for a finding.
    func diagnostic(for finding: Finding, dialect: String) -> Diagnostic {
        Diagnostic(rule: definition.id, severity: severity, message: message(for: finding, dialect: dialect), range: finding.range)
    }

    func message(for finding: Finding, dialect: String) -> String {
        let template = templates.first { Text.same($0.kind, finding.kind) }?.template
            ?? templates.first { Text.same($0.kind, "default") }?.template ?? summary
        return template.fill(finding.values, dialect: dialect)
    }
}

enum RuleCompiler {
    /// Checks what does not depend on the dialect: the check exists, its parameters
    /// are known, each kind of finding has a message, a selector is there when needed.
    static func validateShape(_ rule: RuleDefinition) throws(DefinitionError) {
        guard let type = CheckRegistry.byName[rule.check] else {
            throw DefinitionError(file: rule.file, mark: rule.mark, "unknown check \"\(rule.check)\"; known checks: \(CheckRegistry.all.map(\.name).sorted().joined(separator: ", "))")
        }
        for (key, node) in rule.parameters where !type.parameters.contains(key) {
            let known = type.parameters.isEmpty ? "it takes none" : "it takes " + type.parameters.sorted().joined(separator: ", ")
            throw DefinitionError(file: rule.file, mark: node.mark, "unknown key \"\(key)\" for check \"\(rule.check)\"; \(known)")
        }
        if rule.messages["default"] == nil {
            for kind in type.kinds where rule.messages[kind] == nil {
                throw DefinitionError(file: rule.file, mark: rule.mark, "message has no template for \"\(kind)\" findings of check \"\(rule.check)\"")
            }
        }
        for kind in rule.messages.keys where kind != "default" && !type.kinds.contains(kind) {
            throw DefinitionError(file: rule.file, mark: rule.mark, "message \"\(kind)\" is not a kind of finding of check \"\(rule.check)\" (\(type.kinds.joined(separator: ", ")))")
        }
        if type.needsSelector && rule.select == nil {
            throw DefinitionError(file: rule.file, mark: rule.mark, "check \"\(rule.check)\" needs select: (an XPath such as //Dial)")
        }
    }

    /// A mapping with a `default:` key, or a key that names a loaded dialect, holds one
    /// value per dialect: the dialect's own, else the default. A key of such a
    /// mapping that names no loaded dialect is an error (a misspelt or missing dialect).
    static func resolve(_ node: YAMLNode, key: String, rule: RuleDefinition, dialect: String, known: Set<String>) throws(DefinitionError) -> YAMLNode? {
        guard let pairs = node.mapping, !pairs.isEmpty,
              pairs.contains(where: { $0.key == "default" || known.contains($0.key) }) else { return node }
        for pair in pairs where pair.key != "default" && !known.contains(pair.key) {
            throw DefinitionError(file: rule.file, mark: pair.keyMark,
                                  "\(key): \"\(pair.key)\" is not a loaded dialect (loaded: \(known.sorted().joined(separator: ", "))); load its dialect file with --rules, or remove it")
        }
        if let own = pairs.first(where: { $0.key == dialect }) { return own.value }
        if let fallback = pairs.first(where: { $0.key == "default" }) { return fallback.value }
        throw DefinitionError(file: rule.file, mark: node.mark,
                              "\(key) has no value for dialect \(dialect); add \"\(dialect): …\" or \"default: …\"")
    }

    /// Compiles a rule for one dialect. Its parameters, from first to last, each laid over
    /// the one before: the rule file's (per dialect), the dialect file's, the config's.
    static func compile(_ rule: RuleDefinition, dialect: Dialect, options: [String: YAMLNode], optionsFile: String? = nil, severity: Severity,
                        knownDialects: Set<String>) throws(DefinitionError) -> CompiledRule {
        let type = CheckRegistry.byName[rule.check]!
        let known = knownDialects.union([dialect.name])
        var values: [String: YAMLNode] = [:]
        for (key, node) in rule.parameters {
            if let resolved = try resolve(node, key: key, rule: rule, dialect: dialect.name, known: known) { values[key] = resolved }
        }
        var origins: [String: String] = [:]
        if case .parameters(let overrides)? = dialect.rules[rule.id] {
            for (key, node) in overrides {
                guard type.parameters.contains(key) else {
                    throw DefinitionError(file: dialect.file, mark: node.mark,
                                          "rule \(rule.id) has no parameter \"\(key)\"\(Text.didYouMean(key, in: type.parameters.sorted()))")
                }
                values[key] = node
                origins[key] = dialect.file
            }
        }
        for (key, node) in options {
            values[key] = node
            if let optionsFile { origins[key] = optionsFile }
        }
        var parameters = Parameters(values: values, file: rule.file, mark: rule.mark, dialect: dialect)
        parameters.ruleID = rule.id
        parameters.optionOrigins = origins
        let check = try type.make(parameters)
        var selector: Selector?
        if type.needsSelector, let node = rule.select {
            guard let resolved = try resolve(node, key: "select", rule: rule, dialect: dialect.name, known: known) else {
                throw DefinitionError(file: rule.file, mark: node.mark, "select has no expression for dialect \(dialect.name)")
            }
            guard let expression = resolved.string else {
                throw DefinitionError(file: rule.file, mark: resolved.mark, "select must be an XPath string, or one per dialect")
            }
            selector = try Selector(expression, file: rule.file, mark: resolved.mark)
        }
        return CompiledRule(definition: rule, severity: severity, selector: selector, check: check, isParserRule: !type.needsSelector)
    }
}

/// A message template, split once into text and `{name}` placeholders; `{dialect}` is
/// always known, and a placeholder without a value stays as written.
struct Template {
    private enum Piece {
        case text(String)
        case placeholder(name: String, written: String)
    }

    private let pieces: [Piece]
    /// The UTF-8 length of the text pieces, and how many there are.
    private let textLength: Int
    private let textPieces: Int

    init(_ template: String) {
        // Over UTF-8 bytes: `{` and `}` are ASCII, so they never fall inside a character.
        let bytes = template.utf8
        var pieces: [Piece] = []
        var index = bytes.startIndex
        var copied = index
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if copied < open { pieces.append(.text(String(template[copied..<open]))) }
            let after = bytes.index(after: close)
            pieces.append(.placeholder(name: String(template[bytes.index(after: open)..<close]), written: String(template[open..<after])))
            copied = after
            index = after
        }
        if copied < template.endIndex { pieces.append(.text(String(template[copied...]))) }
        self.pieces = pieces
        var textLength = 0
        var textPieces = 0
        for piece in pieces {
            if case .text(let text) = piece {
                textLength += text.utf8.count
                textPieces += 1
            }
        }
        self.textLength = textLength
        self.textPieces = textPieces
    }

    func fill(_ values: MessageValues, dialect: String) -> String {
        var out = ""
        // Room for the text and a typical value per placeholder: one allocation.
        out.reserveCapacity(textLength + 24 * (pieces.count - textPieces))
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .placeholder(let name, let written): out += Text.same(name, "dialect") ? dialect : values[name] ?? written
            }
        }
        return out
    }
}
