/// The parameters of one rule for one dialect, with per-dialect values resolved and
/// config options laid over them. Every accessor names the file and line on error.
struct Parameters {
    let values: [String: YAMLNode]
    let file: String
    let mark: YAMLMark
    let dialect: Dialect
    var ruleID = ""
    /// Options laid over the rule file's values, by the file they come from (a config).
    var optionOrigins: [String: String] = [:]

    init(values: [String: YAMLNode], file: String, mark: YAMLMark, dialect: Dialect) {
        self.values = values
        self.file = file
        self.mark = mark
        self.dialect = dialect
    }

    func error(_ name: String, _ message: String) -> DefinitionError {
        if let origin = optionOrigins[name] {
            return DefinitionError(file: origin, mark: values[name]?.mark ?? mark, "rule \(ruleID): \(message)")
        }
        return DefinitionError(file: file, mark: values[name]?.mark ?? mark, message)
    }

    func node(_ name: String) -> YAMLNode? { values[name] }

    func string(_ name: String) throws(DefinitionError) -> String? {
        guard let node = values[name] else { return nil }
        guard let text = node.string else { throw error(name, "\"\(name)\" must be a string") }
        return text
    }

    func requiredString(_ name: String) throws(DefinitionError) -> String {
        guard let text = try string(name) else { throw DefinitionError(file: file, mark: mark, "this check needs \"\(name)\"") }
        return text
    }

    func int(_ name: String) throws(DefinitionError) -> Int? {
        guard let node = values[name] else { return nil }
        guard let text = node.string, let value = Int(text) else { throw error(name, "\"\(name)\" must be a whole number") }
        return value
    }

    func requiredInt(_ name: String) throws(DefinitionError) -> Int {
        guard let value = try int(name) else {
            throw DefinitionError(file: file, mark: mark, "this check needs \"\(name)\" (a whole number)")
        }
        return value
    }

    func bool(_ name: String, default fallback: Bool) throws(DefinitionError) -> Bool {
        guard let node = values[name] else { return fallback }
        switch node.string {
        case "true"?: return true
        case "false"?: return false
        default: throw error(name, "\"\(name)\" must be true or false")
        }
    }

    /// A list of strings; a single scalar counts as a list of one.
    func strings(_ name: String) throws(DefinitionError) -> [String]? {
        guard let node = values[name] else { return nil }
        if let text = node.string { return [text] }
        guard let items = node.sequence else { throw error(name, "\"\(name)\" must be a list of strings") }
        var result: [String] = []
        for item in items {
            guard let text = item.string else {
                throw DefinitionError(
                    file: optionOrigins[name] ?? file, mark: item.mark, "rule \(ruleID): \"\(name)\" must hold strings only")
            }
            result.append(text)
        }
        return result
    }

    func requiredStrings(_ name: String) throws(DefinitionError) -> [String] {
        guard let list = try strings(name) else { throw DefinitionError(file: file, mark: mark, "this check needs \"\(name)\" (a list)") }
        return list
    }
}
