/// Checks made on the raw bytes before libxml2 sees them.
enum Encoding {
    /// The first reason the document is not UTF-8 text, if any.
    private static func problem(_ message: String, _ range: ByteRange, rule: String = "xml-encoding") -> ParseProblem {
        ParseProblem(rule: rule, message: message, range: range)
    }

    static func check(_ bytes: [UInt8], from start: Int) -> ParseProblem? {
        // The byte-order marks and UTF-16 shapes below all have a NUL or a byte over
        // 0xFD among their first two bytes.
        let suspicious = bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0 || bytes[0] >= 0xFE)
        if suspicious, let problem = byteOrderProblem(bytes) { return problem }
        if let declared = Prolog.declaredEncoding(in: bytes, from: start) {
            let name = Text.asciiLowercased(String(decoding: bytes[declared.start..<declared.end], as: UTF8.self))
            if name != "utf-8" && name != "utf8" {
                return problem(
                    "the XML declaration names encoding \"\(String(decoding: bytes[declared.start..<declared.end], as: UTF8.self))\"; only UTF-8 is accepted",
                    declared)
            }
        }
        if let bad = firstInvalidByte(bytes, from: start) {
            if bytes[bad] == 0 {
                return problem("NUL byte: this is binary data, not an XML document", ByteRange(bad, bad + 1), rule: "xml-syntax")
            }
            return problem(
                "invalid UTF-8 byte 0x\(Text.hex(UInt32(bytes[bad]), width: 2)): the document must be UTF-8", ByteRange(bad, bad + 1))
        }
        return nil
    }

    /// A UTF-16 or UTF-32 byte-order mark, or UTF-16 text without one.
    private static func byteOrderProblem(_ bytes: [UInt8]) -> ParseProblem? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return problem("UTF-32 byte-order mark: the document must be UTF-8", ByteRange(0, 4))
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            return problem("UTF-16 byte-order mark: the document must be UTF-8", ByteRange(0, 2))
        }
        if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) || bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            return problem("the document looks like UTF-16 without a byte-order mark: it must be UTF-8", ByteRange(0, 2))
        }
        return nil
    }

    /// The offset of the first NUL byte or byte that breaks UTF-8, if any.
    static func firstInvalidByte(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = start
            let base = UnsafeRawPointer(buffer.baseAddress!)
            func plain(_ word: UInt64) -> UInt64 {
                // Non-zero when a byte is non-ASCII or NUL.
                (word & 0x8080_8080_8080_8080) | ((word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080)
            }
            while index < count {
                // Fast paths: 32, then 8 ASCII bytes, none of them NUL.
                if index + 32 <= count {
                    let any =
                        plain(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                        | plain(base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                        | plain(base.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
                        | plain(base.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
                    if any == 0 {
                        index += 32
                        continue
                    }
                }
                if index + 8 <= count, plain(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0 {
                    index += 8
                    continue
                }
                let lead = buffer[index]
                if lead == 0 { return index }
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    upper = 0x9F
                case 0xF0:
                    length = 4
                    lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    upper = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                if second < lower || second > upper { return index }
                var offset = 2
                while offset < length {
                    if buffer[index + offset] & 0xC0 != 0x80 { return index }
                    offset += 1
                }
                index += length
            }
            return nil
        }
    }
}
