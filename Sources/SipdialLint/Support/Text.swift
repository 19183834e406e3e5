#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small string helpers that would otherwise come from Foundation.
package enum Text {
    /// The string as a JSON string literal, quotes included. Besides what JSON requires,
    /// the characters that `isUnsafe` names and a `[` after `##` are written as `\uXXXX`:
    /// the same string once parsed, but no raw control, bidi or line separator in the
    /// output, and no legacy GitHub workflow command (see `escaped`).
    package static func jsonQuoted(_ string: String) -> String {
        // Most strings need no escape: they are copied whole.
        if !needsEscaping(string), !string.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C }) { return "\"" + string + "\"" }
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        var hashes = 0
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isUnsafe(scalar) || (scalar == "[" && hashes >= 2) {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            hashes = scalar == "#" ? hashes + 1 : 0
        }
        return out + "\""
    }

    /// The string escaped for XML text and attribute values (Checkstyle and JUnit):
    ///
    /// - `&`, `<`, `>`, `"` and `'` as entities;
    /// - tab, LF and CR as character references (`&#xA;`), so that they survive the
    ///   normalisation of attribute values and each element stays on its line;
    /// - the other characters that `isUnsafe` names (DEL, C1 controls, separators, bidi
    ///   controls: XML allows them) and a `[` after `##` as character references too;
    /// - the characters XML 1.0 forbids even as references (the other C0 controls,
    ///   U+FFFE and U+FFFF) as the visible text `\u{1B}`, as the text format shows
    ///   them: the document stays well-formed and the name still reads as it does there.
    package static func xmlEscaped(_ string: String) -> String {
        // Most text (names, values) has nothing to escape: printable ASCII without markup
        // (or "#", which a "[" after two of them would need).
        if string.utf8.allSatisfy({
            $0 >= 0x20 && $0 < 0x7F && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 && $0 != 0x23
        }) {
            return string
        }
        var out = ""
        out.reserveCapacity(string.utf8.count)
        var hashes = 0
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += "&#x" + hex(scalar.value, width: 1) + ";"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    out += "\\u{" + hex(value, width: 2) + "}"
                } else if isUnsafe(scalar) || (scalar == "[" && hashes >= 2) {
                    out += "&#x" + hex(value, width: 1) + ";"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            hashes = scalar == "#" ? hashes + 1 : 0
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
        return a.withUTF8 { x in b.withUTF8 { y in precedes(x, y) } }
    }

    /// Whether the bytes of `x` sort before those of `y`.
    package static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
            let order = memcmp(p, q, common)
            if order != 0 { return order < 0 }
        }
        return x.count < y.count
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
    /// smallest edit distance within a third of the word's length (at least 1, at most 3),
    /// where two neighbouring characters swapped count as one edit.
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
            // Two neighbouring letters swapped (inptu, input) count as one edit.
            guard let distance = isSwap(lower, other) ? 1 : editDistance(lower, other, limit: limit, rows: &rows), distance <= limit
            else { continue }
            // From now on only a strictly nearer candidate replaces this one.
            best = candidate
            limit = distance - 1
            if limit < 0 { break }
        }
        return best
    }

    /// Whether the bytes hold a template tag, `{{` … `}}` (TwiML Bins and TeXML Bins fill
    /// them in when the call comes in: the value is not known before).
    package static func hasTemplate<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var previous: UInt8 = 0
        var opened = false
        for byte in bytes {
            if byte == 0x7B && previous == 0x7B { opened = true }
            if opened && byte == 0x7D && previous == 0x7D { return true }
            previous = byte
        }
        return false
    }

    /// The end of the UTF-8 character that starts at `index` (a non-ASCII one is several bytes).
    package static func characterEnd(_ bytes: [UInt8], at index: Int) -> Int {
        var end = index + 1
        if bytes[index] >= 0xC0 {
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        return end
    }

    /// Whether "{{" occurs in the bytes (a search with memchr: every document is searched).
    package static func containsDoubleBrace(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard var cursor = buffer.baseAddress, buffer.count > 1 else { return false }
            let end = cursor + buffer.count
            while cursor < end - 1, let found = memchr(cursor, 0x7B, end - 1 - cursor) {
                let brace = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if brace[1] == 0x7B { return true }
                cursor = brace + 1
            }
            return false
        }
    }

    /// The bytes of `range` with every template tag (`{{` … `}}`, which may nest:
    /// `{{#if {{From}} == +15551234567}}`) left out are all white space.
    package static func isBlankOutsideTemplates(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var depth = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let pair = index + 1 < range.upperBound ? bytes[index + 1] : 0
            if bytes[index] == 0x7B && pair == 0x7B {
                depth += 1
                index += 2
            } else if depth > 0 && bytes[index] == 0x7D && pair == 0x7D {
                depth -= 1
                index += 2
            } else {
                if depth == 0 && !isXMLSpace(bytes[index]) { return false }
                index += 1
            }
        }
        return depth == 0
    }

    /// Whether `b` is `a` with two neighbouring characters swapped.
    static func isSwap(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        guard a.count == b.count, let first = a.indices.first(where: { a[$0] != b[$0] }), first + 1 < a.count else { return false }
        return a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)...] == b[(first + 2)...]
    }

    /// `; did you mean "X"?` with the nearest candidate, or nothing when none is near.
    package static func didYouMean(_ word: String, in candidates: [String]) -> String {
        nearest(to: word, in: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    /// "a, b or c"-style lists are hard to read in messages; this joins with ", ".
    package static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// "a", "a or b", "a, b or c" (or another joiner).
    package static func alternatives(_ items: [String], joiner: String = "or") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + items.last!
    }

    /// Whether a character is never printed as itself in the text formats: C0 controls
    /// (tab and line breaks too), DEL, C1 controls (U+0080–U+009F: U+009B is a terminal's
    /// CSI), the line and paragraph separators (U+2028, U+2029), and the bidi controls
    /// that reorder what a reader sees (U+061C, U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069).
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 }
        if value <= 0x9F { return true }
        if value < 0x61C { return false }
        return value == 0x61C || value == 0x200E || value == 0x200F || value == 0x2028 || value == 0x2029
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Whether `escaped` changes `text`, read from its UTF-8 bytes without decoding it:
    /// most text needs nothing, and is printed as it is (a run prints thousands of
    /// paths and messages). Eight bytes at a time while they are printable ASCII other
    /// than `#`, then byte by byte for the next eight.
    static func needsEscaping(_ text: String) -> Bool {
        func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs = ones &* 0x80
            var index = 0
            while index < count {
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let hashes = word ^ (ones &* 0x23)
                    // A byte under 0x20, a byte over 0x7E, a "#" (the bit tricks of "haszero").
                    let found = ((word &- ones &* 0x20) & ~word) | ((word &+ ones) | word) | ((hashes &- ones) & ~hashes)
                    if found & highs != 0 { break }
                    index += 8
                }
                let end = min(index + 8, count)
                while index < end {
                    switch base[index] {
                    case 0x20..<0x7F where base[index] != 0x23: break
                    case 0..<0x20, 0x7F: return true
                    // ##[
                    case 0x23: if index + 2 < count, base[index + 1] == 0x23, base[index + 2] == 0x5B { return true }
                    // U+0080–U+009F: C2 80–C2 9F
                    case 0xC2: if index + 1 < count, base[index + 1] < 0xA0 { return true }
                    // U+061C: D8 9C
                    case 0xD8: if index + 1 < count, base[index + 1] == 0x9C { return true }
                    // U+200E, U+200F, U+2028–U+202E: E2 80 8E, 8F, A8–AE; U+2066–U+2069: E2 81 A6–A9
                    case 0xE2:
                        guard index + 2 < count else { break }
                        let (second, third) = (base[index + 1], base[index + 2])
                        if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) { return true }
                        if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                    default: break
                    }
                    index += 1
                }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(check) ?? Array(text.utf8).withUnsafeBufferPointer(check)
    }

    /// Text from the input or the command line (values, paths, rule ids, source lines,
    /// error text) as the text and gnu formats and standard error print it: tab, LF and
    /// CR as `\t`, `\n` and `\r`, the other characters `isUnsafe` names as `\u{1B}`,
    /// `\u{9B}`, `\u{202E}`, so that no input can start a line of its own, drive a
    /// terminal or reorder what is shown. A `[` after `##` is shown as `\u{5B}`: GitHub's
    /// runner reads `##[name]…` anywhere in a line as a (legacy) workflow command.
    /// Escaping twice changes nothing more.
    package static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        return escaped(text, column: 1).text
    }

    /// `escaped(text)`, with the column (1-based, in characters) that character `column`
    /// of `text` has in it: a caret under the escaped text points at the same character.
    package static func escaped(_ text: String, column: Int) -> (text: String, column: Int) {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var hashes = 0
        var written = 0
        var mapped: Int?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == column - 1 { mapped = written + 1 }
            let escape: String?
            switch scalar {
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "[" where hashes >= 2: escape = "\\u{5B}"
            default: escape = isUnsafe(scalar) ? "\\u{" + hex(scalar.value, width: 2) + "}" : nil
            }
            if let escape {
                out += escape
                written += escape.utf8.count
            } else {
                out.unicodeScalars.append(scalar)
                written += 1
            }
            hashes = scalar == "#" ? hashes + 1 : 0
        }
        return (out, mapped ?? written + column - text.unicodeScalars.count)
    }

    /// Pads with spaces to `width` columns, for aligned columns; a longer string is kept
    /// whole and followed by one space, so that columns never run together.
    package static func padded(_ string: String, to width: Int) -> String {
        let count = string.count
        return count >= width ? string + " " : string + String(repeating: " ", count: width - count)
    }

    /// Splits on a byte separator, keeping empty pieces, with byte offsets of each piece.
    /// Where the comment, CDATA section or processing instruction that starts with the
    /// "<" at `open` ends (past its "-->", "]]>" or "?>", or the end of `bytes` when it is
    /// not closed); nil when that "<" starts a tag. For the scans beside the parser that
    /// must not read inside them (a fix's end tag, the raw "&"s).
    static func endOfCommentCDATAOrPI(_ bytes: [UInt8], at open: Int) -> Int? {
        let rest = bytes[open...]
        // The close is looked for after the opening (in "<!-->" the "-->" is not one).
        let (opening, close): (Int, [UInt8])
        if rest.starts(with: "<!--".utf8) {
            (opening, close) = (4, Array("-->".utf8))
        } else if rest.starts(with: "<![CDATA[".utf8) {
            (opening, close) = (9, Array("]]>".utf8))
        } else if rest.starts(with: "<?".utf8) {
            (opening, close) = (2, Array("?>".utf8))
        } else {
            return nil
        }
        var at = open + opening
        while at + close.count <= bytes.count {
            if bytes[at] == close[0], bytes[at..<(at + close.count)].elementsEqual(close) { return at + close.count }
            at += 1
        }
        return bytes.count
    }

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

extension RandomAccessCollection where Index == Int {
    /// The index of the first element that `isAfter` accepts, in a collection where all
    /// it accepts come after all it refuses (sorted by what it asks); `endIndex` when it
    /// accepts none. A binary search.
    func partitionPoint(where isAfter: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
