/// A message template, split once into text and `{name}` placeholders; `{dialect}` is
/// always known, and a placeholder without a value stays as written.
struct Template {
    private enum Piece {
        case text(String)
        case placeholder(name: String, written: String)
    }

    private let pieces: [Piece]
    /// The UTF-8 length of the text pieces, and how many there are.
    private let textLength: Int
    private let textPieces: Int

    init(_ template: String) {
        // Over UTF-8 bytes: `{` and `}` are ASCII, so they never fall inside a character.
        let bytes = template.utf8
        var pieces: [Piece] = []
        var index = bytes.startIndex
        var copied = index
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if copied < open { pieces.append(.text(String(template[copied..<open]))) }
            let after = bytes.index(after: close)
            pieces.append(.placeholder(name: String(template[bytes.index(after: open)..<close]), written: String(template[open..<after])))
            copied = after
            index = after
        }
        if copied < template.endIndex { pieces.append(.text(String(template[copied...]))) }
        self.pieces = pieces
        var textLength = 0
        var textPieces = 0
        for piece in pieces {
            if case .text(let text) = piece {
                textLength += text.utf8.count
                textPieces += 1
            }
        }
        self.textLength = textLength
        self.textPieces = textPieces
    }

    /// The names of a template's placeholders: `{name}` with a lower-case name (other
    /// text in braces is literal).
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if let first = name.first, first.isASCII, first.isLowercase, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) {
                names.append(String(name))
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// The text a fix writes: each value XML-escaped (the template's own text is written
    /// as it is), or nil when a placeholder has no value (the finding offers no fix).
    func fixText(_ values: MessageValues, dialect: String) -> String? {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .placeholder(let name, _):
                guard let value = Text.same(name, "dialect") ? dialect : values[name] else { return nil }
                out += Text.xmlEscaped(value)
            }
        }
        return out
    }

    /// Whether every placeholder has a value (`fixText` would give a text).
    func canFill(_ values: MessageValues) -> Bool {
        pieces.allSatisfy { piece in
            guard case .placeholder(let name, _) = piece else { return true }
            return Text.same(name, "dialect") || values[name] != nil
        }
    }

    func fill(_ values: MessageValues, dialect: String) -> String {
        var out = ""
        // Room for the text and a typical value per placeholder: one allocation.
        out.reserveCapacity(textLength + 24 * (pieces.count - textPieces))
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .placeholder(let name, let written): out += Text.same(name, "dialect") ? dialect : values[name] ?? written
            }
        }
        return out
    }
}
