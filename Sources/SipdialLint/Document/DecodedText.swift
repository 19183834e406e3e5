/// Text after XML decoding (entity and character references, line-end normalisation),
/// with a map from each decoded byte back to the raw byte it came from, so that a
/// rule can point at the exact character of a URI even after `&amp;` or `&#64;`.
package struct DecodedText: Sendable {
    package enum Mode { case text, cdata, attribute }

    package private(set) var bytes: [UInt8] = []
    /// Pairs (decoded offset, raw offset) at the start of each stretch that maps one to
    /// one: the first kept apart, since most text is one such stretch.
    private var firstAnchor: (decoded: Int, raw: Int)?
    private var moreAnchors: [(decoded: Int, raw: Int)] = []
    private var rawEnd = 0

    package init() {}

    /// The raw offset of a decoded offset; an offset inside an expanded reference maps
    /// to the reference's `&`, and the end maps to the end of the raw text.
    package func rawOffset(_ decoded: Int) -> Int {
        guard decoded < bytes.count, let first = firstAnchor else { return rawEnd }
        guard let second = moreAnchors.first, second.decoded <= decoded else {
            return first.raw + (decoded - first.decoded)
        }
        // The first of `moreAnchors` is at or before `decoded` (checked above).
        let anchor = moreAnchors[moreAnchors.partitionPoint { $0.decoded > decoded } - 1]
        return anchor.raw + (decoded - anchor.decoded)
    }

    package func rawRange(_ decoded: Range<Int>) -> ByteRange {
        let start = rawOffset(decoded.lowerBound)
        let end = decoded.upperBound <= decoded.lowerBound ? start : rawOffset(decoded.upperBound)
        return ByteRange(start, max(end, start))
    }

    private mutating func anchor(raw: Int) {
        guard let last = moreAnchors.last ?? firstAnchor else {
            firstAnchor = (bytes.count, raw)
            return
        }
        if last.decoded == bytes.count {
            if moreAnchors.isEmpty { firstAnchor = (bytes.count, raw) } else { moreAnchors[moreAnchors.count - 1] = (bytes.count, raw) }
        } else if last.raw + (bytes.count - last.decoded) != raw {
            moreAnchors.append((bytes.count, raw))
        }
    }

    /// Appends decoded text from `raw[range]`.
    mutating func append(raw: [UInt8], _ range: ByteRange, mode: Mode) {
        var index = range.start
        let end = min(range.end, raw.count)
        rawEnd = end
        anchor(raw: index)
        // Fast path: nothing to decode or normalise, so the text maps one to one.
        if index < end, Self.isPlain(raw, index..<end, mode: mode) {
            bytes.append(contentsOf: raw[index..<end])
            return
        }
        bytes.reserveCapacity(bytes.count + (end - index))
        let attribute = mode == .attribute
        while index < end {
            // The stretch up to the next byte that needs work is copied whole.
            var stop = index
            while stop < end {
                let byte = raw[stop]
                if byte <= 0x26, byte == 0x26 || byte == 0x0D || (attribute && (byte == 0x0A || byte == 0x09)) { break }
                stop += 1
            }
            if stop > index {
                bytes.append(contentsOf: raw[index..<stop])
                index = stop
                continue
            }
            let byte = raw[index]
            if byte == UInt8(ascii: "&"), mode != .cdata, let (scalar, length) = Self.reference(raw, index, end) {
                anchor(raw: index)
                UTF8.encode(scalar) { bytes.append($0) }
                index += length
                anchor(raw: index)
                continue
            }
            if byte == 0x0D {
                // CR LF and a lone CR both become one LF (a space in an attribute).
                anchor(raw: index)
                bytes.append(attribute ? 0x20 : 0x0A)
                index += (index + 1 < end && raw[index + 1] == 0x0A) ? 2 : 1
                anchor(raw: index)
                continue
            }
            bytes.append(attribute && (byte == 0x0A || byte == 0x09) ? 0x20 : byte)
            index += 1
        }
    }

    /// Whether `raw[range]` holds nothing to decode: no reference, no carriage return,
    /// and in an attribute no line break or tab. (Read through a pointer: every URI of a
    /// document comes through here.)
    static func isPlain(_ raw: [UInt8], _ range: Range<Int>, mode: Mode) -> Bool {
        raw.withUnsafeBufferPointer { buffer in
            let attribute = mode == .attribute
            for byte in buffer[range] where byte <= 0x26 {
                if byte == 0x26 || byte == 0x0D || (attribute && (byte == 0x0A || byte == 0x09)) { return false }
            }
            return true
        }
    }

    /// Decodes the reference at `raw[start]` (which is `&`): a predefined entity or a
    /// character reference. Returns nil for anything else.
    static func reference(_ raw: [UInt8], _ start: Int, _ end: Int) -> (Unicode.Scalar, Int)? {
        var semicolon = start + 1
        while semicolon < end, semicolon - start <= 12, raw[semicolon] != 0x3B { semicolon += 1 }
        guard semicolon < end, raw[semicolon] == 0x3B else { return nil }
        let name = raw[(start + 1)..<semicolon]
        let length = semicolon - start + 1
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        default: break
        }
        guard name.first == UInt8(ascii: "#") else { return nil }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if digits.first == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            let number: UInt32
            switch digit {
            case 0x30...0x39: number = UInt32(digit - 0x30)
            case 0x61...0x66 where radix == 16: number = UInt32(digit - 0x61 + 10)
            case 0x41...0x46 where radix == 16: number = UInt32(digit - 0x41 + 10)
            default: return nil
            }
            value = value &* radix &+ number
            if value > 0x10FFFF { return nil }
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}

extension DecodedText {
    /// The range of `bytes` without the XML white space around it.
    package var trimmedRange: Range<Int> { Text.trimmed(0..<bytes.count, in: bytes) }
}
