import CYAML

/// Turns libyaml's events into `YAMLNode` values. Anchors and aliases are refused, so
/// that a hostile file cannot expand; duplicate keys are refused, as linters of YAML do;
/// nesting is limited, so that no tree is deeper than a rule or config needs (a deep
/// tree would take a deep recursion to free).
package enum YAMLParser {
    /// Sequences and mappings nested deeper than this are refused.
    package static let maximumDepth = 64

    package static func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(message: "cannot initialise the YAML parser", mark: YAMLMark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return try build(&parser)
        }
    }

    /// A sequence or mapping being built. A class, so that adding to the innermost one
    /// changes it in place (an enum on a stack would copy its array at each addition: a
    /// mapping of many keys took quadratic time).
    private final class Frame {
        let mark: YAMLMark
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [(key: String, keyMark: YAMLMark, value: YAMLNode)] = []
        /// The keys so far, to find a duplicate in constant time.
        var keys: Set<String> = []
        var pendingKey: (String, YAMLMark)?

        init(mark: YAMLMark, isMapping: Bool) {
            self.mark = mark
            self.isMapping = isMapping
        }

        var node: YAMLNode { YAMLNode(value: isMapping ? .mapping(pairs) : .sequence(items), mark: mark) }
    }

    private static func tooDeep(_ mark: YAMLMark) -> YAMLError {
        YAMLError(message: "lists and mappings nested deeper than \(maximumDepth) levels", mark: mark)
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func build(_ parser: inout yaml_parser_t) throws(YAMLError) -> YAMLNode? {
        var stack: [Frame] = []
        var result: YAMLNode?
        var documents = 0

        func add(_ node: YAMLNode) throws(YAMLError) {
            guard let top = stack.last else {
                result = node
                return
            }
            if !top.isMapping {
                top.items.append(node)
            } else if let (key, keyMark) = top.pendingKey {
                top.pairs.append((key: key, keyMark: keyMark, value: node))
                top.pendingKey = nil
            } else {
                guard let key = node.string else {
                    throw YAMLError(message: "a mapping key must be a plain string", mark: node.mark)
                }
                guard top.keys.insert(key).inserted else {
                    throw YAMLError(message: "duplicate key \"\(Messages.excerpt(key))\"", mark: node.mark)
                }
                top.pendingKey = (key, node.mark)
            }
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                var context = ""
                if let text = parser.context { context = " " + String(cString: text) }
                throw YAMLError(message: problem + context, mark: mark(parser.problem_mark))
            }
            defer { yaml_event_delete(&event) }
            let start = mark(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return result
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(message: "a file holds one YAML document; found another", mark: start)
                }
            case YAML_ALIAS_EVENT:
                throw YAMLError(message: "aliases are not supported", mark: start)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil {
                    throw YAMLError(message: "anchors are not supported", mark: start)
                }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                try add(YAMLNode(value: .scalar(text, plain: plain), mark: start))
            case YAML_SEQUENCE_START_EVENT:
                if event.data.sequence_start.anchor != nil {
                    throw YAMLError(message: "anchors are not supported", mark: start)
                }
                guard stack.count < maximumDepth else { throw tooDeep(start) }
                stack.append(Frame(mark: start, isMapping: false))
            case YAML_MAPPING_START_EVENT:
                if event.data.mapping_start.anchor != nil {
                    throw YAMLError(message: "anchors are not supported", mark: start)
                }
                guard stack.count < maximumDepth else { throw tooDeep(start) }
                stack.append(Frame(mark: start, isMapping: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let frame = stack.popLast() { try add(frame.node) }
            default:
                break
            }
        }
    }
}
