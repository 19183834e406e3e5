/// Where in a document a suppression comment can go, worked out once for a code-action
/// request (the document is parsed once, however many of its diagnostics ask): where the
/// comment keeps the document well-formed and its text as it was. Not before or in the
/// XML declaration, nor inside a start tag, an end tag, a comment or a CDATA section,
/// found from the parsed document, not by guessing at "<" and ">", which attribute
/// values and comments may hold.
struct CommentPlaces {
    let bytes: [UInt8]
    let lineStarts: [Int]
    /// The parsed document; nil when it does not parse (then no comment is placed).
    private let document: XMLDocument?
    /// Where the body starts: after a byte order mark and the XML declaration.
    private let body: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = LineTable.lineStarts(of: bytes)
        if case .success(let parsed) = XMLParser.parse(bytes, needsTree: false) { document = parsed.model } else { document = nil }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[body...].starts(with: "<?xml".utf8) {
            body = (bytes[body...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count) + 1
        }
        self.body = body
    }

    /// Whether a comment put at `offset` keeps the document as it was.
    func accepts(_ offset: Int) -> Bool {
        guard let document, offset >= body else { return false }
        func inside(_ range: ByteRange) -> Bool { range.start < offset && offset < range.end }
        if document.elements.contains(where: { inside($0.startTag) }) { return false }
        if document.comments.contains(where: inside) { return false }
        if document.elements.contains(where: { $0.textRuns.contains { $0.isCDATA && inside($0.range) } }) { return false }
        // An end tag spans lines only before its ">" ("</Dial\n>"): no "<" or ">" in between.
        var back = offset - 1
        while back >= 0, bytes[back] != UInt8(ascii: "<"), bytes[back] != UInt8(ascii: ">") { back -= 1 }
        return !(back >= 0 && bytes[back] == UInt8(ascii: "<") && back + 1 < bytes.count && bytes[back + 1] == UInt8(ascii: "/"))
    }
}
