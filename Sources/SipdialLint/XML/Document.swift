/// An attribute as written: its name and its raw value's place between the quotes.
/// The value itself is read from the document when a rule asks for it
/// (`XMLDocument.value(of:)`): most values are never read, and a string for each
/// would cost an allocation, a copy and, on every copy of the attribute, a retain.
public struct XMLAttribute: Sendable {
    public let name: String
    public let nameRange: ByteRange
    /// The raw value, between the quotes.
    public let valueRange: ByteRange
}

/// Character data inside an element: a text run or a CDATA section, by raw range
/// (for CDATA, the range between `<![CDATA[` and `]]>`).
public struct XMLTextRun: Sendable {
    public let range: ByteRange
    public let isCDATA: Bool
}

/// An element of the document model, with the byte offsets of everything a rule may
/// point at. libxml2 checks well-formedness and evaluates XPath; this model is what
/// positions come from.
public final class XMLElement {
    public let name: String
    /// Position in document order, 0 for the root.
    public let index: Int
    public unowned(unsafe) let parent: XMLElement?
    /// From `<` to the `>` that closes the start tag.
    public let startTag: ByteRange
    public let nameRange: ByteRange
    public let attributes: [XMLAttribute]
    /// The child elements, in order.
    // This and the next three are written only by the scanner, before the model is
    // shared, and only read after: the run-time exclusivity check on each read (rules
    // read them for every element) is left out.
    @exclusivity(unchecked) public internal(set) var children: [XMLElement] = []
    /// The character data, in order: text runs and CDATA sections. Runs of white space
    /// alone are not kept (no rule reads them, and they are most of a document's runs).
    @exclusivity(unchecked) public internal(set) var textRuns: [XMLTextRun] = []
    /// The end tag, or nil for an empty-element tag (`<Sip/>`).
    @exclusivity(unchecked) public internal(set) var endTag: ByteRange?
    /// The index of the last element inside this one (its own index when it has none):
    /// its descendants are `elements[index + 1 ... lastDescendant]`.
    @exclusivity(unchecked) public internal(set) var lastDescendant = 0

    init(name: String, index: Int, parent: XMLElement?, startTag: ByteRange, nameRange: ByteRange, attributes: [XMLAttribute]) {
        self.name = name
        self.index = index
        self.parent = parent
        self.startTag = startTag
        self.nameRange = nameRange
        self.attributes = attributes
    }

    public func attribute(_ name: String) -> XMLAttribute? {
        // Lengths first: they differ for most pairs of names and cost nothing to compare.
        // By index: only the match is copied (an attribute holds two strings to retain).
        let length = name.utf8.count
        for index in attributes.indices where attributes[index].name.utf8.count == length && attributes[index].name == name {
            return attributes[index]
        }
        return nil
    }

    /// The whole element, from its start tag to the end of its end tag.
    public var range: ByteRange { ByteRange(startTag.start, endTag?.end ?? startTag.end) }
}

/// A parsed, well-formed document: its bytes, its elements and its comments.
public final class XMLDocument {
    public let bytes: [UInt8]
    public let root: XMLElement?
    /// Every element in document order; `elements[i].index == i`.
    public let elements: [XMLElement]
    public let comments: [ByteRange]
    /// The elements of each name, in document order (a document uses a few names).
    private let byName: [(name: String, elements: [XMLElement])]

    init(bytes: [UInt8], root: XMLElement?, elements: [XMLElement], byName: [(name: String, elements: [XMLElement])], comments: [ByteRange]) {
        self.bytes = bytes
        self.root = root
        self.elements = elements
        self.byName = byName
        self.comments = comments
    }

    public func elements(named name: String) -> [XMLElement] { byName.first { $0.name == name }?.elements ?? [] }

    /// An attribute's value after entity decoding and attribute-value normalisation.
    public func value(of attribute: XMLAttribute) -> String {
        withValue(of: attribute) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of an attribute's decoded value: the document's own
    /// bytes when there is nothing to decode (no string, no copy).
    public func withValue<Result>(of attribute: XMLAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = attribute.valueRange
        let end = min(range.end, bytes.count)
        let start = min(range.start, end)
        if DecodedText.isPlain(bytes, start..<end, mode: .attribute) {
            return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }
        return decodedValue(of: attribute).bytes.withUnsafeBufferPointer(body)
    }

    /// The decoded value of an attribute, with the map back to raw offsets.
    public func decodedValue(of attribute: XMLAttribute) -> DecodedText {
        var text = DecodedText()
        text.append(raw: bytes, attribute.valueRange, mode: .attribute)
        return text
    }

    /// The character data of an element (text and CDATA, comments skipped), decoded.
    public func decodedText(of element: XMLElement) -> DecodedText {
        var text = DecodedText()
        for run in element.textRuns {
            text.append(raw: bytes, run.range, mode: run.isCDATA ? .cdata : .text)
        }
        return text
    }
}
