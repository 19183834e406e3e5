import Testing

@testable import SipdialLint

/// Every XML example of the two seed documents lints clean in its own dialect, except
/// seed 002's custom-header example, whose raw "&" is a syntax error.
@Suite struct SeedTests {
    static let clean: [(String, String)] = [
        ("signalwire-dial.xml", "signalwire"), ("signalwire-auth.xml", "signalwire"),
        ("signalwire-headers.xml", "signalwire"), ("signalwire-dial-attributes.xml", "signalwire"),
        ("restcomm-dial.xml", "restcomm"), ("restcomm-auth.xml", "restcomm"),
        ("restcomm-transport.xml", "restcomm"), ("restcomm-complex.xml", "restcomm"),
    ]

    @Test(arguments: clean.map { $0.0 })
    func seedExampleIsClean(_ name: String) throws {
        let dialect = Self.clean.first { $0.0 == name }!.1
        let text = try TestSupport.read("Tests/Fixtures/seeds/" + name)
        let diagnostics = try TestSupport.located(text, dialect: dialect)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.start.line):\($0.start.column) \($0.message) [\($0.rule)]" })")
    }

    @Test func rawAmpersandInRestcommHeaderExampleIsASyntaxError() throws {
        let text = try TestSupport.read("Tests/Fixtures/seeds/restcomm-headers-raw-ampersand.xml")
        let diagnostics = try TestSupport.located(text, dialect: "restcomm")
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == "xml-syntax")
        #expect(diagnostic.message.contains("&amp;"))
        let column = text.distance(from: text.startIndex, to: text.firstIndex(of: "&")!) + 1
        #expect(diagnostic.start == SourcePosition(line: 1, column: column))
    }

    @Test func elevenSipNounsAreReportedAtTheEleventhOrSecond() throws {
        var text = "<Response>\n<Dial>\n"
        for index in 1...11 { text += "<Sip>sip:u\(index)@example.com</Sip>\n" }
        text += "</Dial>\n</Response>\n"
        let signalwire = try TestSupport.located(text, dialect: "signalwire", rules: ["sip-max-count"])
        #expect(signalwire.map(\.start) == [SourcePosition(line: 13, column: 1)])
        let restcomm = try TestSupport.located(text, dialect: "restcomm", rules: ["sip-max-count"])
        #expect(restcomm.map(\.start) == [SourcePosition(line: 4, column: 1)])
    }

    @Test func numberBesideSipIsReportedOnTheNumbersLine() throws {
        let text = "<Response>\n  <Dial>\n    <Sip>sip:a@example.com</Sip>\n    <Number>+15551234567</Number>\n  </Dial>\n</Response>"
        let diagnostics = try TestSupport.located(text, rules: ["sip-exclusive-nouns"])
        #expect(diagnostics.map(\.start) == [SourcePosition(line: 4, column: 5)])
    }

    @Test func uriOf255CharactersAndHeadersOf1024AreReported() throws {
        let uri = "sip:" + String(repeating: "a", count: 239) + "@example.com"
        #expect(uri.count == 255)
        let headers = "X-A=" + String(repeating: "h", count: 1020)
        #expect(headers.count == 1024)
        let text = "<Response>\n<Dial>\n<Sip>\(uri)</Sip>\n</Dial>\n<Dial>\n<Sip>sip:b@example.com?\(headers)</Sip>\n</Dial>\n</Response>"
        let diagnostics = try TestSupport.located(text, rules: ["sip-uri-length", "sip-headers-length"])
        #expect(diagnostics.map(\.rule) == ["sip-uri-length", "sip-headers-length"])
        #expect(diagnostics.map(\.start) == [SourcePosition(line: 3, column: 6), SourcePosition(line: 6, column: 23)])
        let shorter = text.replacingAll(String(repeating: "a", count: 239), with: String(repeating: "a", count: 238))
            .replacingAll(String(repeating: "h", count: 1020), with: String(repeating: "h", count: 1019))
        #expect(try TestSupport.located(shorter, rules: ["sip-uri-length", "sip-headers-length"]).isEmpty)
    }

    @Test func sessionTimeoutMinusOneIsReportedAtItsValue() throws {
        let text = "<Response>\n<Dial>\n  <Sip sessionTimeout=\"-1\">sip:a@example.com</Sip>\n</Dial>\n</Response>"
        let diagnostics = try TestSupport.located(text, rules: ["sip-session-timeout"])
        #expect(diagnostics.map(\.start) == [SourcePosition(line: 3, column: 24)])
    }
}
