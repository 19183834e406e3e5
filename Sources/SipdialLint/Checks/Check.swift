/// The values a message fills in, by placeholder name. A few pairs in an array: a
/// finding holds half a dozen at most, and hashing each name would cost more.
public struct MessageValues: ExpressibleByDictionaryLiteral, Sendable {
    private var pairs: [(name: String, value: String)]

    public init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    public subscript(name: String) -> String? {
        get { pairs.first { Text.same($0.name, name) }?.value }
        set {
            if let index = pairs.firstIndex(where: { Text.same($0.name, name) }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }
}

/// What a check found: where, which kind of finding (selects the message template),
/// and the values its message fills in.
public struct Finding {
    public var range: ByteRange
    public var kind: String
    public var values: MessageValues

    public init(_ range: ByteRange, kind: String = "default", _ values: MessageValues = [:]) {
        self.range = range
        self.kind = kind
        self.values = values
    }
}

/// A compiled check: runs on one selected element and reports findings.
protocol Check: Sendable {
    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void)
}

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
        guard let value = try int(name) else { throw DefinitionError(file: file, mark: mark, "this check needs \"\(name)\" (a whole number)") }
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
            guard let text = item.string else { throw DefinitionError(file: optionOrigins[name] ?? file, mark: item.mark, "rule \(ruleID): \"\(name)\" must hold strings only") }
            result.append(text)
        }
        return result
    }

    func requiredStrings(_ name: String) throws(DefinitionError) -> [String] {
        guard let list = try strings(name) else { throw DefinitionError(file: file, mark: mark, "this check needs \"\(name)\" (a list)") }
        return list
    }
}

/// A built-in check as rule files name it: its parameters, the kinds of finding it
/// reports (each needs a message template), and how to compile it.
struct CheckType: Sendable {
    let name: String
    let parameters: Set<String>
    let kinds: [String]
    /// Parser checks run inside the parser, not on selected elements.
    let needsSelector: Bool
    let make: @Sendable (Parameters) throws(DefinitionError) -> Check

    init(_ name: String, parameters: Set<String> = [], kinds: [String] = ["default"], needsSelector: Bool = true,
         make: @escaping @Sendable (Parameters) throws(DefinitionError) -> Check) {
        self.name = name
        self.parameters = parameters
        self.kinds = kinds
        self.needsSelector = needsSelector
        self.make = make
    }
}

/// The check of the parser rules (`parser`) and of io-error (`input`): the parser and
/// the runner produce their findings, not a walk of the document.
struct ParserCheck: Check {
    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {}
}
