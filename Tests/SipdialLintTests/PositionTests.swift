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
