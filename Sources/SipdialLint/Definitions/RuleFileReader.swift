/// Reads the declarative fields of one rule file.
enum RuleFileReader {
    static let commonKeys: Set<String> = [
        "id", "severity", "dialects", "summary", "check", "select", "message", "docs", "examples", "always-on", "fix",
    ]

    /// Reads a whole rule file, docs and examples included, now.
    static func read(_ root: YAMLNode, file: String, dialects known: [String]) throws(DefinitionError) -> RuleDefinition {
        let placeholder = RuleExtras(RuleExtras.Value(docs: RuleDocs(what: "", why: ""), valid: [], invalid: []))
        let core = try readCore(root, file: file, dialects: known, extras: placeholder)
        var rule = core
        rule.extras = RuleExtras(try readExtras(root, file: file, dialects: exampleDialects(core.scope, known: known)))
        return rule
    }

    /// Reads a rule file's core now, and its docs and examples (from `extrasText`, the
    /// same file with the core blanked) when first read.
    static func read(core root: YAMLNode, extrasText: String, file: String, dialects known: [String]) throws(DefinitionError)
        -> RuleDefinition
    {
        let dialects = exampleDialects(try dialectScope(root["dialects"], file: file, known: known, mark: root.mark), known: known)
        let extras = RuleExtras { () -> Result<RuleExtras.Value, DefinitionError> in
            do throws(DefinitionError) {
                let node: YAMLNode
                do throws(YAMLError) {
                    node = try YAMLParser.parse(extrasText) ?? YAMLNode(value: .mapping([]), mark: YAMLMark(line: 1, column: 1))
                } catch {
                    throw DefinitionError(file: file, mark: error.mark, "invalid YAML: \(error.message)")
                }
                return .success(try readExtras(node, file: file, dialects: dialects))
            } catch {
                return .failure(error)
            }
        }
        return try readCore(root, file: file, dialects: known, extras: extras)
    }

    /// The dialects a rule's examples may name: those of its list, or any loaded one.
    static func exampleDialects(_ scope: RuleDefinition.Scope, known: [String]) -> [String] {
        if case .only(let names) = scope { return names }
        return known
    }

    static func readExtras(_ root: YAMLNode, file: String, dialects: [String]) throws(DefinitionError) -> RuleExtras.Value {
        guard let docsNode = root["docs"], docsNode.mapping != nil else {
            throw DefinitionError(
                file: file, mark: root["docs"]?.mark ?? root.mark, "missing mapping \"docs\" with what, why, example and use-instead")
        }
        let docsKeys = ["what", "why", "example", "use-instead", "codes"]
        for pair in docsNode.mapping! where !docsKeys.contains(pair.key) {
            throw DefinitionError(
                file: file, mark: pair.keyMark,
                "unknown key \"\(pair.key)\" in docs\(Text.didYouMean(pair.key, in: docsKeys)); expected \(docsKeys.joined(separator: ", "))"
            )
        }
        var codes: [String] = []
        if let node = docsNode["codes"] {
            guard let items = node.sequence?.compactMap(\.string), items.count == node.sequence?.count,
                items.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } })
            else {
                throw DefinitionError(
                    file: file, mark: node.mark, "docs \"codes\" lists the platforms' error codes this rule catches, such as [13214]")
            }
            codes = items
        }
        func docsText(_ key: String, required: Bool) throws(DefinitionError) -> String? {
            guard let node = docsNode[key] else {
                if required { throw DefinitionError(file: file, mark: docsNode.mark, "docs need \"\(key)\"") }
                return nil
            }
            guard let text = node.string else { throw DefinitionError(file: file, mark: node.mark, "docs \"\(key)\" must be a string") }
            return text
        }
        let docs = RuleDocs(
            what: try docsText("what", required: true)!, why: try docsText("why", required: true)!,
            example: try docsText("example", required: false),
            useInstead: try docsText("use-instead", required: false), codes: codes)

        var valid: [RuleExample] = []
        var invalid: [RuleExample] = []
        if let examples = root["examples"] {
            guard let map = examples.mapping else {
                throw DefinitionError(file: file, mark: examples.mark, "\"examples\" must be a mapping with valid and invalid lists")
            }
            for pair in map {
                guard pair.key == "valid" || pair.key == "invalid" else {
                    throw DefinitionError(
                        file: file, mark: pair.keyMark, "unknown key \"\(pair.key)\" in examples; expected valid or invalid")
                }
                guard let items = pair.value.sequence else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "examples \"\(pair.key)\" must be a list")
                }
                for item in items {
                    let example = try readExample(item, file: file, dialects: dialects, invalid: pair.key == "invalid")
                    if pair.key == "valid" { valid.append(example) } else { invalid.append(example) }
                }
            }
        }

        return RuleExtras.Value(docs: docs, valid: valid, invalid: invalid)
    }

    static func readCore(_ root: YAMLNode, file: String, dialects known: [String], extras: RuleExtras) throws(DefinitionError)
        -> RuleDefinition
    {
        guard let pairs = root.mapping else {
            throw DefinitionError(
                file: file, mark: root.mark,
                "a rule file is a mapping with id, severity, dialects, summary, check, message, docs and examples")
        }
        func string(_ key: String, required: Bool = true) throws(DefinitionError) -> String? {
            guard let node = root[key] else {
                if required { throw DefinitionError(file: file, mark: root.mark, "missing key \"\(key)\"") }
                return nil
            }
            guard let text = node.string else {
                throw DefinitionError(file: file, mark: node.mark, "\"\(key)\" must be a string, not \(node.kindName)")
            }
            return text
        }
        let id = try string("id")!
        guard isRuleID(id) else {
            throw DefinitionError(
                file: file, mark: root["id"]?.mark, "rule id \"\(id)\" must be kebab-case: lower-case letters, digits and dashes")
        }
        let severityText = try string("severity")!
        guard let severity = Severity(rawValue: severityText) else {
            throw DefinitionError(file: file, mark: root["severity"]?.mark, "severity \"\(severityText)\" must be error, warning or info")
        }
        let scope = try dialectScope(root["dialects"], file: file, known: known, mark: root.mark)
        let summary = try string("summary")!
        let check = try string("check")!

        var messages: [String: String] = [:]
        var messageMarks: [String: YAMLMark] = [:]
        if let node = root["message"] {
            if let text = node.string {
                messages["default"] = text
                messageMarks["default"] = node.mark
            } else if let map = node.mapping {
                for pair in map {
                    guard let text = pair.value.string else {
                        throw DefinitionError(file: file, mark: pair.value.mark, "message \"\(pair.key)\" must be a string")
                    }
                    messages[pair.key] = text
                    messageMarks[pair.key] = pair.value.mark
                }
            } else {
                throw DefinitionError(file: file, mark: node.mark, "\"message\" must be a string or a mapping of finding kinds to strings")
            }
        } else {
            throw DefinitionError(file: file, mark: root.mark, "missing key \"message\"")
        }

        let alwaysOn = try root.flag("always-on", file: file)
        let fixes = try root["fix"].map { node throws(DefinitionError) in try FixDeclaration.read(node, file: file) } ?? []
        var parameters: [String: YAMLNode] = [:]
        for pair in pairs where !commonKeys.contains(pair.key) {
            parameters[pair.key] = pair.value
        }
        return RuleDefinition(
            id: id, severity: severity, scope: scope, summary: summary, check: check,
            select: root["select"], messages: messages, messageMarks: messageMarks, extras: extras,
            alwaysOn: alwaysOn, fixes: fixes, parameters: parameters, file: file, mark: root.mark)
    }

    static func isRuleID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.first.map { (0x61...0x7A).contains($0) } == true
            && id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    static func dialectScope(_ node: YAMLNode?, file: String, known: [String], mark: YAMLMark) throws(DefinitionError)
        -> RuleDefinition.Scope
    {
        guard let node else { throw DefinitionError(file: file, mark: mark, "missing key \"dialects\"") }
        if node.string == "all" { return .all }
        guard let items = node.sequence else {
            throw DefinitionError(file: file, mark: node.mark, "\"dialects\" must be a list of dialect names or \"all\"")
        }
        var names: [String] = []
        for item in items {
            guard let name = item.string, known.contains(name) else {
                throw DefinitionError(
                    file: file, mark: item.mark, "unknown dialect \"\(item.string ?? "")\"; known: \(known.joined(separator: ", "))")
            }
            names.append(name)
        }
        return .only(names)
    }

    static func readExample(_ node: YAMLNode, file: String, dialects: [String], invalid: Bool) throws(DefinitionError) -> RuleExample {
        guard let map = node.mapping else {
            throw DefinitionError(
                file: file, mark: node.mark, "an example is a mapping with xml (or hex) and optionally dialect, at and options")
        }
        var dialect: String?
        var text: String?
        var hex: String?
        var positions: [SourcePosition] = []
        var options: [String: YAMLNode] = [:]
        var fixed: [UInt8]?
        for pair in map {
            switch pair.key {
            case "dialect":
                guard let name = pair.value.string, dialects.contains(name) else {
                    throw DefinitionError(
                        file: file, mark: pair.value.mark,
                        "example dialect must be one of the rule's dialects: \(dialects.joined(separator: ", "))")
                }
                dialect = name
            case "xml": text = pair.value.string
            case "fixed":
                guard invalid, let value = pair.value.string else {
                    throw DefinitionError(
                        file: file, mark: pair.value.mark, "fixed: is the document after the rule's fixes, in an invalid example")
                }
                fixed = Array(value.utf8)
            case "hex": hex = pair.value.string
            case "at":
                let items = pair.value.sequence ?? [pair.value]
                for item in items {
                    let parts = (item.string ?? "").split(separator: ":")
                    guard parts.count == 2, let line = Int(parts[0]), let column = Int(parts[1]) else {
                        throw DefinitionError(file: file, mark: item.mark, "\"at\" is LINE:COLUMN, or a list of them")
                    }
                    positions.append(SourcePosition(line: line, column: column))
                }
            case "options":
                guard let optionPairs = pair.value.mapping else {
                    throw DefinitionError(file: file, mark: pair.value.mark, "example options must be a mapping")
                }
                for option in optionPairs { options[option.key] = option.value }
            default:
                throw DefinitionError(file: file, mark: pair.keyMark, "unknown key \"\(pair.key)\" in an example")
            }
        }
        var bytes: [UInt8]
        var offsets: [Int] = []
        if let text {
            (bytes, offsets) = RuleExample.unmarked(text)
        } else if let hex {
            bytes = []
            for piece in hex.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                guard let byte = UInt8(piece, radix: 16) else {
                    throw DefinitionError(file: file, mark: node.mark, "hex example has a bad byte \"\(piece)\"")
                }
                bytes.append(byte)
            }
        } else {
            throw DefinitionError(file: file, mark: node.mark, "an example needs xml or hex")
        }
        if invalid && offsets.isEmpty && positions.isEmpty {
            throw DefinitionError(
                file: file, mark: node.mark,
                "an invalid example marks where the diagnostic lands, with \(RuleExample.marker) in its xml or with at: LINE:COLUMN")
        }
        if !invalid && (!offsets.isEmpty || !positions.isEmpty) {
            throw DefinitionError(file: file, mark: node.mark, "a valid example has no \(RuleExample.marker) mark and no at:")
        }
        return RuleExample(
            dialect: dialect, bytes: bytes, expectedOffsets: offsets, expectedPositions: positions,
            options: options, mark: node.mark, fixed: fixed)
    }
}
extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        guard let first = needle.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == first, self[index...].hasPrefix(needle) {
                return index..<self.index(index, offsetBy: needle.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
