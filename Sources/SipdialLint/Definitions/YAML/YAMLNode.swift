import CYAML

/// A YAML value with the position it was written at.
package struct YAMLNode: Sendable {
    package enum Value: Sendable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([(key: String, keyMark: YAMLMark, value: YAMLNode)])
    }

    package var value: Value
    package var mark: YAMLMark

    package var string: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// A plain scalar that YAML treats as null (`~`, `null`, or nothing).
    package var isNull: Bool {
        if case .scalar(let text, plain: true) = value { return text.isEmpty || text == "~" || text == "null" }
        return false
    }

    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    package var mapping: [(key: String, keyMark: YAMLMark, value: YAMLNode)]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    package subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key == key }?.value
    }

    package var kindName: String {
        switch value {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

extension YAMLNode {
    /// A mapping's key that holds true or false (false when absent).
    func flag(_ key: String, file: String) throws(DefinitionError) -> Bool {
        guard let node = self[key] else { return false }
        guard let text = node.string, text == "true" || text == "false" else {
            throw DefinitionError(file: file, mark: node.mark, "\"\(key)\" must be true or false")
        }
        return text == "true"
    }
}
