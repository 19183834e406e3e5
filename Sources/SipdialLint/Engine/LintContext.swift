/// One URI as a `<Sip>` (or a Twilio `<Uri>`, or Restcomm's `name` attribute) holds it:
/// the decoded text, the trimmed stretch that is the URI, and the parsed URI. A class:
/// a dozen rules read each target, and passing a reference costs one retain where a copy
/// of the parts would cost one per array.
public final class SipTarget {
    public let holder: XMLElement
    public let decoded: DecodedText
    public let trimmed: Range<Int>
    public let uri: SipURI

    init(holder: XMLElement, decoded: DecodedText, trimmed: Range<Int>, uri: SipURI) {
        self.holder = holder
        self.decoded = decoded
        self.trimmed = trimmed
        self.uri = uri
    }

    /// The document range of a range of `uri.bytes`.
    public func range(_ part: Range<Int>) -> ByteRange {
        decoded.rawRange((trimmed.lowerBound + part.lowerBound)..<(trimmed.lowerBound + part.upperBound))
    }

    public var isEmpty: Bool { trimmed.isEmpty }

    /// Where to point when the whole URI is meant: the URI, or the holder's start tag when empty.
    public var wholeRange: ByteRange {
        isEmpty ? holder.startTag : range(0..<uri.bytes.count)
    }
}

/// What rules share while they lint one document: the document, the dialect, and
/// values worth computing once (the parsed URIs of each `<Sip>`).
public final class LintContext {
    public let document: XMLDocument
    public let dialect: Dialect
    /// The other dialects, for hints such as "codecs is a signalwire attribute".
    public let otherDialects: [Dialect]
    /// Caches by element index. (A context is used by one thread and its methods do not
    /// call one another while they change a cache, so run-time exclusivity checks on its
    /// caches are left out.)
    @exclusivity(unchecked) private var targets: [[SipTarget]?]

    private let memo: NameMemo

    init(document: XMLDocument, dialect: Dialect, otherDialects: [Dialect] = [], memo: NameMemo = NameMemo()) {
        self.document = document
        self.memo = memo
        self.dialect = dialect
        self.otherDialects = otherDialects
        self.targets = Array(repeating: nil, count: document.elements.count)
        self.specs = Array(repeating: nil, count: document.storage.names.count)
        // A table for every pair of names, unless a document uses so many names that the
        // table would be large (a generated or hostile one): then nothing is remembered.
        let pairs = document.storage.names.count.multipliedReportingOverflow(by: document.storage.attributeNameCount)
        self.positions = pairs.overflow || pairs.partialValue > Self.largestPairTable ? [] : Array(repeating: -2, count: pairs.partialValue)
    }

    /// Lets go of what was cached for an element, once every rule on it has run (its
    /// children come later in document order and are let go in their turn).
    func release(_ element: XMLElement) {
        targets[element.index] = nil
    }

    /// The dialect's description of an element, if it has one.
    public func spec(of element: XMLElement) -> ElementSpec? {
        describe(element)
        return described.spec
    }

    /// The type the dialect gives attribute `index` of `element` (nil: undeclared, or
    /// the element's attributes are not checked).
    func attributeType(of element: XMLElement, at index: Int) -> AttributeType? {
        describe(element)
        guard index < described.positions.count, let position = described.positions[index] else { return nil }
        return described.spec?.attributes?[position].type
    }

    /// The tag of each attribute's type, in order (nil: undeclared; empty when the
    /// element's attributes are not checked): a check that reads attributes of one kind
    /// finds them without copying a type or an attribute.
    func attributeTags(of element: XMLElement) -> [AttributeType.Tag?] {
        describe(element)
        return described.tags
    }

    /// The element every rule is looking at: the rules on one element run one after the
    /// other, so its spec and where each attribute is declared are looked up once, not
    /// once per rule.
    @exclusivity(unchecked) private var described: (index: Int, spec: ElementSpec?, positions: [Int?], tags: [AttributeType.Tag?]) = (-1, nil, [], [])

    /// The specs of the document's element names, by name number (nil inside: none;
    /// nil outside: not looked up yet).
    @exclusivity(unchecked) private var specs: [ElementSpec??]
    /// Where the dialect declares each pair of element name and attribute name, by
    /// `element name number * attribute name count + attribute name number`: -1 not
    /// declared, -2 not looked up yet. (A document repeats a few pairs many times.)
    @exclusivity(unchecked) private var positions: [Int32]
    static let largestPairTable = 1 << 16

    private func describe(_ element: XMLElement) {
        guard element.index != described.index else { return }
        let nameNumber = element.nameNumber
        let spec: ElementSpec?
        if let known = specs[nameNumber] {
            spec = known
        } else {
            spec = dialect.element(element.name)
            specs[nameNumber] = .some(spec)
        }
        described.index = element.index
        described.spec = spec
        // The arrays are reused from element to element (the rules' copies are gone by then).
        described.positions.removeAll(keepingCapacity: true)
        described.tags.removeAll(keepingCapacity: true)
        guard let spec, spec.attributes != nil else { return }
        let numbers = element.attributeNameNumbers
        let row = nameNumber * document.storage.attributeNameCount
        for index in numbers.indices {
            let position: Int?
            if positions.isEmpty {
                position = spec.position(of: element.attributes[index].name)
            } else {
                let key = row + Int(numbers[index])
                if positions[key] == -2 { positions[key] = Int32(spec.position(of: element.attributes[index].name) ?? -1) }
                position = positions[key] < 0 ? nil : Int(positions[key])
            }
            described.positions.append(position)
            described.tags.append(position.map { spec.tags[$0] })
        }
    }

    /// Texts that depend only on an element's and an attribute's names (hints), worked
    /// out once per run.
    func remember(_ element: String, _ attribute: String, _ make: () -> String) -> String {
        memo.value(for: NamePair(element: element, attribute: attribute), make)
    }

    /// The URIs a `<Sip>` dials: each `<Uri>` child's text (Twilio), else its own text,
    /// else its `name` attribute (Restcomm, with `<Video>`). An empty `<Sip>` yields
    /// one empty target.
    public func sipTargets(of sip: XMLElement) -> [SipTarget] {
        if let cached = targets[sip.index] { return cached }
        let result: [SipTarget]
        if sip.children.isEmpty {
            // The common case: a <Sip> that holds its URI as text.
            result = [target(holder: sip, decoded: document.decodedText(of: sip))]
        } else if sip.children.contains(where: { $0.isNamed("Uri") }) {
            result = sip.children.filtered { $0.isNamed("Uri") }.map { target(holder: $0, decoded: document.decodedText(of: $0)) }
        } else {
            let own = target(holder: sip, decoded: document.decodedText(of: sip))
            if own.isEmpty, let name = sip.attribute("name"), sip.children.contains(where: { $0.isNamed("Video") }) {
                result = [target(holder: sip, decoded: document.decodedValue(of: name))]
            } else {
                result = [own]
            }
        }
        targets[sip.index] = result
        return result
    }

    private func target(holder: XMLElement, decoded: DecodedText) -> SipTarget {
        let trimmed = decoded.trimmedRange
        let bytes = trimmed.count == decoded.bytes.count ? decoded.bytes : Array(decoded.bytes[trimmed])
        return SipTarget(holder: holder, decoded: decoded, trimmed: trimmed, uri: SipURI(bytes))
    }

    /// An attribute's decoded value.
    public func value(of attribute: XMLAttribute) -> String { document.value(of: attribute) }

    /// The document range of a stretch of an attribute's decoded value.
    public func range(in attribute: XMLAttribute, _ decoded: Range<Int>) -> ByteRange {
        document.decodedValue(of: attribute).rawRange(decoded)
    }
}

struct NamePair: Hashable {
    let element: String
    let attribute: String
}

/// Texts worked out from names alone, shared by the threads of a run (documents written
/// for another dialect repeat the same unknown attributes thousands of times).
final class NameMemo: @unchecked Sendable {
    private let lock = Lock()
    private var values: [NamePair: String] = [:]

    func value(for key: NamePair, _ make: () -> String) -> String {
        if let known = lock.withLock({ values[key] }) { return known }
        // Worked out outside the lock: another thread may do the same, with the same result.
        let made = make()
        lock.withLock { values[key] = made }
        return made
    }
}
