/// Splits a rule file into its core (what linting needs) and its extras (docs and
/// examples) by top-level key. Lines that go to one part are blank in the other, so both
/// parse with the file's own line numbers.
enum RuleFileSplitter {
    static let extraKeys: [[UInt8]] = [Array("docs".utf8), Array("examples".utf8)]

    static func split(_ text: String) -> (core: String, extras: String) {
        let bytes = Array(text.utf8)
        var core = [UInt8]()
        var extras = [UInt8]()
        core.reserveCapacity(bytes.count)
        extras.reserveCapacity(bytes.count)
        var inExtras = false
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let first = end > start ? bytes[start] : 0x20
            if first != 0x20, first != 0x23, first != 0x2D, first != 0x09,
                let colon = bytes[start..<end].firstIndex(of: 0x3A)
            {
                let key = bytes[start..<colon]
                inExtras = extraKeys.contains { $0.elementsEqual(key) }
            }
            if inExtras { extras.append(contentsOf: bytes[start..<end]) } else { core.append(contentsOf: bytes[start..<end]) }
            core.append(0x0A)
            extras.append(0x0A)
            start = end + 1
        }
        return (String(decoding: core, as: UTF8.self), String(decoding: extras, as: UTF8.self))
    }
}
