/// A rule as its file declares it. Parameters the check reads are kept as YAML nodes
/// and resolved per dialect when the rule is compiled.
package struct RuleDefinition: Sendable {
    /// The dialects a rule runs in, as its file says: `all` (every dialect loaded when
    /// the run starts, a user's own included) or a list.
    package enum Scope: Sendable, Equatable {
        case all
        case only([String])
    }

    package var id: String
    package var severity: Severity
    package var scope: Scope
    package var summary: String
    package var check: String
    package var select: YAMLNode?
    package var messages: [String: String]
    /// Where each message template is written, for errors.
    var messageMarks: [String: YAMLMark] = [:]
    /// Docs and examples, parsed when first read (a lint run never reads them).
    var extras: RuleExtras
    package var docs: RuleDocs { extras.value.docs }
    package var valid: [RuleExample] { extras.value.valid }
    package var invalid: [RuleExample] { extras.value.invalid }
    /// Rules such as io-error cannot be turned off.
    package var alwaysOn: Bool
    /// The fixes the rule offers, by kind of finding (its file's `fix:`).
    package var fixes: [FixDeclaration] = []
    package var parameters: [String: YAMLNode]
    package var file: String
    package var mark: YAMLMark

    /// Whether the rule runs in a dialect: by its scope, unless the dialect file turns it
    /// off; a dialect file that gives the rule parameters turns it on.
    package func applies(to dialect: Dialect) -> Bool {
        switch dialect.rules[id] {
        case .off?: return false
        case .parameters?: return true
        case nil:
            if case .only(let names) = scope { return names.contains(dialect.name) }
            return true
        }
    }

    /// The names of the catalog's dialects the rule runs in.
    package func dialects(in catalog: RuleCatalog) -> [String] {
        catalog.dialectNames.filter { applies(to: catalog.dialects[$0]!) }
    }
}
