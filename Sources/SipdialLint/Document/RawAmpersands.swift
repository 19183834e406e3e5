/// Every "&" of a document that starts no reference (`&amp;`, `&#38;`, `&#x26;`, `&name;`),
/// outside comments, CDATA sections and processing instructions: what the fix of a raw
/// "&" escapes all at once (the parser stops at the first, so one pass sees one).
enum RawAmpersands {
    static func find(in bytes: [UInt8]) -> [ByteRange] {
        var found: [ByteRange] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if let end = Text.endOfCommentCDATAOrPI(bytes, at: index) {
                    index = end
                    continue
                }
            } else if byte == UInt8(ascii: "&"), !startsReference(bytes, at: index) {
                found.append(ByteRange(index, index + 1))
            }
            index += 1
        }
        return found
    }

    /// Whether the "&" at `index` starts a character or entity reference.
    static func startsReference(_ bytes: [UInt8], at index: Int) -> Bool {
        var at = index + 1
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (0x61...0x66).contains(byte | 0x20) }
        func isNameStart(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) || byte == 0x5F || byte == 0x3A || byte >= 0x80 }
        if at < bytes.count, bytes[at] == UInt8(ascii: "#") {
            at += 1
            let hex = at < bytes.count && bytes[at] == UInt8(ascii: "x")
            if hex { at += 1 }
            let first = at
            while at < bytes.count, hex ? isHex(bytes[at]) : isDigit(bytes[at]) { at += 1 }
            return at > first && at < bytes.count && bytes[at] == UInt8(ascii: ";")
        }
        guard at < bytes.count, isNameStart(bytes[at]) else { return false }
        while at < bytes.count, isNameStart(bytes[at]) || isDigit(bytes[at]) || bytes[at] == 0x2D || bytes[at] == 0x2E { at += 1 }
        return at < bytes.count && bytes[at] == UInt8(ascii: ";")
    }
}
