/// A rule's docs and examples, parsed once, on first use, from the part of its file that
/// holds them (a lint run never reads them).
/// (`loaded` is read and written under `lock` only.)
final class RuleExtras: @unchecked Sendable {
    struct Value: Sendable {
        var docs: RuleDocs
        var valid: [RuleExample]
        var invalid: [RuleExample]
    }

    private let load: @Sendable () -> Result<Value, DefinitionError>
    private var loaded: Value?
    private let lock = Lock()

    init(_ value: Value) {
        loaded = value
        load = { .success(value) }
    }

    init(load: @escaping @Sendable () -> Result<Value, DefinitionError>) {
        self.load = load
    }

    /// The parse error, if the docs or examples do not parse (tests check the built-in rules).
    var error: DefinitionError? {
        if case .failure(let error) = load() { return error }
        return nil
    }

    var value: Value {
        lock.withLock { () -> Value in
            if let loaded { return loaded }
            let value: Value
            switch load() {
            case .success(let parsed): value = parsed
            case .failure(let error):
                value = Value(
                    docs: RuleDocs(what: "(the docs do not parse: \(error.description))", why: "", example: nil, useInstead: nil),
                    valid: [], invalid: [])
            }
            loaded = value
            return value
        }
    }
}
