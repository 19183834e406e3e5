/// Reads a dialect file into a `Dialect`: its elements (attributes with their types,
/// children, text), its rule settings, and, for a dialect that `extends:` another, the
/// changes it makes to that one.
enum DialectFileReader {
    static let keys = ["dialect", "title", "source", "default", "extends", "elements", "rules"]
    static let elementKeys = ["attributes", "children", "text", "text-unless", "examples"]

    /// The dialect a file extends, if it names one (read before the file itself, so that
    /// a catalog reads the dialects a file extends first).
    static func base(of root: YAMLNode, file: String) throws(DefinitionError) -> String? {
        guard let node = root["extends"], !node.isNull else { return nil }
        guard let name = node.string, RuleFileReader.isRuleID(name) else {
            throw DefinitionError(file: file, mark: node.mark, "extends: names one dialect (lower-case)")
        }
        return name
    }

    /// `builtinElements`: for a built-in dialect, its `elements` in their compact form, read
    /// on first use (`root` then holds the rest of the file).
    static func read(_ root: YAMLNode, file: String, base: Dialect?, builtinElements: String? = nil) throws(DefinitionError) -> Dialect {
        guard let name = root["dialect"]?.string, RuleFileReader.isRuleID(name) else {
            throw DefinitionError(file: file, mark: root.mark, "a dialect file starts with dialect: NAME (lower-case)")
        }
        for pair in root.mapping ?? [] where !keys.contains(pair.key) {
            throw DefinitionError(
                file: file, mark: pair.keyMark,
                "unknown key \"\(pair.key)\" in a dialect file\(Text.didYouMean(pair.key, in: keys)); expected \(keys.joined(separator: ", "))"
            )
        }
        let isDefault = try root.flag("default", file: file)
        var rules = base?.rules ?? [:]
        var ruleMarks = base?.ruleMarks ?? [:]
        if let node = root["rules"] {
            guard let pairs = node.mapping else {
                throw DefinitionError(file: file, mark: node.mark, "\"rules\" maps rule ids to off or to a mapping of parameters")
            }
            for pair in pairs {
                ruleMarks[pair.key] = pair.keyMark
                if pair.value.string == "off" {
                    rules[pair.key] = .off
                } else if let parameters = pair.value.mapping {
                    var merged: [String: YAMLNode] = [:]
                    if case .parameters(let inherited) = rules[pair.key] { merged = inherited }
                    for parameter in parameters { merged[parameter.key] = parameter.value }
                    rules[pair.key] = .parameters(merged)
                } else if pair.value.isNull {
                    if case .parameters = rules[pair.key] {} else { rules[pair.key] = .parameters([:]) }
                } else {
                    throw DefinitionError(
                        file: file, mark: pair.value.mark, "rule \"\(pair.key)\": write off, or a mapping of its parameters")
                }
            }
        }
        guard let title = root["title"]?.string ?? base?.title else {
            throw DefinitionError(file: file, mark: root.mark, "a dialect file needs a title")
        }
        let table: ElementTable
        if let builtinElements, base == nil {
            // A built-in dialect (tested when it was built) reads each element when first used.
            table = ElementTable(builtin: builtinElements, file: file)
        } else if let builtinElements {
            // One that extends another is laid over it whole.
            table = ElementTable(try elements(ElementTable.builtinPairs(builtinElements), file: file, base: base, mark: root.mark))
        } else {
            guard let elementsNode = root["elements"] ?? (base == nil ? nil : YAMLNode(value: .mapping([]), mark: root.mark)),
                let elementPairs = elementsNode.mapping
            else {
                throw DefinitionError(file: file, mark: root.mark, "a dialect file needs a mapping \"elements\"")
            }
            table = ElementTable(try elements(elementPairs, file: file, base: base, mark: root.mark))
        }
        return Dialect(
            name: name, title: title, base: base?.name, isDefault: isDefault, table: table, rules: rules, ruleMarks: ruleMarks,
            file: file, source: root["source"]?.string ?? base?.source)
    }

    /// The elements a dialect file declares, over those of the dialect it extends.
    static func elements(
        _ elementPairs: [(key: String, keyMark: YAMLMark, value: YAMLNode)], file: String, base: Dialect?, mark: YAMLMark
    ) throws(DefinitionError) -> [String: ElementSpec] {
        var elements = base?.elements ?? [:]
        var removed: [String] = []
        for pair in elementPairs {
            if pair.value.string == "off" {
                guard elements.removeValue(forKey: pair.key) != nil else {
                    throw DefinitionError(
                        file: file, mark: pair.keyMark,
                        "element \"\(pair.key)\" is off, but \(base.map { "dialect \($0.name)" } ?? "no dialect this one extends") declares no such element"
                    )
                }
                removed.append(pair.key)
                continue
            }
            elements[pair.key] = try element(pair.key, pair.value, file: file, base: elements[pair.key])
        }
        // An element taken away is taken out of every list of children too.
        if !removed.isEmpty {
            for (key, spec) in elements {
                guard let children = spec.children, children.contains(where: removed.contains) else { continue }
                elements[key] = spec.with(
                    attributes: .none, children: .some(children.filter { !removed.contains($0) }), text: nil, textUnless: nil)
            }
        }
        for spec in elements.values {
            for child in spec.children ?? [] where elements[child] == nil {
                throw DefinitionError(
                    file: file, mark: Self.mark(of: spec.name, in: elementPairs) ?? mark,
                    "<\(spec.name)> lists child <\(child)>, which this dialect does not declare\(Text.didYouMean(child, in: Array(elements.keys)))"
                )
            }
        }
        return elements
    }

    private static func mark(of element: String, in pairs: [(key: String, keyMark: YAMLMark, value: YAMLNode)]) -> YAMLMark? {
        pairs.first { $0.key == element }?.keyMark
    }

    /// One element's entry. Over a `base` (the element as the extended dialect declares
    /// it), each key given replaces the base's, except `attributes`, whose names are laid
    /// over the base's (`off` takes one away), and `children: {add: […], remove: […]}`.
    static func element(_ name: String, _ node: YAMLNode, file: String, base: ElementSpec?) throws(DefinitionError) -> ElementSpec {
        if node.isNull {
            return base ?? ElementSpec(name: name, attributes: nil, children: nil)
        }
        guard let fields = node.mapping else {
            throw DefinitionError(
                file: file, mark: node.mark, "element \"\(name)\" must be a mapping (attributes, children, text, …), off, or empty")
        }
        var attributes: [(name: String, type: AttributeType)]?? = .none
        var children: [String]?? = .none
        var text: TextKind?
        var textUnless: [String]?
        for field in fields {
            switch field.key {
            case "attributes":
                if field.value.string == "any" {
                    attributes = .some(nil)
                    continue
                }
                guard let attributePairs = field.value.mapping else {
                    throw DefinitionError(file: file, mark: field.value.mark, "attributes must be a mapping of names to types, or any")
                }
                var list = base?.attributes ?? []
                var index: [String: Int] = [:]
                for (number, attribute) in list.enumerated() { index[attribute.name] = number }
                for attribute in attributePairs {
                    if attribute.value.string == "off" {
                        guard base != nil, let position = index[attribute.key] else {
                            throw DefinitionError(
                                file: file, mark: attribute.keyMark,
                                "attribute \"\(attribute.key)\" is off, but the extended <\(name)> has no such attribute")
                        }
                        list.remove(at: position)
                        index = [:]
                        for (number, attribute) in list.enumerated() { index[attribute.name] = number }
                        continue
                    }
                    let type = try attributeType(attribute.value, file: file)
                    if let position = index[attribute.key] {
                        list[position].type = type
                    } else {
                        index[attribute.key] = list.count
                        list.append((attribute.key, type))
                    }
                }
                attributes = .some(list)
            case "children":
                if field.value.string == "any" {
                    children = .some(nil)
                } else if let items = field.value.sequence {
                    children = .some(try names(items, file: file))
                } else if let edits = field.value.mapping, let baseChildren = base?.children {
                    var list = baseChildren
                    for edit in edits {
                        guard let items = edit.value.sequence, edit.key == "add" || edit.key == "remove" else {
                            throw DefinitionError(
                                file: file, mark: edit.keyMark, "children of an extended element: {add: [...], remove: [...]}")
                        }
                        let named = try names(items, file: file)
                        if edit.key == "add" {
                            list += named.filter { !list.contains($0) }
                        } else {
                            list.removeAll(where: named.contains)
                        }
                    }
                    children = .some(list)
                } else {
                    throw DefinitionError(
                        file: file, mark: field.value.mark,
                        "children must be a list of element names or any\(base == nil ? "" : ", or {add: [...], remove: [...]}")")
                }
            case "text":
                guard let value = field.value.string, let kind = TextKind(rawValue: value) else {
                    throw DefinitionError(
                        file: file, mark: field.value.mark,
                        "text must be one of \(TextKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                text = kind
            case "text-unless":
                guard let items = field.value.sequence else {
                    throw DefinitionError(file: file, mark: field.value.mark, "text-unless must be a list of attribute names")
                }
                textUnless = try names(items, file: file)
            case "examples":
                continue
            default:
                throw DefinitionError(
                    file: file, mark: field.keyMark,
                    "unknown key \"\(field.key)\"\(Text.didYouMean(field.key, in: elementKeys)); an element has \(elementKeys.joined(separator: ", "))"
                )
            }
        }
        if let base { return base.with(attributes: attributes, children: children, text: text, textUnless: textUnless) }
        return ElementSpec(
            name: name, attributes: attributes ?? [], children: children ?? [], text: text ?? .optional, textUnless: textUnless ?? [])
    }

    private static func names(_ items: [YAMLNode], file: String) throws(DefinitionError) -> [String] {
        var names: [String] = []
        for item in items {
            guard let name = item.string, !name.isEmpty else {
                throw DefinitionError(file: file, mark: item.mark, "expected a name")
            }
            names.append(name)
        }
        return names
    }

    static let typeNames = [
        "string", "url", "boolean", "http-method", "events", "codecs", "caller-id", "integer", "positive-integer", "non-negative-integer",
    ]

    static func attributeType(_ node: YAMLNode, file: String) throws(DefinitionError) -> AttributeType {
        if let name = node.string {
            switch name {
            case "string": return .string
            case "url": return .url
            case "boolean": return .boolean
            case "http-method": return .httpMethod
            case "events": return .events(nil)
            case "codecs": return .codecs
            case "caller-id": return .callerID
            case "integer": return .integer(min: nil, max: nil, also: [])
            case "positive-integer": return .integer(min: 1, max: nil, also: [])
            case "non-negative-integer": return .integer(min: 0, max: nil, also: [])
            default:
                throw DefinitionError(
                    file: file, mark: node.mark,
                    "unknown attribute type \"\(name)\"\(Text.didYouMean(name, in: typeNames)); expected \(typeNames.joined(separator: ", ")), {integer: [MIN, MAX]}, {enum: [...]}, {events: [...]}, {charset: \"...\"} or {words: [...]}"
                )
            }
        }
        if let pairs = node.mapping, let pair = pairs.first(where: { $0.key == "integer" }) ?? pairs.first {
            func values() throws(DefinitionError) -> [String] {
                guard let values = pair.value.sequence?.compactMap(\.string), !values.isEmpty else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "\(pair.key) needs a list of values")
                }
                return values
            }
            switch (pair.key, pairs.count) {
            case ("enum", 1): return .enumeration(try values())
            case ("words", 1): return .words(try values())
            case ("events", 1): return .events(try values())
            case ("charset", 1):
                guard let characters = pair.value.string, !characters.isEmpty else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "charset needs the characters allowed, as one string")
                }
                return .charset(characters)
            case ("integer", _):
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
                var also: [String] = []
                for extra in pairs where extra.key != "integer" {
                    let words = extra.value.sequence?.compactMap(\.string) ?? []
                    guard extra.key == "also", !words.isEmpty, words.count == extra.value.sequence?.count else {
                        throw DefinitionError(file: file, mark: extra.keyMark, "an integer type takes also: [words] besides its bounds")
                    }
                    also = words
                }
                return .integer(min: try bound(bounds[0]), max: try bound(bounds[1]), also: also)
            default: break
            }
        }
        throw DefinitionError(
            file: file, mark: node.mark,
            "an attribute type is a name or {enum: [...]}, {integer: [MIN, MAX]}, {events: [...]}, {charset: \"...\"}, {words: [...]}")
    }

    /// A dialect file's tree in its built-in form: the file without its elements, and
    /// its elements (without their examples: the tests read those from the file) in the
    /// form `ElementTable` reads one by one.
    static func builtinForm(_ root: YAMLNode) -> (header: YAMLNode, elements: String?) {
        guard let pairs = root.mapping, let index = pairs.firstIndex(where: { $0.key == "elements" }),
            let elements = pairs[index].value.mapping
        else { return (root, nil) }
        let stripped = elements.map { element in
            guard let fields = element.value.mapping else { return element }
            return (
                element.key, element.keyMark, YAMLNode(value: .mapping(fields.filter { $0.key != "examples" }), mark: element.value.mark)
            )
        }
        var header = pairs
        header.remove(at: index)
        return (YAMLNode(value: .mapping(header), mark: root.mark), ElementTable.builtinForm(stripped))
    }

    /// The examples of each element of a dialect file: documents that must lint clean, and
    /// documents where one rule must report exactly at the marks.
    static func examples(_ root: YAMLNode, file: String) throws(DefinitionError) -> [ElementExamples] {
        var all: [ElementExamples] = []
        for element in root["elements"]?.mapping ?? [] {
            guard let node = element.value["examples"] else { continue }
            var examples = ElementExamples(element: element.key, mark: element.keyMark)
            for item in node["valid"]?.sequence ?? [] {
                guard let xml = item.string else {
                    throw DefinitionError(file: file, mark: item.mark, "a valid example is a string of XML")
                }
                examples.valid.append(RuleExample(dialect: nil, xml: xml, mark: item.mark))
            }
            for item in node["invalid"]?.sequence ?? [] {
                guard let rule = item["rule"]?.string, let xml = item["xml"]?.string else {
                    throw DefinitionError(file: file, mark: item.mark, "an invalid example is {rule: ID, xml: \"...\"}")
                }
                examples.invalid.append((rule, RuleExample(dialect: nil, xml: xml, mark: item.mark)))
            }
            all.append(examples)
        }
        return all
    }
}
