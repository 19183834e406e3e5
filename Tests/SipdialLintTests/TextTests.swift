import Testing

@testable import SipdialLint

/// The "did you mean" hint and the other text helpers that stand in for Foundation.
@Suite struct TextTests {
    @Test(
        arguments: [
            ("statuscallback", ["url", "statusCallback", "statusCallbackEvent"], "statusCallback"),
            ("codec", ["codecs", "method"], "codecs"),
            ("metod", ["method", "url"], "method"),
            ("tmeout", ["timeLimit", "timeout"], "timeout"),
            ("xyzzy", ["method", "url"], nil),
            ("ab", ["abc", "abd"], "abc"),
            ("méthod", ["method"], "method"),
            ("ab", ["xy"], nil),
        ] as [(String, [String], String?)])
    func nearest(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(Text.nearest(to: word, in: candidates) == expected)
    }

    @Test(
        arguments: [
            ("5", 5), ("+5", 5), ("-5", -5), ("0600", 600), ("-0", 0), ("", nil), ("-", nil), ("+", nil), ("5a", nil),
            (" 5", nil), ("5 ", nil), ("1.5", nil), ("٣", nil),
            ("99999999999999999999", Int.max), ("-99999999999999999999", Int.min), ("-9223372036854775808", Int.min),
        ] as [(String, Int?)])
    func integerValues(_ text: String, _ expected: Int?) {
        #expect(IntegerCheck.parse(text) == expected)
    }

    @Test func textBufferAppendsTextAndNumbers() {
        var buffer = TextBuffer()
        for number in [0, 7, 42, -5, 1_000_000, Int.max, Int.min] {
            buffer.append(number)
            buffer.append(" ")
        }
        buffer.append("é ↓ \u{1F600}")
        buffer.append(String(repeating: "x", count: 40))
        #expect(
            String(decoding: buffer.bytes, as: UTF8.self) == "0 7 42 -5 1000000 \(Int.max) \(Int.min) é ↓ \u{1F600}"
                + String(repeating: "x", count: 40))
    }

    @Test func editDistanceCountsScalars() {
        #expect(Text.editDistance("kitten", "sitting") == 3)
        #expect(Text.editDistance("", "abc") == 3)
        #expect(Text.editDistance("é", "e") == 1)
    }

    @Test func bytesPrecedeIsByteOrder() {
        #expect(Text.bytesPrecede("a/b.xml", "a/c.xml"))
        #expect(Text.bytesPrecede("a", "ab"))
        #expect(!Text.bytesPrecede("ab", "a"))
        #expect(!Text.bytesPrecede("", ""))
        #expect(Text.bytesPrecede("Z", "a"), "upper case sorts first, as in byte order")
        #expect(Text.bytesPrecede("z", "é"))
    }

    @Test func templatesFillKnownPlaceholdersOnly() {
        #expect(Template("{a} in {dialect}; {unknown} {b}").fill(["a": "x", "b": "ü"], dialect: "twilio") == "x in twilio; {unknown} ü")
        #expect(Template("no close {a").fill(["a": "x"], dialect: "d") == "no close {a")
        #expect(Template("é{a}é").fill(["a": "{a}"], dialect: "d") == "é{a}é")
    }
}

/// The UTF-8 check finds the first bad byte wherever it falls, in and around the stretches
/// it reads a word at a time.
@Suite struct EncodingScanTests {
    @Test(arguments: [0x00, 0xFF, 0x80, 0xC3] as [UInt8])
    func firstBadByteIsFoundAtEveryOffset(_ bad: UInt8) {
        for length in [1, 7, 8, 9, 31, 32, 33, 64, 70] {
            for offset in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[offset] = bad
                // A lone lead byte (0xC3) is bad only because "a" follows it, or nothing does.
                #expect(Encoding.firstInvalidByte(bytes, from: 0) == offset, "length \(length), offset \(offset)")
            }
            #expect(Encoding.firstInvalidByte([UInt8](repeating: 0x61, count: length), from: 0) == nil)
        }
        // Valid multi-byte characters between the words are passed over.
        let text = Array(String(repeating: "abcdefgh", count: 5).utf8) + Array("é↓😀".utf8) + Array(String(repeating: "x", count: 40).utf8)
        #expect(Encoding.firstInvalidByte(text, from: 0) == nil)
        #expect(Encoding.firstInvalidByte(text + [bad], from: 0) == text.count)
    }
}

@Suite struct PaddingTests {
    @Test func columnsNeverRunTogether() {
        #expect(Text.padded("ab", to: 4) == "ab  ")
        #expect(Text.padded("abcd", to: 4) == "abcd ")
        #expect(Text.padded("abcdef", to: 4) == "abcdef ")
    }
}
