import Testing

@testable import SipdialLint

@Suite struct SipURITests {
    /// URIs RFC 3261 accepts.
    static let valid = [
        "sip:alice@example.com", "sips:alice@example.com:5061", "sip:example.com", "SIP:Alice@Example.COM",
        "sip:+15551234567;user=phone@192.0.2.1", "sip:alice:pw@example.com", "sip:alice@[2001:db8::1]:5060",
        "sip:alice@example.com;transport=tcp;lr;maddr=10.0.0.1", "sip:alice@example.com?Subject=a%20b&X-Id=1",
        "sip:%61lice@example.com", "sip:alice@host-1.example.com.", "sip:alice@127.0.0.1", "sip:alice@example.com;transport=sctp",
        "sip:alice@example.com?X-Url=https://a.example/b?c",
    ]

    @Test(arguments: valid)
    func acceptsValidURIs(_ text: String) {
        let uri = SipURI(Array(text.utf8))
        #expect(uri.problems.isEmpty, "\(uri.problems.map(\.message))")
    }

    /// URIs with a problem: the expected message fragment and the offset it lands on.
    static let invalid: [(String, String, Int)] = [
        ("alice@example.com", "missing \"sip:\" scheme", 0),
        ("example.com:5060", "missing \"sip:\" scheme", 0),
        ("tel:+15551234567", "scheme \"tel:\" is not SIP", 0),
        ("http://example.com", "scheme \"http:\" is not SIP", 0),
        ("sip:@example.com", "empty user before \"@\"", 4),
        ("sip:alice@", "missing host", 10),
        ("sip:alice@example.com:0", "port 0 is out of range", 22),
        ("sip:alice@example.com:65536", "port 65536 is out of range", 26),
        ("sip:alice@example.com:", "empty port", 22),
        ("sip:alice@example.com:5o60", "port \"5o60\" is not a number", 23),
        ("sip:alice@exam ple.com", "white space inside the URI", 14),
        ("sip:al%4ice@example.com", "bad escape \"%4i\"", 8),
        ("sip:alice@example.com?X-A=1;lr", "parameter \";lr\" written after \"?\"", 27),
        ("sip:alice@example.com;transport=tcp&maddr=x", "joined with \";\", not \"&\"", 35),
        ("sip:alice@example.com?a=1&amp;b=2", "escaped twice", 25),
        ("sip:alice@example..com", "empty label", 18),
        ("sip:alice@-example.com", "cannot start with \"-\"", 10),
        ("sip:alice@atlanta-.com", "cannot end with \"-\"", 17),
        ("sip:alice@example.123", "last label starts with a letter", 18),
        ("sip:alice@300.1.1.1", "300 is over 255", 12),
        ("sip:alice@[2001:db8::1", "without its closing \"]\"", 22),
        ("sip:alice@[zz]", "bad IPv6 address", 11),
        ("sip:alice@example.com?customheader", "has no value", 34),
        ("sip:alice@example.com;=x", "empty URI parameter name", 22),
        ("sip:al<ice@example.com", "character \"<\" is not allowed in the user part", 6),
        ("sip:alice@exa_mple.com", "character \"_\" is not allowed in the host", 13),
    ]

    @Test(arguments: invalid.map { $0.0 })
    func reportsTheFirstProblemAtItsCharacter(_ text: String) throws {
        let (_, fragment, offset) = Self.invalid.first { $0.0 == text }!
        let uri = SipURI(Array(text.utf8))
        let problem = try #require(uri.problems.first(where: { $0.kind == .syntax }), "no problem found")
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(problem.range.lowerBound == offset, "\(problem.message) at \(problem.range)")
    }

    @Test func splitsParametersAndHeaders() {
        let uri = SipURI(Array("sips:bob:pw@example.com:5061;transport=TCP;lr?X-A=1&Subject=hi".utf8))
        #expect(uri.scheme == "sips")
        #expect(uri.user.map(uri.text) == "bob")
        #expect(uri.password.map(uri.text) == "pw")
        #expect(uri.host.map(uri.text) == "example.com")
        #expect(uri.port.map(uri.text) == "5061")
        #expect(uri.parameters.map { uri.text($0.name) } == ["transport", "lr"])
        #expect(uri.parameter(named: "transport").first?.value.map(uri.text) == "TCP")
        #expect(uri.headers.map { uri.text($0.name) } == ["X-A", "Subject"])
        #expect(uri.text(uri.uriPart) == "sips:bob:pw@example.com:5061;transport=TCP;lr")
        #expect(uri.headersPart.map(uri.text) == "X-A=1&Subject=hi")
    }

    @Test func transportAsAHeaderIsItsOwnKindOfProblem() {
        let uri = SipURI(Array("sip:alice@example.com?transport=udp".utf8))
        #expect(uri.problems.map(\.kind) == [.transportHeader])
    }

    @Test func countsCharactersNotBytes() {
        let uri = SipURI(Array("sip:jösé@example.com".utf8))
        #expect(uri.characterCount(uri.uriPart) == 20)
    }
}
