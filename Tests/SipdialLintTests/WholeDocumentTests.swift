import Testing

@testable import SipdialLint

/// Whole documents: every verb and noun is checked, not only <Dial> and <Sip>.
@Suite struct WholeDocumentTests {
    static let misspelt = """
        <Response>
          <Gahter input="speech" timout="5"><Say lopp="2">Hi</Say></Gahter>
          <Gather inptu="dtmf"/>
          <Dial><Number sendDigits="12" bogus="1">+15551234567</Number></Dial>
        </Response>
        """

    /// A misspelt verb, and misspelt attributes on verbs and nouns, each at its exact
    /// column, with what was meant.
    @Test(arguments: ["twilio", "signalwire"])
    func misspeltVerbsAndAttributesAreFound(_ dialect: String) throws {
        let found = try TestSupport.located(Self.misspelt, dialect: dialect)
        let shown = found.map { "\($0.start.line):\($0.start.column) \($0.rule)" }
        #expect(
            shown == [
                "2:3 unknown-element", "2:26 unknown-attribute", "2:42 unknown-attribute", "3:11 unknown-attribute",
                "4:33 unknown-attribute",
            ], "\(found.map(\.message))")
        #expect(found[0].message.contains("did you mean <Gather>?"), "\(found[0].message)")
        #expect(found[1].message.contains("did you mean \"timeout\"?"), "\(found[1].message)")
        #expect(found[2].message.contains("did you mean \"loop\"?"), "\(found[2].message)")
        #expect(found[3].message.contains("did you mean \"input\"?"), "\(found[3].message)")
    }

    /// SSML inside <Say> as Twilio's and SignalWire's docs write it, amazon: prefix with
    /// no namespace declaration included, is clean.
    @Test(arguments: ["twilio", "signalwire"])
    func documentedSSMLIsClean(_ dialect: String) throws {
        let document = """
            <Response>
              <Say voice="Polly.Joanna">Hi <amazon:effect name="whispered">a secret</amazon:effect><break time="1s"/>
                <prosody rate="slow">slowly</prosody> <say-as interpret-as="spell-out">SSML</say-as></Say>
              <Hangup/>
            </Response>
            """
        let found = try TestSupport.lint(document, dialect: dialect)
        #expect(found.isEmpty, "\(found.map { "\($0.rule): \($0.message)" })")
    }

    /// A noun straight inside <Response>: where it belongs.
    @Test func aNounInPlaceOfAVerbSaysWhereItBelongs() throws {
        let found = try TestSupport.lint("<Response><Number>+15551234567</Number></Response>", dialect: "twilio")
        #expect(found.map(\.message) == ["<Number> is not allowed inside <Response> in twilio; it is a noun of <Dial>, not a verb"])
    }

    /// Words straight inside <Response>, an empty <Play> and a verb after <Hangup>.
    @Test func strayTextEmptyVerbsAndUnreachableVerbs() throws {
        let found = try TestSupport.located(
            "<Response><Say>Hi</Say> Bye <Play/><Hangup/><Say>never</Say></Response>", dialect: "twilio")
        #expect(found.map(\.rule) == ["stray-text", "empty-verb", "unreachable-verb"])
        #expect(found.map(\.start.column) == [25, 29, 45])
    }
}
