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

/// What the model knows of one element, stored flat: offsets and numbers only, so that
/// a document's elements are a few arrays rather than an object and three arrays each.
struct ElementRecord {
    /// The element's name, as a number in `ModelStorage.names`.
    var name: Int32
    /// The parent's index, or -1 for the root.
    var parent: Int32
    /// The index of the last element inside this one (its own index when it has none).
    var lastDescendant: Int32
    var startTag: ByteRange
    var nameRange: ByteRange
    /// The end tag; empty at 0 for an empty-element tag.
    var endTag: ByteRange
    var hasEndTag: Bool
    /// Ranges of `ModelStorage.attributes`, `.children` and `.textRuns`.
    var attributes: Range<Int32>
    var children: Range<Int32>
    var textRuns: Range<Int32>
}

/// A buffer that grows as an array does but is not one: the scanner fills it, and the
/// document model then reads it in place, with no copy, and no retain of an array on
/// each read (rules read the model thousands of times per document). Its owner frees it.
struct FlatBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf elements: [Element]) {
        if count + elements.count > capacity { grow(to: max(capacity * 2, count + elements.count)) }
        elements.withUnsafeBufferPointer { (base + count).initialize(from: $0.baseAddress!, count: $0.count) }
        count += elements.count
    }

    /// Element `index`, which must be below `count` (the scanner's own numbers).
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Deinitializes the elements and frees the memory; the buffer is not used again.
    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// The buffers that hold a document's elements, written once by the scanner and then
/// only read (hence shared by threads without a lock). Every index into them comes from
/// the scanner that filled them.
final class ModelStorage: @unchecked Sendable {
    private let recordBuffer: FlatBuffer<ElementRecord>
    private let attributeBuffer: FlatBuffer<XMLAttribute>
    private let numberBuffer: FlatBuffer<Int32>
    private let childBuffer: FlatBuffer<Int32>
    private let textBuffer: FlatBuffer<XMLTextRun>
    /// The element names, by number.
    let names: [String]
    let attributeNameCount: Int

    /// Takes over the scanner's buffers (and frees them when it goes).
    init(records: FlatBuffer<ElementRecord>, names: [String], attributeNameNumbers: FlatBuffer<Int32>, attributeNameCount: Int,
         attributes: FlatBuffer<XMLAttribute>, children: FlatBuffer<Int32>, textRuns: FlatBuffer<XMLTextRun>) {
        recordBuffer = records
        attributeBuffer = attributes
        numberBuffer = attributeNameNumbers
        childBuffer = children
        textBuffer = textRuns
        self.names = names
        self.attributeNameCount = attributeNameCount
    }

    deinit {
        recordBuffer.free()
        attributeBuffer.free()
        numberBuffer.free()
        childBuffer.free()
        textBuffer.free()
    }

    var records: UnsafeMutableBufferPointer<ElementRecord> { recordBuffer.elements }
    var attributes: UnsafeMutableBufferPointer<XMLAttribute> { attributeBuffer.elements }
    /// Each attribute's name as a number among the document's attribute names (the same
    /// name, the same number), beside `attributes`: what depends on names alone is then
    /// worked out once per document.
    var attributeNameNumbers: UnsafeMutableBufferPointer<Int32> { numberBuffer.elements }
    /// Each element's children, by index, one element's after another's.
    var children: UnsafeMutableBufferPointer<Int32> { childBuffer.elements }
    var textRuns: UnsafeMutableBufferPointer<XMLTextRun> { textBuffer.elements }
}

/// An element of the document model, with the byte offsets of everything a rule may
/// point at. libxml2 checks well-formedness and evaluates XPath; this model is what
/// positions come from.
///
/// A view: the document's index of the element and the arrays that describe it.
/// Passing or keeping one costs nothing (no retain); it is valid while its
/// `XMLDocument` is, which every rule and check can count on.
public struct XMLElement: Sendable {
    unowned(unsafe) let storage: ModelStorage
    /// Position in document order, 0 for the root.
    public let index: Int

    init(_ storage: ModelStorage, _ index: Int) {
        self.storage = storage
        self.index = index
    }

    var record: ElementRecord { storage.records[index] }

    public var name: String { storage.names[Int(record.name)] }

    /// The name's number among the document's element names.
    var nameNumber: Int { Int(record.name) }

    /// The name numbers of the attributes, in order (see `ModelStorage`).
    var attributeNameNumbers: FlatList<Int32> { FlatList(storage.attributeNameNumbers, record.attributes) }

    /// Whether the element has this name. (Lengths first: two different short strings
    /// otherwise cost a call to Unicode-aware comparison.)
    public func isNamed(_ name: String) -> Bool {
        Text.same(self.name, name)
    }

    public var parent: XMLElement? {
        let parent = record.parent
        return parent < 0 ? nil : XMLElement(storage, Int(parent))
    }

    /// From `<` to the `>` that closes the start tag.
    public var startTag: ByteRange { record.startTag }
    public var nameRange: ByteRange { record.nameRange }

    public var attributes: FlatList<XMLAttribute> { FlatList(storage.attributes, record.attributes) }

    /// The child elements, in order.
    public var children: Children { Children(storage: storage, range: record.children) }

    /// The character data, in order: text runs and CDATA sections. Runs of white space
    /// alone are not kept (no rule reads them, and they are most of a document's runs).
    public var textRuns: FlatList<XMLTextRun> { FlatList(storage.textRuns, record.textRuns) }

    /// The end tag, or nil for an empty-element tag (`<Sip/>`).
    public var endTag: ByteRange? {
        let record = self.record
        return record.hasEndTag ? record.endTag : nil
    }

    /// The index of the last element inside this one (its own index when it has none):
    /// its descendants are `elements[index + 1 ... lastDescendant]`.
    public var lastDescendant: Int { Int(record.lastDescendant) }

    public func attribute(_ name: String) -> XMLAttribute? {
        // Lengths first (they differ for most pairs of names), and by index: only the
        // match is copied (an attribute holds a string to retain).
        let all = storage.attributes
        for index in Int(record.attributes.lowerBound)..<Int(record.attributes.upperBound) where Text.same(all[index].name, name) {
            return all[index]
        }
        return nil
    }

    /// The whole element, from its start tag to the end of its end tag.
    public var range: ByteRange {
        let record = self.record
        return ByteRange(record.startTag.start, record.hasEndTag ? record.endTag.end : record.startTag.end)
    }

    /// An element's children, as elements, without an array of their own.
    public struct Children: RandomAccessCollection {
        unowned(unsafe) let storage: ModelStorage
        let range: Range<Int32>

        public var startIndex: Int { 0 }
        public var endIndex: Int { Int(range.upperBound - range.lowerBound) }
        public subscript(position: Int) -> XMLElement {
            XMLElement(storage, Int(storage.children[Int(range.lowerBound) + position]))
        }
    }
}

/// A stretch of one of the model's arrays, indexed from 0 (valid while its document is).
public struct FlatList<Element>: RandomAccessCollection {
    let base: UnsafeMutableBufferPointer<Element>
    let range: Range<Int32>

    init(_ base: UnsafeMutableBufferPointer<Element>, _ range: Range<Int32>) {
        self.base = base
        self.range = range
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(range.upperBound - range.lowerBound) }
    public subscript(position: Int) -> Element { base[Int(range.lowerBound) + position] }
}

/// A parsed, well-formed document: its bytes, its elements and its comments. It owns
/// the storage its elements read: an element is valid while its document is.
public final class XMLDocument: Sendable {
    public let bytes: [UInt8]
    let storage: ModelStorage
    public let root: XMLElement?
    /// Every element in document order; `elements[i].index == i`.
    public let elements: [XMLElement]
    public let comments: [ByteRange]
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

    public func elements(named name: String) -> [XMLElement] { byName.first { Text.same($0.name, name) }?.elements ?? [] }

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
