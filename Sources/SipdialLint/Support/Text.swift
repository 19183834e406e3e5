#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small string helpers that would otherwise come from Foundation.
package enum Text {
    /// The string as a JSON string literal, quotes included.
    package static func jsonQuoted(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The string escaped for XML text and attribute values.
    package static func xmlEscaped(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" {
                    out += "&#x" + hex(scalar.value, width: 1) + ";"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    package static func hex(_ value: UInt32, width: Int) -> String {
        var digits = String(value, radix: 16, uppercase: true)
        while digits.count < width { digits = "0" + digits }
        return digits
    }

    /// Lower-cases ASCII letters only.
    package static func asciiLowercased(_ string: String) -> String {
        String(decoding: string.utf8.map(lowerASCII), as: UTF8.self)
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes (the order paths are printed in),
    /// comparing contiguous bytes with memcmp rather than byte by byte through the views.
    package static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let order = memcmp(p, q, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }

    /// String equality, lengths first: names mostly differ in length, and comparing two
    /// different strings otherwise calls Unicode-aware comparison.
    @inline(__always)
    package static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    package static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// `range` of `bytes` without the XML white space at either end.
    package static func trimmed<Bytes: RandomAccessCollection>(_ range: Range<Int>, in bytes: Bytes) -> Range<Int>
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, isXMLSpace(bytes[low]) { low += 1 }
        while high > low, isXMLSpace(bytes[high - 1]) { high -= 1 }
        return low..<high
    }

    /// Levenshtein distance between two strings, by Unicode scalars.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        var rows = ([Int](), [Int]())
        return editDistance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), limit: Int.max, rows: &rows) ?? Int.max
    }

    /// The distance when it is at most `limit`, else nil; it stops as soon as a whole row
    /// is over the limit (that is the common case: most candidates are far). `rows` is
    /// scratch space, kept by the caller across calls.
    static func editDistance(_ a: [UInt32], _ b: [UInt32], limit: Int, rows: inout ([Int], [Int])) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        if rows.0.count <= b.count {
            rows = ([Int](repeating: 0, count: b.count + 1), [Int](repeating: 0, count: b.count + 1))
        }
        for j in 0...b.count { rows.0[j] = j }
        for i in 1...a.count {
            rows.1[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(rows.0[j] + 1, rows.1[j - 1] + 1, rows.0[j - 1] + cost)
                rows.1[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            swap(&rows.0, &rows.1)
        }
        return rows.0[b.count] <= limit ? rows.0[b.count] : nil
    }

    /// Whether two strings are equal ignoring ASCII case, without building either.
    /// Whether `marker` is written at `offset` (a compare in place: the scanner and the
    /// prolog checks look for markers in every document).
    static func matches(_ bytes: [UInt8], _ marker: StaticString, at offset: Int) -> Bool {
        let count = marker.utf8CodeUnitCount
        guard offset >= 0, offset + count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + offset, marker.utf8Start, count) == 0
        }
    }

    /// The offset of the first `byte` in `bytes[range]`, found with memchr.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether `bytes` spell `word` (which is in lower case), ignoring ASCII case.
    static func spells<Bytes: Collection>(_ bytes: Bytes, lowercased word: String) -> Bool where Bytes.Element == UInt8 {
        bytes.count == word.utf8.count && bytes.elementsEqual(word.utf8) { lowerASCII($0) == $1 }
    }

    static func equalIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8) { lowerASCII($0) == lowerASCII($1) }
    }

    static func lowerASCII(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

    /// The candidate closest to `word`: an exact match ignoring case first, then the
    /// smallest edit distance within a third of the word's length (at least 1, at most 3).
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        if let match = candidates.first(where: { equalIgnoringASCIICase($0, word) }) { return match }
        func lowered(_ text: String, into scalars: inout [UInt32]) {
            scalars.removeAll(keepingCapacity: true)
            for scalar in text.unicodeScalars {
                scalars.append(scalar.isASCII ? UInt32(lowerASCII(UInt8(scalar.value))) : scalar.value)
            }
        }
        var lower: [UInt32] = []
        lowered(word, into: &lower)
        var other: [UInt32] = []
        other.reserveCapacity(32)
        var rows = ([Int](), [Int]())
        var limit = min(3, max(1, word.count / 3))
        var best: String?
        for candidate in candidates where abs(candidate.utf8.count - word.utf8.count) <= limit * 4 {
            lowered(candidate, into: &other)
            guard let distance = editDistance(lower, other, limit: limit, rows: &rows) else { continue }
            // From now on only a strictly nearer candidate replaces this one.
            best = candidate
            limit = distance - 1
            if limit < 0 { break }
        }
        return best
    }

    /// `; did you mean "X"?` with the nearest candidate, or nothing when none is near.
    package static func didYouMean(_ word: String, in candidates: [String]) -> String {
        nearest(to: word, in: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    /// "a, b or c"-style lists are hard to read in messages; this joins with ", ".
    package static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// Text from the input or the command line as it may be printed: control, C1, bidi
    /// and line-separator characters are shown as `\u{…}`, so no input can start a
    /// line of its own or drive a terminal.
    package static func escaped(_ text: String) -> String {
        func unsafe(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                || (0x200E...0x200F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
        guard text.unicodeScalars.contains(where: unsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if unsafe(scalar) { out += "\\u{" + hex(scalar.value, width: 2) + "}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Pads with spaces to `width` columns, for aligned columns; a longer string is kept
    /// whole and followed by one space, so that columns never run together.
    package static func padded(_ string: String, to width: Int) -> String {
        let count = string.count
        return count >= width ? string + " " : string + String(repeating: " ", count: width - count)
    }

    /// Splits on a byte separator, keeping empty pieces, with byte offsets of each piece.
    package static func split(_ bytes: ArraySlice<UInt8>, on separator: (UInt8) -> Bool) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if separator(bytes[index]) {
                pieces.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        pieces.append(start..<bytes.endIndex)
        return pieces
    }
}
extension Collection {
    /// The elements that `isIncluded` accepts, in an array with room for all of them
    /// reserved first: one allocation, where `filter` grows its array step by step (it
    /// runs on each element's children, for several rules of every document).
    func filtered(_ isIncluded: (Element) -> Bool) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for element in self where isIncluded(element) { result.append(element) }
        return result
    }
}
