/// One platform's markup: its elements, their attributes and types, the children each
/// may hold, the text each takes, and the rule parameters that differ on this platform.
/// Loaded from a dialect file (`Rules/dialects/NAME.yml`, or one of a `--rules`
/// directory) by `DialectFileReader`; a dialect may extend another.
package struct Dialect: Sendable {
    /// What a dialect file says of one rule: off in this dialect, or parameters laid
    /// over the rule file's (which also turns on a rule the rule file keeps to other
    /// dialects).
    package enum RuleSetting: Sendable {
        case off
        case parameters([String: YAMLNode])
    }

    package var name: String
    package var title: String
    /// The dialect this one extends (`extends:`), if any.
    package var base: String?
    /// The dialect a run uses when none is named (one of the built-in dialects says so).
    package var isDefault: Bool
    /// Its elements, by name (built on first use for a built-in dialect).
    package var elements: [String: ElementSpec] { table.elements }
    /// The names of `elements`, sorted (for did-you-mean hints).
    package var elementNames: [String] { table.names }
    let table: ElementTable
    package var rules: [String: RuleSetting]
    /// Where each rule id is named in `rules`, for errors.
    var ruleMarks: [String: YAMLMark]
    package var file: String
    /// The platform's reference page the dialect is read from (`source:`), if given.
    package var source: String? = nil

    package func element(_ name: String) -> ElementSpec? { table.element(name) }

    /// Its element and attribute names.
    package var vocabulary: [String] { table.vocabulary }

    /// How much the dialect declares: the verbs (what the root, `<Response>`, may hold),
    /// the other verbs and nouns (names that start with a capital letter; SSML tags are
    /// lower case), and the attributes of all its elements.
    package var counts: (verbs: Int, nouns: Int, attributes: Int) {
        let verbs = Set(elements["Response"]?.children ?? [])
        let nouns = elements.keys.filter { $0 != "Response" && !verbs.contains($0) && $0.first?.isUppercase == true }
        return (verbs.count, nouns.count, elements.values.reduce(0) { $0 + ($1.attributes?.count ?? 0) })
    }

    /// The elements that may hold an element of this name.
    package func parents(of name: String) -> [String] {
        elements.values.filter { $0.children?.contains(name) == true }.map(\.name).sorted()
    }
}
