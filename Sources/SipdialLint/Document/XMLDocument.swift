/// A parsed, well-formed document: its bytes, its elements and its comments. It owns
/// the storage its elements read: an element is valid while its document is.
package final class XMLDocument: Sendable {
    package let bytes: [UInt8]
    let storage: ModelStorage
    package let root: XMLElement?
    /// Every element in document order; `elements[i].index == i`.
    package let elements: [XMLElement]
    package let comments: [ByteRange]
    /// The elements of each name, in document order (a document uses a few names).
    private let byName: [(name: String, elements: [XMLElement])]

    init(bytes: [UInt8], storage: ModelStorage, byName: [[Int32]], comments: [ByteRange]) {
        self.bytes = bytes
        self.storage = storage
        let elements = (0..<storage.records.count).map { XMLElement(storage, $0) }
        self.elements = elements
        self.root = elements.first
        self.byName = byName.enumerated().map { (storage.names[$0.offset], $0.element.map { elements[Int($0)] }) }
        self.comments = comments
    }

    package func elements(named name: String) -> [XMLElement] { byName.first { Text.same($0.name, name) }?.elements ?? [] }

    /// An attribute's value after entity decoding and attribute-value normalisation.
    package func value(of attribute: XMLAttribute) -> String {
        withValue(of: attribute) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of an attribute's decoded value: the document's own
    /// bytes when there is nothing to decode (no string, no copy).
    package func withValue<Result>(of attribute: XMLAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = attribute.valueRange
        let end = min(range.end, bytes.count)
        let start = min(range.start, end)
        if DecodedText.isPlain(bytes, start..<end, mode: .attribute) {
            return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }
        return decodedValue(of: attribute).bytes.withUnsafeBufferPointer(body)
    }

    /// The decoded value of an attribute, with the map back to raw offsets.
    package func decodedValue(of attribute: XMLAttribute) -> DecodedText {
        var text = DecodedText()
        text.append(raw: bytes, attribute.valueRange, mode: .attribute)
        return text
    }

    /// Whether an element holds text other than white space (a run of text or CDATA).
    package func holdsText(_ element: XMLElement) -> Bool {
        element.textRuns.contains { !Text.trimmed($0.range.start..<$0.range.end, in: bytes).isEmpty }
    }

    /// The range of an element's end tag (`</Name>`), nil for an empty-element tag: the
    /// markup after its start tag is read (comments, CDATA and processing instructions
    /// skipped, tags nested in it counted) until the end tag that closes it. For fixes,
    /// which need it rarely: the model does not keep it.
    package func endTag(of element: XMLElement) -> ByteRange? {
        let tag = element.startTag
        guard tag.end >= 2, tag.end <= bytes.count, bytes[tag.end - 2] != UInt8(ascii: "/") else { return nil }
        var depth = 0
        var index = tag.end
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            if let end = Text.endOfCommentCDATAOrPI(bytes, at: open) {
                index = end
            } else {
                // A tag: to its ">", past quoted values (which may hold ">").
                var end = open + 1
                var quote: UInt8 = 0
                while end < bytes.count {
                    let byte = bytes[end]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    end += 1
                }
                guard end < bytes.count else { return nil }
                if bytes[open + 1] == UInt8(ascii: "/") {
                    if depth == 0 { return ByteRange(open, end + 1) }
                    depth -= 1
                } else if bytes[end - 1] != UInt8(ascii: "/") {
                    depth += 1
                }
                index = end + 1
            }
        }
        return nil
    }

    /// The whole of an element: its start tag to the end of its end tag.
    package func wholeRange(of element: XMLElement) -> ByteRange {
        ByteRange(element.startTag.start, endTag(of: element)?.end ?? element.startTag.end)
    }

    /// The character data of an element (text and CDATA, comments skipped), decoded.
    package func decodedText(of element: XMLElement) -> DecodedText {
        var text = DecodedText()
        for run in element.textRuns {
            text.append(raw: bytes, run.range, mode: run.isCDATA ? .cdata : .text)
        }
        return text
    }
}
