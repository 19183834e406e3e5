/// What rules share while they lint one document: the document, the dialect, and
/// values worth computing once (the dialect's specs of its elements, the URIs of each
/// `<Sip>`). One thread uses a context.
package final class LintContext {
    package let document: XMLDocument
    package let dialect: Dialect
    /// The other dialects, for hints such as "codecs is a signalwire attribute".
    package let otherDialects: [Dialect]
    /// The URIs of the `<Sip>` nouns, parsed once for all the rules that read them.
    let uris: SipTargets

    private let memo: NameMemo

    init(document: XMLDocument, dialect: Dialect, otherDialects: [Dialect] = [], memo: NameMemo = NameMemo()) {
        self.document = document
        self.memo = memo
        self.dialect = dialect
        self.otherDialects = otherDialects
        let mayHoldTemplates = Text.containsDoubleBrace(document.bytes)
        self.mayHoldTemplates = mayHoldTemplates
        self.uris = SipTargets(document: document, mayHoldTemplates: mayHoldTemplates)
        self.specs = Array(repeating: nil, count: document.storage.names.count)
        self.openness = Array(repeating: 0, count: document.elements.count)
        // A table for every pair of names, unless a document uses so many names that the
        // table would be large (a generated or hostile one): then nothing is remembered.
        let pairs = document.storage.names.count.multipliedReportingOverflow(by: document.storage.attributeNameCount)
        self.positions = pairs.overflow || pairs.partialValue > Self.largestPairTable ? [] : Array(repeating: -2, count: pairs.partialValue)
    }

    /// Lets go of what was cached for an element, once every rule on it has run (its
    /// children come later in document order and are let go in their turn).
    func release(_ element: XMLElement) {
        uris.release(element)
    }

    /// The dialect's description of an element, if it has one.
    package func spec(of element: XMLElement) -> ElementSpec? {
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
    ///
    /// `@exclusivity(unchecked)` on this context's caches and on `SipTargets`': one thread
    /// uses a context, and its methods do not call one another while they change a cache.
    /// With run-time exclusivity checks on these four, linting costs 7.7% more
    /// instructions (400K against 371K per document; callgrind, --jobs 1, 300 SignalWire documents of the bench corpus).
    @exclusivity(unchecked) private var described: (index: Int, spec: ElementSpec?, positions: [Int?], tags: [AttributeType.Tag?]) = (
        -1, nil, [], []
    )

    /// The specs of the document's element names, by name number (nil inside: none;
    /// nil outside: not looked up yet).
    @exclusivity(unchecked) private var specs: [ElementSpec??]
    /// By element index: 0 not worked out yet, 1 described, 2 inside an element whose
    /// content is open (see `isInsideOpen`).
    @exclusivity(unchecked) private var openness: [UInt8]
    /// Whether the document holds "{{" at all: only then may a value be a template.
    let mayHoldTemplates: Bool
    /// Where the dialect declares each pair of element name and attribute name, by
    /// `element name number * attribute name count + attribute name number`: -1 not
    /// declared, -2 not looked up yet. (A document repeats a few pairs many times.)
    @exclusivity(unchecked) private var positions: [Int32]
    static let largestPairTable = 1 << 16

    private func describe(_ element: XMLElement) {
        guard element.index != described.index else { return }
        let nameNumber = element.nameNumber
        var spec = spec(named: nameNumber, element.name) ?? misspelt(element)
        // Inside an element whose content the dialect leaves open (`children: any`),
        // nothing is described: a name there may mean something else.
        if spec != nil && isInsideOpen(element.index) { spec = nil }
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

    /// Whether an element stands inside one whose content the dialect leaves open, worked
    /// out once per element from its parent's answer (parents come first in document order).
    private func isInsideOpen(_ index: Int) -> Bool {
        let state = openness[index]
        if state != 0 { return state == 2 }
        let records = document.storage.records
        let parent = Int(records[index].parent)
        var inside = false
        if parent >= 0 {
            let number = Int(records[parent].name)
            if isInsideOpen(parent) {
                inside = true
            } else if let holder = spec(named: number, document.storage.names[number]), holder.children == nil {
                inside = true
            }
        }
        openness[index] = inside ? 2 : 1
        return inside
    }

    /// The spec the dialect declares for an element name.
    private func spec(named number: Int, _ name: String) -> ElementSpec? {
        if let known = specs[number] { return known }
        let found = dialect.element(name)
        specs[number] = .some(found)
        return found
    }

    /// For an element the dialect does not declare, the spec of the name `unknown-element`
    /// suggests in its place (so `<Gahter timout="5">` is read as the `<Gather>` it was
    /// meant to be), worked out once per run for each parent and name. A name another
    /// dialect declares is that element out of place, not a misspelling.
    private func misspelt(_ element: XMLElement) -> ElementSpec? {
        guard let parent = element.parent, let allowed = spec(named: parent.nameNumber, parent.name)?.children else { return nil }
        let name = element.name
        guard !otherDialects.contains(where: { $0.element(name) != nil }), let meant = nearestChild(name, of: parent.name, allowed: allowed)
        else { return nil }
        return dialect.element(meant)
    }

    /// The name allowed inside `parent` nearest to `name`, worked out once per run.
    func nearestChild(_ name: String, of parent: String, allowed: [String]) -> String? {
        let nearest = remember("?" + parent, name) { Text.nearest(to: name, in: allowed) ?? "" }
        return nearest.isEmpty ? nil : nearest
    }

    /// Texts that depend only on an element's and an attribute's names (hints), worked
    /// out once per run.
    func remember(_ element: String, _ attribute: String, _ make: () -> String) -> String {
        memo.value(for: NamePair(element: element, attribute: attribute), make)
    }

    /// Whether an attribute's value holds a template tag (`{{From}}`), filled in only when
    /// the call comes in: value checks leave it alone.
    package func isTemplate(_ attribute: XMLAttribute) -> Bool {
        guard mayHoldTemplates else { return false }
        let range = attribute.valueRange
        return Text.hasTemplate(document.bytes[min(range.start, document.bytes.count)..<min(range.end, document.bytes.count)])
    }

    /// An attribute's decoded value.
    package func value(of attribute: XMLAttribute) -> String { document.value(of: attribute) }

    /// The document range of a stretch of an attribute's decoded value.
    package func range(in attribute: XMLAttribute, _ decoded: Range<Int>) -> ByteRange {
        document.decodedValue(of: attribute).rawRange(decoded)
    }
}
