import CYAML

/// Turns libyaml's events into `YAMLNode` values. Anchors and aliases are refused, so
/// that a hostile file cannot expand; duplicate keys are refused, as linters of YAML do.
package enum YAMLParser {
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

    private enum Frame {
        case sequence([YAMLNode], YAMLMark)
        case mapping([(key: String, keyMark: YAMLMark, value: YAMLNode)], pendingKey: (String, YAMLMark)?, YAMLMark)
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func build(_ parser: inout yaml_parser_t) throws(YAMLError) -> YAMLNode? {
        var stack: [Frame] = []
        var result: YAMLNode?
        var documents = 0

        func add(_ node: YAMLNode) throws(YAMLError) {
            guard let top = stack.popLast() else {
                result = node
                return
            }
            switch top {
            case .sequence(var items, let start):
                items.append(node)
                stack.append(.sequence(items, start))
            case .mapping(var pairs, let pending, let start):
                if let (key, keyMark) = pending {
                    pairs.append((key: key, keyMark: keyMark, value: node))
                    stack.append(.mapping(pairs, pendingKey: nil, start))
                } else {
                    guard let key = node.string else {
                        throw YAMLError(message: "a mapping key must be a plain string", mark: node.mark)
                    }
                    if pairs.contains(where: { $0.key == key }) {
                        throw YAMLError(message: "duplicate key \"\(key)\"", mark: node.mark)
                    }
                    stack.append(.mapping(pairs, pendingKey: (key, node.mark), start))
                }
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
                stack.append(.sequence([], start))
            case YAML_MAPPING_START_EVENT:
                if event.data.mapping_start.anchor != nil {
                    throw YAMLError(message: "anchors are not supported", mark: start)
                }
                stack.append(.mapping([], pendingKey: nil, start))
            case YAML_SEQUENCE_END_EVENT:
                if case .sequence(let items, let begin)? = stack.popLast() {
                    try add(YAMLNode(value: .sequence(items), mark: begin))
                }
            case YAML_MAPPING_END_EVENT:
                if case .mapping(let pairs, _, let begin)? = stack.popLast() {
                    try add(YAMLNode(value: .mapping(pairs), mark: begin))
                }
            default:
                break
            }
        }
    }
}
