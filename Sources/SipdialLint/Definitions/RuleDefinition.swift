/// A rule as its file declares it. Parameters the check reads are kept as YAML nodes
/// and resolved per dialect when the rule is compiled.
public struct RuleDefinition: Sendable {
    /// The dialects a rule runs in, as its file says: `all` (every dialect loaded when
    /// the run starts, a user's own included) or a list.
    public enum Scope: Sendable, Equatable {
        case all
        case only([String])
    }

    public var id: String
    public var severity: Severity
    public var scope: Scope
    public var summary: String
    public var check: String
    public var select: YAMLNode?
    public var messages: [String: String]
    /// Where each message template is written, for errors.
    var messageMarks: [String: YAMLMark] = [:]
    /// Docs and examples, parsed when first read (a lint run never reads them).
    var extras: RuleExtras
    public var docs: RuleDocs { extras.value.docs }
    public var valid: [RuleExample] { extras.value.valid }
    public var invalid: [RuleExample] { extras.value.invalid }
    /// Rules such as io-error cannot be turned off.
    public var alwaysOn: Bool
    public var parameters: [String: YAMLNode]
    public var file: String
    public var mark: YAMLMark

    /// Whether the rule runs in a dialect: by its scope, unless the dialect file turns it
    /// off; a dialect file that gives the rule parameters turns it on.
    public func applies(to dialect: Dialect) -> Bool {
        switch dialect.rules[id] {
        case .off?: return false
        case .parameters?: return true
        case nil:
            if case .only(let names) = scope { return names.contains(dialect.name) }
            return true
        }
    }

    /// The names of the catalog's dialects the rule runs in.
    public func dialects(in catalog: RuleCatalog) -> [String] {
        catalog.dialectNames.filter { applies(to: catalog.dialects[$0]!) }
    }
}
