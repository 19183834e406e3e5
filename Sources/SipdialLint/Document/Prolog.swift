enum Prolog {
    /// The range of the `encoding` value of an XML declaration at `start`, if any.
    static func declaredEncoding(in bytes: [UInt8], from start: Int) -> ByteRange? {
        guard bytes.count >= start + 6, Text.matches(bytes, "<?xml", at: start),
            Text.isXMLSpace(bytes[start + 5])
        else { return nil }
        var end = start + 5
        while end + 1 < bytes.count, !(bytes[end] == 0x3F && bytes[end + 1] == 0x3E) { end += 1 }
        let key: StaticString = "encoding"
        var index = start + 5
        while index + key.utf8CodeUnitCount < end {
            if Text.matches(bytes, key, at: index) {
                var cursor = index + key.utf8CodeUnitCount
                while cursor < end, Text.isXMLSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < end, bytes[cursor] == 0x3D else { return nil }
                cursor += 1
                while cursor < end, Text.isXMLSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < end, bytes[cursor] == 0x22 || bytes[cursor] == 0x27 else { return nil }
                let quote = bytes[cursor]
                var close = cursor + 1
                while close < end, bytes[close] != quote { close += 1 }
                return ByteRange(cursor + 1, close)
            }
            index += 1
        }
        return nil
    }

    /// The range of a `<!DOCTYPE` in the prolog (before the root element), if any.
    static func doctype(in bytes: [UInt8], from start: Int) -> ByteRange? {
        var index = start
        let count = bytes.count
        func starts(_ marker: StaticString, at offset: Int) -> Bool { Text.matches(bytes, marker, at: offset) }
        while index < count {
            if Text.isXMLSpace(bytes[index]) {
                index += 1
                continue
            }
            if starts("<?", at: index) {
                while index + 1 < count, !(bytes[index] == 0x3F && bytes[index + 1] == 0x3E) { index += 1 }
                index += 2
            } else if starts("<!--", at: index) {
                index += 4
                while index + 2 < count, !(bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x3E) { index += 1 }
                index += 3
            } else if starts("<!DOCTYPE", at: index) || starts("<!ENTITY", at: index) {
                return ByteRange(index, index + 9)
            } else {
                return nil
            }
        }
        return nil
    }
}
