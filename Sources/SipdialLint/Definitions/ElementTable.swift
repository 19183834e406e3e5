/// A dialect's elements, by name. A user's dialect file is read whole when it is loaded
/// (its errors are found then); a built-in dialect (tested when it was built) keeps each
/// element in its compact form and reads it when first looked up: a run reads a few
/// elements of the dialect it lints in, and those of the others only for a hint ("it is
/// an element of signalwire"). Threads share a table; it changes only under its lock.
final class ElementTable: @unchecked Sendable {
    private let lock = Lock()
    /// The specs read so far (all of them, for a table read whole).
    private var specs: [String: ElementSpec]
    /// A built-in dialect's elements not read yet: where each one's compact form is in
    /// `bytes`, by name.
    private var pending: [String: Range<Int>] = [:]
    private var bytes: [UInt8] = []
    /// A built-in dialect's elements in their built-in form, until first used.
    private var builtin: String?
    private let file: String
    private var sortedNames: [String] = []
    private var knownNames: [String] = []

    init(_ elements: [String: ElementSpec]) {
        specs = elements
        file = ""
        sortedNames = elements.keys.sorted()
        knownNames = Array(elements.keys) + elements.values.flatMap { $0.attributes?.map(\.name) ?? [] }
    }

    /// Every element name, sorted (for did-you-mean hints).
    var names: [String] {
        lock.withLock {
            unpack()
            return sortedNames
        }
    }
    /// The element and attribute names (strings the document scanner shares).
    var vocabulary: [String] {
        lock.withLock {
            unpack()
            return knownNames
        }
    }

    /// The built-in form of a dialect's elements (a mapping of names to their entries):
    /// a first line of the element and attribute names, then per element a line break, its
    /// name, a space, the length in bytes of its entry's compact form, ":" and that form.
    static func builtinForm(_ elements: [(key: String, keyMark: YAMLMark, value: YAMLNode)]) -> String {
        var vocabulary = elements.map(\.key)
        for element in elements { vocabulary += element.value["attributes"]?.mapping?.map(\.key) ?? [] }
        var out = vocabulary.joined(separator: " ")
        for element in elements {
            let body = CompactYAML.encode(element.value)
            out += "\n\(element.key) \(body.utf8.count):" + body
        }
        return out
    }

    /// The records of the built-in form, read byte by byte (start-up reads every
    /// built-in dialect's): the names, and each element's name and the byte range of its
    /// entry.
    static func records(_ bytes: [UInt8]) -> (vocabulary: [String], entries: [(name: String, body: Range<Int>)]) {
        let firstBreak = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let vocabulary = Text.split(bytes[0..<firstBreak], on: { $0 == 0x20 }).filter { !$0.isEmpty }.map {
            String(decoding: bytes[$0], as: UTF8.self)
        }
        var entries: [(name: String, body: Range<Int>)] = []
        var index = firstBreak
        // "\nNAME LENGTH:" then LENGTH bytes.
        while index + 1 < bytes.count {
            index += 1
            guard let space = bytes[index...].firstIndex(of: 0x20), let colon = bytes[space...].firstIndex(of: 0x3A) else { break }
            var length = 0
            for byte in bytes[(space + 1)..<colon] { length = length * 10 + Int(byte &- 0x30) }
            let end = min(bytes.count, colon + 1 + length)
            entries.append((String(decoding: bytes[index..<space], as: UTF8.self), (colon + 1)..<end))
            index = end
        }
        return (vocabulary, entries)
    }

    /// The elements of the built-in form as a mapping's pairs.
    static func builtinPairs(_ text: String) -> [(key: String, keyMark: YAMLMark, value: YAMLNode)] {
        let bytes = Array(text.utf8)
        return records(bytes).entries.compactMap { entry in
            CompactYAML.decode(String(decoding: bytes[entry.body], as: UTF8.self)).map { (entry.name, $0.mark, $0) }
        }
    }

    /// A built-in dialect's elements in their built-in form: read when first used (a run
    /// reads only the dialect it lints in).
    init(builtin text: String, file: String) {
        builtin = text
        specs = [:]
        self.file = file
    }

    /// (Under the lock.) Reads the built-in form's records, once.
    private func unpack() {
        guard let text = builtin else { return }
        builtin = nil
        bytes = Array(text.utf8)
        let records = Self.records(bytes)
        knownNames = records.vocabulary
        for entry in records.entries { pending[entry.name] = entry.body }
        sortedNames = pending.keys.sorted()
    }

    /// The spec of one element, read on first use.
    func element(_ name: String) -> ElementSpec? {
        lock.withLock {
            unpack()
            return read(name)
        }
    }

    /// Every element (each read, for a built-in dialect).
    var elements: [String: ElementSpec] {
        lock.withLock {
            unpack()
            for name in Array(pending.keys) { _ = read(name) }
            return specs
        }
    }

    /// (Under the lock.)
    private func read(_ name: String) -> ElementSpec? {
        if let spec = specs[name] { return spec }
        guard let range = pending.removeValue(forKey: name) else { return nil }
        do throws(DefinitionError) {
            guard let node = CompactYAML.decode(String(decoding: bytes[range], as: UTF8.self)) else {
                throw DefinitionError(file: file, mark: nil, "the built-in form of <\(name)> does not decode")
            }
            let spec = try DialectFileReader.element(name, node, file: file, base: nil)
            specs[name] = spec
            return spec
        } catch {
            fatalError("built-in dialect \(file) does not read (run make generate): \(error)")
        }
    }
}
