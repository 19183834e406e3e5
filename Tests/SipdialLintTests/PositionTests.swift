import Testing

@testable import SipdialLint

@Suite struct PositionTests {
    @Test func positionsPastLine70000AreExact() throws {
        var text = "<?xml version=\"1.0\"?>\n<Response>\n"
        for index in 0..<70_000 { text += "  <!-- padding line \(index) -->\n" }
        text += "  <Dial>\n    <Sip codecs=\"PCMU,OPUS,G711\">sip:alice@example.com</Sip>\n  </Dial>\n</Response>\n"
        let diagnostics = try TestSupport.located(text, rules: ["sip-codecs"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.start == SourcePosition(line: 70_004, column: 28))
        #expect(diagnostics.first?.end == SourcePosition(line: 70_004, column: 32))
    }

    @Test func syntaxErrorsPastLine65535AreExact() throws {
        var text = "<Response>\n"
        for _ in 0..<70_000 { text += "<Say>hello</Say>\n" }
        text += "<Dial><Sip>sip:a@example.com?x=1&y=2</Sip></Dial></Response>\n"
        let diagnostics = try TestSupport.located(text)
        #expect(diagnostics.map(\.rule) == ["xml-syntax"])
        #expect(diagnostics.first?.start == SourcePosition(line: 70_002, column: 33))
    }

    @Test func columnsCountCodePointsNotBytes() throws {
        let text = "<Response><!-- é日本 --><Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>"
        let diagnostics = try TestSupport.located(text, rules: ["sip-codecs"])
        // "<Response><!-- é日本 --><Dial><Sip codecs=\"" is 41 code points (46 bytes).
        #expect(diagnostics.first?.start == SourcePosition(line: 1, column: 42))
    }

    @Test func crlfAndLoneCRLineEndsCountAsOneLineBreak() throws {
        let text = "<Response>\r\n<Dial>\r<Sip sessionTimeout=\"x\">sip:a@example.com</Sip></Dial></Response>"
        let diagnostics = try TestSupport.located(text, rules: ["sip-session-timeout"])
        #expect(diagnostics.first?.start == SourcePosition(line: 3, column: 22))
    }

    @Test func entitiesInTheURIMapBackToTheirSource() throws {
        // The decoded URI has "&" where the source has "&amp;": the position of the part after it must still be exact.
        let user = String(repeating: "u", count: 250)
        let text = "<Response><Dial><Sip>sip:\(user)&amp;x@example.com</Sip></Dial></Response>"
        let diagnostics = try TestSupport.located(text, rules: ["sip-uri-length"])
        #expect(diagnostics.first?.start.column == 22)
        #expect(diagnostics.first?.end.column == 22 + 4 + 250 + 5 + 1 + 12)
    }

    @Test func lineTableHandlesOffsetsAtTheEnd() {
        let table = LineTable(Array("ab\ncd".utf8))
        #expect(table.position(of: 0) == SourcePosition(line: 1, column: 1))
        #expect(table.position(of: 3) == SourcePosition(line: 2, column: 1))
        #expect(table.position(of: 5) == SourcePosition(line: 2, column: 3))
        #expect(table.position(of: 99) == SourcePosition(line: 2, column: 3))
        #expect(table.snippet(at: 4).text == "cd")
        #expect(table.snippet(at: 4).column == 2)
    }

    @Test func snippetsOfLongLinesAreWindowsAroundTheColumn() {
        let line = String(repeating: "a", count: 1000) + "é<Sip codecs=\"G711\">" + String(repeating: "b", count: 1000)
        let bytes = Array(("first\n" + line + "\nlast").utf8)
        let offset = 6 + 1000 + 2 + 13 // the G of G711 ("é" is two bytes)
        let snippet = LineTable(bytes).snippet(at: offset, radius: 10)
        let near = LineTable(bytes).snippet(at: 6 + 998, radius: 4) // the window reaches across "é"
        #expect(near.text == "…aaaaaaé<…")
        #expect(snippet.text == "…p codecs=\"G711\">bbbb…")
        #expect(Array(snippet.text.unicodeScalars)[snippet.column - 1] == "G")
        #expect(LineTable(bytes).snippet(at: 2).text == "first")
    }

    /// The position of every offset that starts a code point (and of the end), worked out
    /// independently of `LineTable`: Swift's own UTF-8 decoding, one scalar at a time.
    static func referencePositions(_ bytes: [UInt8]) -> [Int: SourcePosition] {
        var positions: [Int: SourcePosition] = [:]
        var offset = 0
        var line = 1
        var column = 1
        var afterCR = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if afterCR && scalar == "\n" {
                // The LF of CR LF is on the line the CR ended: it starts no line of its own.
                positions[offset] = SourcePosition(line: line - 1, column: positions[offset - 1]!.column + 1)
            } else {
                positions[offset] = SourcePosition(line: line, column: column)
            }
            offset += UTF8.width(scalar)
            if scalar == "\n" && afterCR {
                // Already counted at the CR.
            } else if scalar == "\n" || scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            afterCR = scalar == "\r"
        }
        positions[offset] = SourcePosition(line: line, column: column)
        return positions
    }

    static let oneLongLine: [UInt8] = {
        var text = "<?xml version=\"1.0\"?>\r\n<!-- é -->\r<Response>\n"
        for index in 0..<1_500 {
            text += "<Dial><Sip>pcmu</Sip><Number>x</Number></Dial><!-- é日本 \(index) -->"
            text += "<Dial><Sip codecs=\"PCMU,G711\">sip:a@example.com</Sip></Dial>"
        }
        return Array((text + "</Response>\r\n").utf8)
    }()

    @Test func manyDiagnosticsOnOneLongLineAreWhereAReferenceCountPutsThem() throws {
        let bytes = Self.oneLongLine
        let diagnostics = try TestSupport.lint(bytes)
        #expect(diagnostics.count >= 4_500)
        let reference = Self.referencePositions(bytes)
        let located = Runner.locate(diagnostics, in: bytes, path: "t.xml").diagnostics
        #expect(located.count == diagnostics.count)
        var mismatches = 0
        for (diagnostic, place) in zip(diagnostics, located) {
            if reference[diagnostic.range.start] != place.start || reference[diagnostic.range.end] != place.end { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(located.first?.start == SourcePosition(line: 4, column: 12))
        #expect(located.last?.start.line == 4)
    }

    @Test func positionsInAnyOrderEqualSingleLookupsAndTheReference() {
        let bytes = Self.oneLongLine + Array("\r\n\r\rx\né\r".utf8)
        let reference = Self.referencePositions(bytes)
        let table = LineTable(bytes)
        let boundaries = reference.keys.sorted()
        // Ascending, descending, shuffled (deterministically), with repeats and offsets
        // outside the document (clamped to its ends).
        let ascending = stride(from: 0, to: boundaries.count, by: 13).map { boundaries[$0] } + [boundaries.last!]
        var generator = SplitMix(seed: 7)
        let orders = [
            ascending, ascending.reversed(), ascending.shuffled(using: &generator), ascending + ascending, [-5, 3, bytes.count + 9, 0],
        ]
        for offsets in orders {
            let positions = table.positions(of: offsets)
            let expected = offsets.map { reference[min(max(0, $0), bytes.count)]! }
            #expect(positions == expected)
        }
        // Single lookups count from the start of the line each: a sample of them.
        let sample = stride(from: 0, to: ascending.count, by: 50).map { ascending[$0] } + [-5, bytes.count + 9]
        #expect(sample.map(table.position(of:)) == sample.map { reference[min(max(0, $0), bytes.count)]! })
        #expect(table.positions(of: []) == [])
        #expect(LineTable([]).positions(of: [0, 1]) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 1, column: 1)])
    }

    @Test func codePointsAreCountedEightBytesAtATimeAsOneByOne() {
        // Every alignment and length over text with 1- to 4-byte code points, and stray
        // continuation bytes.
        let bytes = Array("aé日😀b\u{80}z".utf8) + [0x80, 0xBF, 0xC3, 0x41] + Array("日本語のテキスト😀😀x".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                for end in start...bytes.count {
                    let expected = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                    #expect(LineTable.codePoints(in: buffer, from: start, to: end) == expected)
                }
            }
        }
    }

    @Test func codePointsAreCountedOverRunsLongerThanALaneHolds() {
        // 255 words fill a lane: runs of continuation bytes well past that, at odd offsets.
        let bytes = Array(String(repeating: "日", count: 3_000).utf8) + Array(String(repeating: "é", count: 2_500).utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for (start, end) in [(0, bytes.count), (1, bytes.count - 3), (5, 9_001), (9_000, bytes.count)] {
                let expected = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                #expect(LineTable.codePoints(in: buffer, from: start, to: end) == expected)
            }
        }
    }

    @Test func lineOfAnOffsetCountsCRLFAndLoneCRAsOneBreak() {
        let table = LineTable(Array("a\r\nb\rc\nd".utf8))
        #expect((0...9).map(table.line(of:)) == [1, 1, 1, 2, 2, 3, 3, 4, 4, 4])
    }

    @Test func textReporterPutsTheCaretUnderTheColumn() throws {
        let text = "<Response>\n\t<Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial>\n</Response>"
        let bytes = Array(text.utf8)
        let report = Runner.locate(try TestSupport.lint(bytes, rules: ["sip-codecs"]), in: bytes, path: "t.xml")
        var options = ReportOptions()
        options.showSource = true
        let output = TextReporter().render(RunResult(reports: [report], filesChecked: 1), options: options)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        // The tab is shown as "\t", like every control: the caret counts the escaped text.
        #expect(lines[1] == "  \\t<Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial>")
        #expect(lines[2] == "  " + String(repeating: " ", count: 21) + "^") // G is column 21, 22 when escaped
    }
}

/// A deterministic random number generator for shuffles the tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
