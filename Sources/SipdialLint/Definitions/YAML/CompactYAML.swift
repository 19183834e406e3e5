/// A parsed YAML tree written as compact text, so that the built-in rules are parsed at
/// build time (`make generate`) and only decoded at start-up, without libyaml.
///
/// Each node starts with a kind, its line and column, and a count, then its payload:
/// `p` (plain scalar) or `q` (quoted scalar) `line,column,bytes:` and the UTF-8 bytes;
/// `[line,column,count:` and the items; `{line,column,count:` and, per pair, the key as
/// `line,column,bytes:` and its bytes, then the value. A line break may precede a node or
/// a key. The form is read only from the generated source, which a test keeps in step
/// with `Rules/`.
enum CompactYAML {
    static func encode(_ node: YAMLNode) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private static func header(_ kind: String, _ mark: YAMLMark, _ count: Int) -> String {
        "\(kind)\(mark.line),\(mark.column),\(count):"
    }

    private static func write(_ node: YAMLNode, into out: inout String) {
        switch node.value {
        case .scalar(let text, let plain):
            out += header(plain ? "p" : "q", node.mark, text.utf8.count) + text
        case .sequence(let items):
            out += header("[", node.mark, items.count)
            for item in items { write(item, into: &out) }
        case .mapping(let pairs):
            out += header("{", node.mark, pairs.count)
            for pair in pairs {
                out += "\n" + header("", pair.keyMark, pair.key.utf8.count) + pair.key
                write(pair.value, into: &out)
            }
        }
    }

    /// The tree, or nil when the text is not in this form.
    static func decode(_ text: String) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes -> YAMLNode? in
            var reader = Reader(bytes: bytes)
            guard let node = reader.node(), reader.atEnd else { return nil }
            return node
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var atEnd: Bool {
            mutating get {
                skipLineBreaks()
                return index == bytes.count
            }
        }

        mutating func skipLineBreaks() {
            while index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }

        /// A decimal number ended by `terminator`.
        mutating func number(_ terminator: UInt8) -> Int? {
            var value = 0
            var digits = 0
            while index < bytes.count, bytes[index] != terminator {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit), digits < 12 else { return nil }
                value = value * 10 + digit
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.count else { return nil }
            index += 1
            return value
        }

        /// `line,column,count:`.
        mutating func header() -> (YAMLMark, Int)? {
            guard let line = number(0x2C), let column = number(0x2C), let count = number(0x3A) else { return nil }
            return (YAMLMark(line: line, column: column), count)
        }

        mutating func string(_ length: Int) -> String? {
            guard length <= bytes.count - index else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
            index += length
            return text
        }

        mutating func node() -> YAMLNode? {
            skipLineBreaks()
            guard index < bytes.count else { return nil }
            let kind = bytes[index]
            index += 1
            guard let (mark, count) = header() else { return nil }
            switch kind {
            case UInt8(ascii: "p"), UInt8(ascii: "q"):
                guard let text = string(count) else { return nil }
                return YAMLNode(value: .scalar(text, plain: kind == UInt8(ascii: "p")), mark: mark)
            case UInt8(ascii: "["):
                var items: [YAMLNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node() else { return nil }
                    items.append(item)
                }
                return YAMLNode(value: .sequence(items), mark: mark)
            case UInt8(ascii: "{"):
                var pairs: [(key: String, keyMark: YAMLMark, value: YAMLNode)] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    skipLineBreaks()
                    guard let (keyMark, length) = header(), let key = string(length), let value = node() else { return nil }
                    pairs.append((key, keyMark, value))
                }
                return YAMLNode(value: .mapping(pairs), mark: mark)
            default:
                return nil
            }
        }
    }
}
