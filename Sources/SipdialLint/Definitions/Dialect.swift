/// One platform's markup: its elements, their attributes and types, the children each
/// may hold, and the rule parameters that differ on this platform. Loaded from a dialect
/// file (`Rules/dialects/NAME.yml`, or one of a `--rules` directory).
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
    /// The dialect a run uses when none is named (one of the built-in dialects says so).
    package var isDefault: Bool
    package var elements: [String: ElementSpec]
    package var rules: [String: RuleSetting]
    /// Where each rule id is named in `rules`, for errors.
    var ruleMarks: [String: YAMLMark]
    package var file: String

    package func element(_ name: String) -> ElementSpec? { elements[name] }

    static let keys = ["dialect", "title", "default", "elements", "rules"]

    static func read(_ root: YAMLNode, file: String) throws(DefinitionError) -> Dialect {
        guard let name = root["dialect"]?.string, RuleFileReader.isRuleID(name) else {
            throw DefinitionError(file: file, mark: root.mark, "a dialect file starts with dialect: NAME (lower-case)")
        }
        for pair in root.mapping ?? [] where !keys.contains(pair.key) {
            throw DefinitionError(
                file: file, mark: pair.keyMark, "unknown key \"\(pair.key)\" in a dialect file; expected \(keys.joined(separator: ", "))")
        }
        let isDefault = try root.flag("default", file: file)
        var rules: [String: RuleSetting] = [:]
        var ruleMarks: [String: YAMLMark] = [:]
        if let node = root["rules"] {
            guard let pairs = node.mapping else {
                throw DefinitionError(file: file, mark: node.mark, "\"rules\" maps rule ids to off or to a mapping of parameters")
            }
            for pair in pairs {
                ruleMarks[pair.key] = pair.keyMark
                if pair.value.string == "off" {
                    rules[pair.key] = .off
                } else if let parameters = pair.value.mapping {
                    rules[pair.key] = .parameters(Dictionary(parameters.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }))
                } else if pair.value.isNull {
                    rules[pair.key] = .parameters([:])
                } else {
                    throw DefinitionError(
                        file: file, mark: pair.value.mark, "rule \"\(pair.key)\": write off, or a mapping of its parameters")
                }
            }
        }
        guard let title = root["title"]?.string else {
            throw DefinitionError(file: file, mark: root.mark, "a dialect file needs a title")
        }
        guard let elementPairs = root["elements"]?.mapping else {
            throw DefinitionError(file: file, mark: root.mark, "a dialect file needs a mapping \"elements\"")
        }
        var elements: [String: ElementSpec] = [:]
        for pair in elementPairs {
            var attributes: [(name: String, type: AttributeType)]?
            var children: [String]?
            if !pair.value.isNull {
                guard let fields = pair.value.mapping else {
                    throw DefinitionError(
                        file: file, mark: pair.value.mark,
                        "element \"\(pair.key)\" must be a mapping with attributes and children, or empty")
                }
                for field in fields {
                    switch field.key {
                    case "attributes":
                        guard let attributePairs = field.value.mapping else {
                            throw DefinitionError(file: file, mark: field.value.mark, "attributes must be a mapping of names to types")
                        }
                        var list: [(name: String, type: AttributeType)] = []
                        for attribute in attributePairs {
                            list.append((attribute.key, try attributeType(attribute.value, file: file)))
                        }
                        attributes = list
                    case "children":
                        guard let items = field.value.sequence else {
                            throw DefinitionError(file: file, mark: field.value.mark, "children must be a list of element names")
                        }
                        children = items.compactMap(\.string)
                    default:
                        throw DefinitionError(
                            file: file, mark: field.keyMark, "unknown key \"\(field.key)\"; an element has attributes and children")
                    }
                }
            }
            elements[pair.key] = ElementSpec(name: pair.key, attributes: attributes, children: children)
        }
        return Dialect(name: name, title: title, isDefault: isDefault, elements: elements, rules: rules, ruleMarks: ruleMarks, file: file)
    }

    static func attributeType(_ node: YAMLNode, file: String) throws(DefinitionError) -> AttributeType {
        if let name = node.string {
            switch name {
            case "string": return .string
            case "url": return .url
            case "boolean": return .boolean
            case "http-method": return .httpMethod
            case "events": return .events
            case "codecs": return .codecs
            case "caller-id": return .callerID
            case "integer": return .integer(min: nil, max: nil)
            case "positive-integer": return .integer(min: 1, max: nil)
            case "non-negative-integer": return .integer(min: 0, max: nil)
            default:
                throw DefinitionError(
                    file: file, mark: node.mark,
                    "unknown attribute type \"\(name)\"; expected string, url, boolean, http-method, events, codecs, caller-id, integer, positive-integer, non-negative-integer, {integer: [MIN, MAX]} or {enum: [...]}"
                )
            }
        }
        if let pairs = node.mapping, pairs.count == 1 {
            let pair = pairs[0]
            switch pair.key {
            case "enum":
                guard let values = pair.value.sequence?.compactMap(\.string), !values.isEmpty else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "enum needs a list of values")
                }
                return .enumeration(values)
            case "integer":
                guard let bounds = pair.value.sequence, bounds.count == 2 else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "integer bounds are [MIN, MAX]; write ~ for no bound")
                }
                func bound(_ node: YAMLNode) throws(DefinitionError) -> Int? {
                    if node.isNull { return nil }
                    guard let value = node.string.flatMap({ Int($0) }) else {
                        throw DefinitionError(file: file, mark: node.mark, "an integer bound must be a whole number or ~")
                    }
                    return value
                }
                return .integer(min: try bound(bounds[0]), max: try bound(bounds[1]))
            default: break
            }
        }
        throw DefinitionError(file: file, mark: node.mark, "an attribute type is a name or {enum: [...]} or {integer: [MIN, MAX]}")
    }
}
