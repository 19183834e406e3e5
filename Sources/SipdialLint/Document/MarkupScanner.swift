#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the document model, with byte offsets, from a document that libxml2 has
/// already found well-formed. It still checks every bound: a disagreement with
/// libxml2 must never crash the linter.
struct MarkupScanner {
    private let bytes: [UInt8]
    /// The model's arrays, filled as the elements open and close.
    private var records: FlatBuffer<ElementRecord>
    private var attributes: FlatBuffer<XMLAttribute>
    /// Each attribute's name number, beside `attributes`.
    private var attributeNameNumbers: FlatBuffer<Int32>
    private var children: FlatBuffer<Int32>
    private var textRuns: FlatBuffer<XMLTextRun>
    private var comments: [ByteRange] = []
    /// The open elements, by index.
    private var stack: [Int32] = []
    /// What the open elements hold so far, by depth, reused from element to element: an
    /// element's children and text runs join the model's arrays, together, when it closes.
    private var childrenSoFar: [[Int32]] = []
    private var textSoFar: [[XMLTextRun]] = []
    /// The element and attribute names met so far (a document uses a few, many times
    /// over): a name already met is found by comparing bytes, and its string is shared.
    private var elementNames = NameTable()
    private var attributeNames = NameTable()
    /// The elements of each name in `elementNames`, in document order.
    private var elementsByName: [[Int32]] = []

    struct NameTable {
        /// Where each name was first written, and the name.
        private var ranges: [ByteRange] = []
        private var names: [String] = []
        /// Once there are more names than a scan handles well, the names' numbers plus
        /// one by a hash of their bytes (open addressing, at most half full; 0 is empty),
        /// so that a document of thousands of distinct names costs no quadratic time.
        private var slots: [Int32] = []
        static let scanned = 16

        private static func hash(_ base: UnsafePointer<UInt8>, _ range: ByteRange) -> Int {
            var hash = 14_695_981_039_346_656_037 as UInt64
            for index in range.start..<range.end { hash = (hash ^ UInt64(base[index])) &* 1_099_511_628_211 }
            return Int(truncatingIfNeeded: hash >> 1)
        }

        /// The number of the name written at `range`, added when new (with the shared
        /// string of a known name).
        mutating func number(of range: ByteRange, in bytes: [UInt8], known: KnownNames?) -> Int {
            let length = range.end - range.start
            return bytes.withUnsafeBufferPointer { buffer -> Int in
                let base = buffer.baseAddress!
                func same(_ number: Int) -> Bool {
                    let known = ranges[number]
                    return known.end - known.start == length && (length == 0 || base[known.start] == base[range.start])
                        && memcmp(base + known.start, base + range.start, length) == 0
                }
                var slot = 0
                if slots.isEmpty {
                    for number in ranges.indices where same(number) { return number }
                } else {
                    slot = Self.hash(base, range) & (slots.count - 1)
                    while slots[slot] != 0 {
                        if same(Int(slots[slot]) - 1) { return Int(slots[slot]) - 1 }
                        slot = (slot + 1) & (slots.count - 1)
                    }
                }
                if ranges.isEmpty {
                    ranges.reserveCapacity(8)
                    names.reserveCapacity(8)
                }
                ranges.append(range)
                names.append(
                    known?.name(base + range.start, count: length)
                        ?? String(decoding: UnsafeBufferPointer(start: base + range.start, count: length), as: UTF8.self))
                if !slots.isEmpty { slots[slot] = Int32(truncatingIfNeeded: names.count) }
                if names.count > Self.scanned && names.count * 2 > slots.count { rehash(base) }
                return names.count - 1
            }
        }

        private mutating func rehash(_ base: UnsafePointer<UInt8>) {
            slots = [Int32](repeating: 0, count: max(64, slots.count * 2))
            let mask = slots.count - 1
            for number in ranges.indices {
                var slot = Self.hash(base, ranges[number]) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(truncatingIfNeeded: number + 1)
            }
        }

        subscript(number: Int) -> String { names[number] }

        var all: [String] { names }
    }

    private let known: KnownNames?

    init(bytes: [UInt8], known: KnownNames?) {
        self.bytes = bytes
        self.known = known
        // Room for the elements of a small document, so that most documents fill their
        // arrays without growing them.
        let expected = min(bytes.count / 64 + 4, 256)
        records = FlatBuffer(capacity: expected)
        attributes = FlatBuffer(capacity: expected * 2)
        attributeNameNumbers = FlatBuffer(capacity: expected * 2)
        children = FlatBuffer(capacity: expected)
        textRuns = FlatBuffer(capacity: expected)
        stack.reserveCapacity(16)
    }

    struct Failure: Error {
        let offset: Int
        var message: String?
    }

    /// libxml2's limit on one text node; without a tree libxml2 does not count it, so
    /// the scanner does.
    static let maximumTextLength = 10_000_000

    static func scan(_ bytes: [UInt8], from start: Int, known: KnownNames? = nil) throws(Failure) -> XMLDocument {
        var scanner = MarkupScanner(bytes: bytes, known: known)
        do { try scanner.run(from: start) } catch {
            // The buffers are the scanner's until a model takes them.
            scanner.records.free()
            scanner.attributes.free()
            scanner.attributeNameNumbers.free()
            scanner.children.free()
            scanner.textRuns.free()
            throw error
        }
        let storage = ModelStorage(
            records: scanner.records, names: scanner.elementNames.all,
            attributeNameNumbers: scanner.attributeNameNumbers, attributeNameCount: scanner.attributeNames.all.count,
            attributes: scanner.attributes,
            children: scanner.children, textRuns: scanner.textRuns)
        return XMLDocument(bytes: bytes, storage: storage, byName: scanner.elementsByName, comments: scanner.comments)
    }

    private func find(_ byte: UInt8, from index: Int) -> Int? {
        index < bytes.count ? Text.firstIndex(of: byte, in: bytes, index..<bytes.count) : nil
    }

    private func find(_ marker: [UInt8], from index: Int) -> Int? {
        var index = index
        while let candidate = find(marker[0], from: index) {
            if candidate + marker.count > bytes.count { return nil }
            var matches = true
            for (offset, byte) in marker.enumerated() where bytes[candidate + offset] != byte {
                matches = false
                break
            }
            if matches { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static let commentClose: [UInt8] = Array("-->".utf8)
    private static let cdataClose: [UInt8] = Array("]]>".utf8)
    private static let piClose: [UInt8] = Array("?>".utf8)

    private mutating func run(from start: Int) throws(Failure) {
        var index = start
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let end = find(0x3C, from: index) ?? count
                if end - index > Self.maximumTextLength {
                    throw Failure(offset: index, message: "a text node over 10 MB, the parser's limit (it is not lifted)")
                }
                if !stack.isEmpty, bytes[index..<end].contains(where: { !Text.isXMLSpace($0) }) {
                    textSoFar[stack.count - 1].append(XMLTextRun(range: ByteRange(index, end), isCDATA: false))
                }
                index = end
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if next == UInt8(ascii: "?") {
                guard let end = find(Self.piClose, from: index + 2) else { throw Failure(offset: index) }
                index = end + 2
            } else if Text.matches(bytes, "<!--", at: index) {
                guard let end = find(Self.commentClose, from: index + 4) else { throw Failure(offset: index) }
                let range = ByteRange(index, end + 3)
                comments.append(range)
                index = end + 3
            } else if Text.matches(bytes, "<![CDATA[", at: index) {
                guard let end = find(Self.cdataClose, from: index + 9) else { throw Failure(offset: index) }
                if !stack.isEmpty {
                    textSoFar[stack.count - 1].append(XMLTextRun(range: ByteRange(index + 9, end), isCDATA: true))
                }
                index = end + 3
            } else if next == UInt8(ascii: "!") {
                guard let end = find(0x3E, from: index) else { throw Failure(offset: index) }
                index = end + 1
            } else if next == UInt8(ascii: "/") {
                guard let end = find(0x3E, from: index), let closed = stack.popLast() else {
                    throw Failure(offset: index)
                }
                let depth = stack.count
                let element = Int(closed)
                if !childrenSoFar[depth].isEmpty {
                    records[element].children = Int32(children.count)..<Int32(children.count + childrenSoFar[depth].count)
                    children.append(contentsOf: childrenSoFar[depth])
                    childrenSoFar[depth].removeAll(keepingCapacity: true)
                }
                if !textSoFar[depth].isEmpty {
                    records[element].textRuns = Int32(textRuns.count)..<Int32(textRuns.count + textSoFar[depth].count)
                    textRuns.append(contentsOf: textSoFar[depth])
                    textSoFar[depth].removeAll(keepingCapacity: true)
                }
                records[element].lastDescendant = Int32(records.count - 1)
                index = end + 1
            } else {
                index = try startTag(at: index)
            }
        }
        if !stack.isEmpty { throw Failure(offset: count) }
    }

    private func isNameEnd(_ byte: UInt8) -> Bool {
        Text.isXMLSpace(byte) || byte == 0x2F || byte == 0x3E || byte == 0x3D
    }

    /// Scans a start tag at `start` (its `<`); returns the offset after it.
    private mutating func startTag(at start: Int) throws(Failure) -> Int {
        let count = bytes.count
        var index = start + 1
        while index < count, !isNameEnd(bytes[index]) { index += 1 }
        let nameRange = ByteRange(start + 1, index)
        let firstAttribute = Int32(attributes.count)
        var selfClosing = false
        while true {
            while index < count, Text.isXMLSpace(bytes[index]) { index += 1 }
            guard index < count else { throw Failure(offset: start) }
            if bytes[index] == 0x3E {
                index += 1
                break
            }
            if bytes[index] == 0x2F {
                guard index + 1 < count, bytes[index + 1] == 0x3E else { throw Failure(offset: index) }
                selfClosing = true
                index += 2
                break
            }
            let nameStart = index
            while index < count, !isNameEnd(bytes[index]) { index += 1 }
            let attributeName = ByteRange(nameStart, index)
            while index < count, Text.isXMLSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == UInt8(ascii: "=") else { throw Failure(offset: index) }
            index += 1
            while index < count, Text.isXMLSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == 0x22 || bytes[index] == 0x27 else { throw Failure(offset: index) }
            let quote = bytes[index]
            guard let close = find(quote, from: index + 1) else { throw Failure(offset: index) }
            let valueRange = ByteRange(index + 1, close)
            let nameNumber = attributeNames.number(of: attributeName, in: bytes, known: known)
            attributeNameNumbers.append(Int32(nameNumber))
            attributes.append(
                XMLAttribute(
                    name: attributeNames[nameNumber],
                    nameRange: attributeName,
                    valueRange: valueRange))
            index = close + 1
        }
        let parent = stack.last
        let nameNumber = elementNames.number(of: nameRange, in: bytes, known: known)
        let element = Int32(records.count)
        let none = Int32(0)..<Int32(0)
        records.append(
            ElementRecord(
                name: Int32(nameNumber), parent: parent ?? -1, lastDescendant: element,
                startTag: ByteRange(start, index),
                attributes: firstAttribute..<Int32(attributes.count), children: none, textRuns: none))
        if nameNumber == elementsByName.count {
            if elementsByName.isEmpty { elementsByName.reserveCapacity(8) }
            var first: [Int32] = []
            first.reserveCapacity(min(16, max(4, records.capacity / 4)))
            elementsByName.append(first)
        }
        elementsByName[nameNumber].append(element)
        if parent != nil { childrenSoFar[stack.count - 1].append(element) }
        if !selfClosing {
            stack.append(element)
            if childrenSoFar.count < stack.count {
                var children: [Int32] = []
                children.reserveCapacity(8)
                childrenSoFar.append(children)
                textSoFar.append([])
            }
        }
        return index
    }
}
