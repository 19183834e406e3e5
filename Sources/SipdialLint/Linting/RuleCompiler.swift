enum RuleCompiler {
    /// Checks what does not depend on the dialect: the check exists, its parameters
    /// are known, each kind of finding has a message, a selector is there when needed.
    /// With `templates`, each message template's placeholders are checked too (the built-in
    /// rules skip that at start-up, where it was a third of the work: the test suite
    /// loads them with it).
    static func validateShape(_ rule: RuleDefinition, templates: Bool = true) throws(DefinitionError) {
        guard let type = CheckRegistry.byName[rule.check] else {
            throw DefinitionError(
                file: rule.file, mark: rule.mark,
                "unknown check \"\(rule.check)\"; known checks: \(CheckRegistry.all.map(\.name).sorted().joined(separator: ", "))")
        }
        for (key, node) in rule.parameters where !type.parameters.contains(key) {
            let known = type.parameters.isEmpty ? "it takes none" : "it takes " + type.parameters.sorted().joined(separator: ", ")
            throw DefinitionError(file: rule.file, mark: node.mark, "unknown key \"\(key)\" for check \"\(rule.check)\"; \(known)")
        }
        if rule.messages["default"] == nil {
            for kind in type.kinds where rule.messages[kind] == nil {
                throw DefinitionError(
                    file: rule.file, mark: rule.mark, "message has no template for \"\(kind)\" findings of check \"\(rule.check)\"")
            }
        }
        for kind in rule.messages.keys.sorted() where kind != "default" && !type.kinds.contains(kind) {
            throw DefinitionError(
                file: rule.file, mark: rule.messageMarks[kind] ?? rule.mark,
                "message \"\(kind)\" is not a kind of finding of check \"\(rule.check)\" (\(type.kinds.joined(separator: ", ")))")
        }
        // Each template names only values its findings fill in; the default template,
        // only values that every kind it stands for fills in.
        for (kind, template) in rule.messages.sorted(by: { $0.key < $1.key }) where templates {
            let kinds = kind == "default" ? type.kinds.filter { rule.messages[$0] == nil } : [kind]
            let known = kinds.map(type.placeholders(of:)).reduce(type.placeholders(of: kinds.first ?? "default")) { $0.intersection($1) }
            for name in Template.placeholders(in: template) where !known.contains(name) {
                let hint = Text.nearest(to: name, in: known.sorted()).map { "; did you mean {\($0)}?" } ?? ""
                throw DefinitionError(
                    file: rule.file, mark: rule.messageMarks[kind] ?? rule.mark,
                    "message names {\(name)}, which check \"\(rule.check)\" does not fill in\(hint) (it fills in \(known.sorted().map { "{\($0)}" }.joined(separator: ", ")))"
                )
            }
        }
        // The fixes' kinds and placeholders, as the message templates (the test suite checks the built-in ones).
        if templates {
            for fix in rule.fixes { try fix.validate(for: type, rule: rule) }
        }
        if type.needsSelector && rule.select == nil {
            throw DefinitionError(file: rule.file, mark: rule.mark, "check \"\(rule.check)\" needs select: (an XPath such as //Dial)")
        }
    }

    /// A mapping with a `default:` key, or a key that names a loaded dialect, holds one
    /// value per dialect: the dialect's own, else the default. A key of such a
    /// mapping that names no loaded dialect is an error (a misspelt or missing dialect).
    static func resolve(_ node: YAMLNode, key: String, rule: RuleDefinition, dialect: String, known: Set<String>) throws(DefinitionError)
        -> YAMLNode?
    {
        guard let pairs = node.mapping, !pairs.isEmpty,
            pairs.contains(where: { $0.key == "default" || known.contains($0.key) })
        else { return node }
        for pair in pairs where pair.key != "default" && !known.contains(pair.key) {
            throw DefinitionError(
                file: rule.file, mark: pair.keyMark,
                "\(key): \"\(pair.key)\" is not a loaded dialect (loaded: \(known.sorted().joined(separator: ", "))); load its dialect file with --rules, or remove it"
            )
        }
        if let own = pairs.first(where: { $0.key == dialect }) { return own.value }
        if let fallback = pairs.first(where: { $0.key == "default" }) { return fallback.value }
        throw DefinitionError(
            file: rule.file, mark: node.mark,
            "\(key) has no value for dialect \(dialect); add \"\(dialect): …\" or \"default: …\"")
    }

    /// Compiles a rule for one dialect. Its parameters, from first to last, each laid over
    /// the one before: the rule file's (per dialect), the dialect file's, the config's.
    static func compile(
        _ rule: RuleDefinition, dialect: Dialect, options: [String: YAMLNode], optionsFile: String? = nil, severity: Severity,
        knownDialects: Set<String>
    ) throws(DefinitionError) -> CompiledRule {
        let type = CheckRegistry.byName[rule.check]!
        let known = knownDialects.contains(dialect.name) ? knownDialects : knownDialects.union([dialect.name])
        var values: [String: YAMLNode] = [:]
        for (key, node) in rule.parameters {
            if let resolved = try resolve(node, key: key, rule: rule, dialect: dialect.name, known: known) { values[key] = resolved }
        }
        var origins: [String: String] = [:]
        if case .parameters(let overrides)? = dialect.rules[rule.id] {
            for (key, node) in overrides {
                guard type.parameters.contains(key) else {
                    throw DefinitionError(
                        file: dialect.file, mark: node.mark,
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
