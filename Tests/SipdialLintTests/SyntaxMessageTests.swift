import Testing

@testable import SipdialLint

/// libxml2's first error, said as what to do, at the spot that is wrong.
@Suite struct SyntaxMessageTests {
    static let cases: [(xml: String, line: Int, column: Int, message: String)] = [
        ("<Response>\n<Dial>\n", 3, 1, "the document ends inside <Dial> (opened on line 2); close it with </Dial>"),
        ("<Response>\n<Dial", 2, 6, "start tag <Dial> on line 2 is not closed with \">\""),
        ("<Response>\n  <Dial>\n  </Dial\n</Response>\n", 3, 3, "end tag </Dial> is not closed with \">\""),
        ("<Response><Dial></Response>", 1, 17, "</Response> does not close <Dial> (opened on line 1); close <Dial> first"),
        ("<Response></response>", 1, 11, "</response> does not close <Response> (opened on line 1): XML names are case-sensitive"),
        ("<Response><Dial timeout=5></Dial></Response>", 1, 25, "attribute value without quotes; write name=\"value\""),
        ("<Response><Dial timeout=\"5", 1, 27, "attribute value without its closing quote"),
        ("<Response a=\"1\" a=\"2\"/>", 1, 22, "attribute \"a\" is written twice on one element"),
        ("<Response><!-- x", 1, 17, "comment not closed; end it with \"-->\""),
        ("<Response><![CDATA[ x", 1, 22, "CDATA section not closed; end it with \"]]>\""),
        ("<Response/>\n<Response/>", 2, 1, "content after the end of the root element; a document has one root element"),
        (
            "<Response><Dial><Sip>sip:a@b.com?x=1&amp;y=2</Sip><1abc/></Dial></Response>", 1, 52,
            "\"<\" is not followed by an element name; write &lt; for a literal \"<\""
        ),
        ("<Response><Dial a=\"1\"b=\"2\"/></Response>", 1, 22, "attributes must be separated by white space"),
        ("<Response><Dial a=\"<\"/></Response>", 1, 20, "raw \"<\" inside an attribute value; write &lt;"),
        ("<Response><Dial>\u{1}</Dial></Response>", 1, 17, "control character U+0001 is not allowed in XML"),
        ("<Response><?pi x", 1, 17, "processing instruction <?pi not closed; end it with \"?>\""),
        ("<Response><Dial a/></Response>", 1, 18, "attribute \"a\" has no value; write a=\"value\""),
        ("<Response>]]></Response>", 1, 11, "\"]]>\" is not allowed in text; write ]]&gt;"),
    ]

    @Test(arguments: cases.indices) func libxml2ErrorsAreRewritten(_ index: Int) throws {
        let expected = Self.cases[index]
        let diagnostics = try TestSupport.located(expected.xml)
        #expect(diagnostics.map(\.rule) == ["xml-syntax"])
        #expect(diagnostics.first?.message == expected.message)
        #expect(diagnostics.first?.start == SourcePosition(line: expected.line, column: expected.column))
    }

    @Test func openingLinePastLine65535IsExact() throws {
        var text = "<Response>\n"
        for _ in 0..<70_000 { text += "<Say>hello</Say>\n" }
        text += "<Dial>\n<Say>x</Sayx>\n</Dial></Response>\n"
        let diagnostics = try TestSupport.located(text)
        #expect(diagnostics.first?.message == "</Sayx> does not close <Say> (opened on line 70003); close <Say> first")
        #expect(diagnostics.first?.start == SourcePosition(line: 70_003, column: 7))
    }
}
