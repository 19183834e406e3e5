import Testing

@testable import SipdialLint

/// SIP and SIPS URIs, valid and invalid by the grammar of RFC 3261 section 25 with RFC 5954 section 4.1's
/// IPv4address and IPv6address, taken from RFC 3261's examples, the torture tests of RFC 4475 (the Request-URIs and
/// header URIs of its messages) and RFC 5118 (IPv6), and the URI tests of pjsip, sofia-sip, reSIProcate and JAIN-SIP.
/// Each URI is linted as the text of a <Sip> and must be reported by the rule its row names, at its column, or by no
/// sip-* rule at all. The expected results are the grammar's, not what the linter happened to print.
///
/// A row's column is 1-based and counts code points within the URI. For sip-uri-syntax it is the first character that
/// makes the URI invalid:
/// 1. reading from the left, the first character after which the text can no longer begin a valid SIP URI; when the
///    text stops where more is required (a host, a port digit, a parameter name), the column just past its end;
/// 2. a URI with no "@" anywhere has no userinfo: "sip:user:password" is host "user" and a port that is not a number;
/// 3. a scheme made of scheme characters that is not sip or sips (tel:, mailto:, soap.beep:) is wrong from column 1;
/// 4. a hostname label that ends in "-" is blamed at that "-" (rule 1 alone would blame the "." after it);
/// 5. an IPv4 dec-octet over 255 is blamed at the digit that takes it over 255;
/// 6. an IPv6 address written without its brackets ("sip:2001:db8::10") is blamed at its first character, with the
///    advice to bracket it.
/// The other rules point where their checks point: sip-uri-password at the ":" before a non-empty password,
/// sip-transport at the transport's value or at the "?" of a ?transport= header, sip-sips-udp at "udp",
/// sip-uri-duplicate-param at the ";" of the repeated parameter, sip-uri-length at column 1 (255 characters or more
/// before the first "?"). A URI rejected by sip-uri-syntax gets no other sip-* diagnostic (one URI, one explanation);
/// a URI another rule reports is grammatical, so sip-uri-syntax stays quiet on it.
///
/// Left out on purpose: ports outside 1-65535 and dotted hosts with a number over 255 outside brackets, which the
/// linter checks beyond the grammar (RFC 3261's port is 1*DIGIT, and "300.1.1.1" can begin the hostname
/// "300.1.1.1.example"), and telephone-subscriber, read as user: RFC 3261 section 19.1.2 has the characters user does
/// not allow escaped.
@Suite struct SipURITableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        enum Rule: String, CaseIterable, Sendable {
            case syntax = "sip-uri-syntax"
            case transport = "sip-transport"
            case sipsUDP = "sip-sips-udp"
            case password = "sip-uri-password"
            case duplicateParameter = "sip-uri-duplicate-param"
            case length = "sip-uri-length"
        }

        let uri: String
        /// The rule that must report the URI; nil when it is valid.
        let rule: Rule?
        /// Where the rule points, 1-based, in code points within the URI; 0 for a valid URI.
        let column: Int
        /// Where the URI comes from: an RFC and section, or a SIP stack and its test file.
        let source: String
        let dialect: String

        /// A valid URI.
        init(_ uri: String, _ source: String, dialect: String = "signalwire") {
            self.uri = uri
            self.rule = nil
            self.column = 0
            self.source = source
            self.dialect = dialect
        }

        /// An invalid URI: `rule` reports it at `column`.
        init(_ uri: String, _ rule: Rule, _ column: Int, _ source: String, dialect: String = "signalwire") {
            self.uri = uri
            self.rule = rule
            self.column = column
            self.source = source
            self.dialect = dialect
        }

        var testDescription: String {
            let scalars = uri.unicodeScalars
            let shown = scalars.count > 70 ? String(String.UnicodeScalarView(scalars.prefix(66))) + "..." : uri
            let verdict = rule.map { "\($0.rawValue) at \(column)" } ?? "valid"
            return "\(shown) → \(verdict) (\(source)\(dialect == "signalwire" ? "" : ", in \(dialect)"))"
        }

        /// The document the URI is linted in.
        var document: String { SipURITableTests.before + Self.escaped(uri.unicodeScalars) + SipURITableTests.after }

        /// The document's column for `column`: the URI starts right after `before`, and the characters
        /// written as entities (& < >) are wider in the document than in the URI.
        func documentColumn(_ column: Int) -> Int {
            let preceding = Self.escaped(uri.unicodeScalars.prefix(max(column - 1, 0)))
            return SipURITableTests.before.unicodeScalars.count + 1 + preceding.unicodeScalars.count
        }

        /// The URI column of a document column on line 1, or nil outside the URI.
        func uriColumn(_ documentColumn: Int) -> Int? {
            var column = SipURITableTests.before.unicodeScalars.count + 1
            for (index, scalar) in uri.unicodeScalars.enumerated() {
                if documentColumn == column { return index + 1 }
                column += Self.escaped(CollectionOfOne(scalar)).unicodeScalars.count
            }
            return documentColumn == column ? uri.unicodeScalars.count + 1 : nil
        }

        /// The text as written inside an XML element.
        static func escaped(_ scalars: some Sequence<Unicode.Scalar>) -> String {
            var text = ""
            for scalar in scalars {
                switch scalar {
                case "&": text += "&amp;"
                case "<": text += "&lt;"
                case ">": text += "&gt;"
                default: text.unicodeScalars.append(scalar)
                }
            }
            return text
        }
    }

    static let before = "<Response><Dial><Sip>"
    static let after = "</Sip></Dial></Response>"

    @Test(arguments: rows)
    func reportsEachURIWithItsRuleAtItsColumn(_ row: Row) throws {
        let found = try TestSupport.located(row.document, dialect: row.dialect).filter { $0.rule.hasPrefix("sip-") }
        let report =
            found.isEmpty
            ? "nothing"
            : found.map { diagnostic in
                let column = diagnostic.start.line == 1 ? row.uriColumn(diagnostic.start.column) : nil
                let place = column.map { "URI column \($0)" } ?? "document \(diagnostic.start.line):\(diagnostic.start.column)"
                return "\(diagnostic.rule) at \(place): \(diagnostic.message)"
            }.joined(separator: "; ")
        guard let rule = row.rule else {
            if !found.isEmpty { Issue.record("\(row.uri) is valid (\(row.source)), but the linter reports \(report)") }
            return
        }
        let column = row.documentColumn(row.column)
        let expected = "\(row.uri): expected \(rule.rawValue) at URI column \(row.column) (document 1:\(column)) (\(row.source))"
        guard let first = found.first(where: { $0.rule == rule.rawValue }) else {
            Issue.record("\(expected), found \(report)")
            return
        }
        if first.start.line != 1 || first.start.column != column {
            Issue.record("\(expected), found \(report)")
        }
        if rule == .syntax, found.count != 1 {
            Issue.record("\(expected) and nothing else (one URI, one explanation), found \(report)")
        }
        if rule != .syntax, found.contains(where: { $0.rule == Row.Rule.syntax.rawValue }) {
            Issue.record("\(expected); the URI is grammatical, found \(report)")
        }
    }

    @Test func theTableIsLargeCitedAndConsistent() {
        #expect(Self.rows.count >= 160)
        var seen: Set<String> = []
        for row in Self.rows {
            #expect(!row.source.isEmpty, "\(row.uri) has no source")
            #expect(seen.insert("\(row.dialect) \(row.uri)").inserted, "\(row.uri) is in the table twice")
            if row.rule != nil {
                #expect((1...(row.uri.unicodeScalars.count + 1)).contains(row.column), "\(row.uri): column \(row.column) is outside it")
            }
        }
        for rule in Row.Rule.allCases {
            #expect(Self.rows.contains { $0.rule == rule }, "no row for \(rule.rawValue)")
        }
        #expect(Self.rows.contains { $0.rule == nil } && Self.rows.contains { $0.dialect != "signalwire" })
    }

    @Test func documentColumnsCountEntitiesAndCodePoints() {
        let row = Row("sip:é@a.com;lr&x=<", "here", dialect: "signalwire")
        #expect(row.documentColumn(1) == 22)
        #expect(row.documentColumn(6) == 27)
        #expect(row.documentColumn(15) == 36)
        #expect(row.documentColumn(16) == 41)
        #expect(row.documentColumn(18) == 43)
        #expect(row.documentColumn(19) == 47)
        #expect(row.uriColumn(41) == 16)
        #expect(row.uriColumn(47) == 19)
        #expect(row.uriColumn(38) == nil)
        #expect(row.uriColumn(21) == nil)
    }
}

extension SipURITableTests {
    // pjsip's character sets: ALPHANUM, MARK, USER_CHAR, PASS_CHAR and PARAM_CHAR of pjsip/src/test/uri_test.c.
    static let pjsipAlphanum: String = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    static let pjsipMark: String = "-_.!~*'()"
    static let pjsipUserChars: String = pjsipAlphanum + pjsipMark + "&=+$,;?/"
    static let pjsipPasswordChars: String = pjsipAlphanum + pjsipMark + "&=+$,"
    static let pjsipParamChars: String = pjsipAlphanum + pjsipMark + "[]/:&+$"
    // RFC 4475 section 3.1.1.7 (longreq): its To and Contact URIs.
    static let longreqTo: String = [
        "sip:user@example.com:6000;unknownparam1=very", String(repeating: "long", count: 20), "value;longparam",
        String(repeating: "name", count: 25), "=shortvalue;very", String(repeating: "long", count: 25), "ParameterNameWithNoValue",
    ].joined()
    static let longreqContact: String = "sip:" + String(repeating: "amazinglylongcallername", count: 5) + "@host5.example.net"
    // pjsip uri_test.c: "sip:" ALPHANUM "-_.com", "sip:" USER_CHAR ":" PASS_CHAR "@host", and PARAM_CHAR as name and value.
    static let pjsipHost: String = "sip:\(pjsipAlphanum)-_.com"
    static let pjsipUserinfo: String = "sip:\(pjsipUserChars):\(pjsipPasswordChars)@host"
    static let pjsipParameters: String = "sip:host;user=ip;\(pjsipParamChars)%21=\(pjsipParamChars)%21;lr;other=1;transport=sctp;other2"
    // sofia-sip torture_url.c test_sip: "sip:test@host;" and a parameter "x=xxx..." of 32 to 256 characters.
    static let sofiaParameter32: String = "sip:test@host;x=" + String(repeating: "x", count: 30)
    static let sofiaParameter240: String = "sip:test@host;x=" + String(repeating: "x", count: 238)
    static let sofiaParameter241: String = "sip:test@host;x=" + String(repeating: "x", count: 239)
    static let sofiaParameter256: String = "sip:test@host;x=" + String(repeating: "x", count: 254)
    // reSIProcate testParserCategories.cxx: parameters that appear several times.
    static let resiprocateRepeatedParameters: String = """
        sip:a@b;xtype=1;maddr=local;foo=bar;ttl=17;xtype=2;maddr=remote\
        ;foo=baz;ttl=42;xtype=3;maddr=other;foo=foo;ttl=111
        """

    static let rows: [Row] = [
        // RFC 3261 section 19.1.3: the example SIP and SIPS URIs
        Row("sip:alice@atlanta.com", "RFC 3261 19.1.3"),
        Row("sip:alice:secretword@atlanta.com;transport=tcp", .password, 10, "RFC 3261 19.1.3"),
        Row("sips:alice@atlanta.com?subject=project%20x&priority=urgent", "RFC 3261 19.1.3"),
        Row("sip:+1-212-555-1212:1234@gateway.com;user=phone", .password, 20, "RFC 3261 19.1.3"),
        Row("sips:1212@gateway.com", "RFC 3261 19.1.3"),
        Row("sip:alice@192.0.2.4", "RFC 3261 19.1.3"),
        Row("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com", "RFC 3261 19.1.3"),
        Row("sip:alice;day=tuesday@atlanta.com", "RFC 3261 19.1.3"),
        // RFC 3261 section 19.1.1's ttl and maddr example, and every URI of section 19.1.4's comparison examples
        Row("sip:alice@atlanta.com;maddr=239.255.255.1;ttl=15", "RFC 3261 19.1.1"),
        Row("sip:%61lice@atlanta.com;transport=TCP", "RFC 3261 19.1.4"),
        Row("sip:alice@AtLanTa.CoM;Transport=tcp", "RFC 3261 19.1.4"),
        Row("sip:carol@chicago.com", "RFC 3261 19.1.4"),
        Row("sip:carol@chicago.com;newparam=5", "RFC 3261 19.1.4"),
        Row("sip:carol@chicago.com;security=on", "RFC 3261 19.1.4"),
        Row("sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com", "RFC 3261 19.1.4"),
        Row("sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com", "RFC 3261 19.1.4"),
        Row("sip:alice@atlanta.com?priority=urgent&subject=project%20x", "RFC 3261 19.1.4"),
        Row("SIP:ALICE@AtLanTa.CoM;Transport=udp", "RFC 3261 19.1.4"),
        Row("sip:bob@biloxi.com", "RFC 3261 19.1.4"),
        Row("sip:bob@biloxi.com:5060", "RFC 3261 19.1.4"),
        Row("sip:bob@biloxi.com;transport=udp", "RFC 3261 19.1.4"),
        Row("sip:bob@biloxi.com:6000;transport=tcp", "RFC 3261 19.1.4"),
        Row("sip:carol@chicago.com?Subject=next%20meeting", "RFC 3261 19.1.4"),
        Row("sip:bob@phone21.boxesbybob.com", "RFC 3261 19.1.4"),
        Row("sip:bob@192.0.2.4", "RFC 3261 19.1.4"),
        // RFC 3261 section 19.1.6 (tel URLs as SIP URIs) and the header examples of section 20; a tel: or mailto: URI is the wrong
        // scheme
        Row("sip:+358-555-1234567;postd=pp22@foo.com;user=phone", "RFC 3261 19.1.6"),
        Row("sip:+358-555-1234567;POSTD=PP22@foo.com;user=phone", "RFC 3261 19.1.6"),
        Row("tel:+358-555-1234567;postd=pp22", .syntax, 1, "RFC 3261 19.1.6"),
        Row("sip:watson@worcester.bell-telephone.com", "RFC 3261 20.10"),
        Row("mailto:watson@bell-telephone.com", .syntax, 1, "RFC 3261 20.10"),
        Row("sips:bob@192.0.2.4", "RFC 3261 20.10"),
        Row("sip:server10.biloxi.com;lr", "RFC 3261 20.30"),
        Row("sip:bigbox3.site3.atlanta.com;lr", "RFC 3261 20.30"),
        Row("sip:+12125551212@server.phone2net.com", "RFC 3261 20.20"),
        Row("sip:c8oqz84zk7z@privacy.org", "RFC 3261 20.20"),
        Row("sip:operator@cs.columbia.edu", "RFC 3261 20.39"),
        Row("sip:not-in-service-recording@atlanta.com", "RFC 3261 20.18"),
        Row("http://www.example.com/sounds/moo.wav", .syntax, 1, "RFC 3261 20.4"),
        Row("sip:alice@pc33.atlanta.com", "RFC 3261 24.2"),
        // RFC 4475 section 3.1.1: the Request-URIs and header URIs of its valid messages
        Row("sip:vivekg@chair-dnrc.example.com;unknownparam", "RFC 4475 3.1.1.1 wsinv"),
        Row("sip:vivekg@chair-dnrc.example.com", "RFC 4475 3.1.1.1 wsinv"),
        Row("sip:jdrosen@example.com", "RFC 4475 3.1.1.1 wsinv"),
        Row("sip:services.example.com;lr;unknownwith=value;unknown-no-value", "RFC 4475 3.1.1.1 wsinv"),
        Row(
            "sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com", .password, 53,
            "RFC 4475 3.1.1.2 intmeth"),
        Row("sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com", "RFC 4475 3.1.1.2 intmeth"),
        Row("sip:mundane@example.com", "RFC 4475 3.1.1.2 intmeth"),
        Row("sip:sips%3Auser%40example.com@example.net", "RFC 4475 3.1.1.3 esc01"),
        Row("sip:%75se%72@example.com", "RFC 4475 3.1.1.3 esc01"),
        Row("sip:I%20have%20spaces@example.net", "RFC 4475 3.1.1.3 esc01"),
        Row("sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31", "RFC 4475 3.1.1.3 esc01"),
        Row("sip:null-%00-null@example.com", "RFC 4475 3.1.1.4 escnull"),
        Row("sip:%00@host5.example.com", "RFC 4475 3.1.1.4 escnull"),
        Row("sip:%00%00@host5.example.com", "RFC 4475 3.1.1.4 escnull"),
        Row("sip:registrar.example.com", "RFC 4475 3.1.1.5 esc02"),
        Row("sip:resource@example.com", "RFC 4475 3.1.1.5 esc02"),
        Row("sip:alias1@host1.example.com", "RFC 4475 3.1.1.5 esc02"),
        Row("sip:caller@example.com", "RFC 4475 3.1.1.6 lwsdisp"),
        Row(Self.longreqTo, .length, 1, "RFC 4475 3.1.1.7 longreq"),
        Row(Self.longreqContact, "RFC 4475 3.1.1.7 longreq"),
        Row("sip:joe@example.com", "RFC 4475 3.1.1.8 dblreq"),
        Row("sip:user;par=u%40example.net@example.com", "RFC 4475 3.1.1.9 semiuri"),
        Row("sip:j_user@example.com", "RFC 4475 3.1.1.9 semiuri"),
        Row("sip:kumiko@example.org", "RFC 4475 3.1.1.11 mpart01"),
        Row("sip:fluffy@127.0.0.1:5070", "RFC 4475 3.1.1.11 mpart01"),
        Row("sip:127.0.0.1:5080", "RFC 4475 3.1.1.11 mpart01"),
        Row("sip:user@host198.example.com", "RFC 4475 3.1.1.12 unreason"),
        // RFC 4475 sections 3.1.2 to 3.4: invalid messages and application-layer tests
        Row("<sip:user@example.com>", .syntax, 1, "RFC 4475 3.1.2.7 ltgtruri"),
        Row("sip:user@example.com; lr", .syntax, 22, "RFC 4475 3.1.2.8 lwsruri"),
        Row("sip:remote-target@example.com", "RFC 4475 3.1.2.10 trws"),
        Row("sip:user@example.com?Route=%3Csip:example.com%3E", "RFC 4475 3.1.2.11 escruri"),
        Row("sip:user@example.com?Route=%3Csip:sip.example.com%3E", "RFC 4475 3.1.2.13 regbadct"),
        Row("sip:t.watson@example.org", "RFC 4475 3.1.2.14 badaspec"),
        Row("sip:a.g.bell@example.com", "RFC 4475 3.1.2.15 baddn"),
        Row("nobodyKnowsThisScheme:totallyopaquecontent", .syntax, 1, "RFC 4475 3.3.2 unkscm"),
        Row("soap.beep://192.0.2.103:3002", .syntax, 1, "RFC 4475 3.3.3 novelsc"),
        Row("isbn:2983792873", .syntax, 1, "RFC 4475 3.3.4 unksm2"),
        Row("sip:user@company.com", "RFC 4475 3.3.8 multi01"),
        Row("sip:+19725552222@gw1.example.net;unknownparam", "RFC 4475 3.3.12 cparam01"),
        Row("sip:user@host129.example.com", "RFC 4475 3.1.2.4 scalar02"),
        Row("sip:UserB@example.com;maddr=ss1.example.com", "RFC 4475 3.4.1 inv2543"),
        Row("sip:+13035551111@ift.client.example.net;user=phone", "RFC 4475 3.4.1 inv2543"),
        Row("sip:+16505552222@ss1.example.net;user=phone", "RFC 4475 3.4.1 inv2543"),
        // RFC 5118 (IPv6 torture tests), read with RFC 5954's IPv6address
        Row("sip:[2001:db8::10]", "RFC 5118 4.1"),
        Row("sip:caller@[2001:db8::1]", "RFC 5118 4.1"),
        Row("sip:user@example.com", "RFC 5118 4.1"),
        // (An IPv6 address without brackets is named as one, at its first character: see rule 6.)
        Row("sip:2001:db8::10", .syntax, 5, "RFC 5118 4.2"),
        Row("sip:[2001:db8::10:5070]", "RFC 5118 4.3"),
        Row("sip:[2001:db8::10]:5070", "RFC 5118 4.4"),
        Row("sip:caller@[2001:db8::9:1]", "RFC 5118 4.5"),
        Row("sip:user@[2001:db8::10]", "RFC 5118 4.6"),
        Row("sip:caller@[2001:db8::20]", "RFC 5118 4.6"),
        Row("sip:user@host.example.net", "RFC 5118 4.7"),
        Row("sip:user@example.net", "RFC 5118 4.7"),
        Row("sip:user@east.example.com", "RFC 5118 4.9"),
        Row("sip:ted@[::ffff:192.0.2.2]", "RFC 5118 4.9"),
        Row("sip:user@[2001:db8:::192.0.2.1]", .syntax, 21, "RFC 5118 4.10"),
        Row("sip:user@[2001:db8::192.0.2.1]", "RFC 5118 4.10"),
        // the issue's cases, and IPv6 references by RFC 5954 section 4.1 (RFC 3986 IPv6address, dec-octet)
        Row("sip:alice@[1:2:3:4:5:6:7:8:9]", .syntax, 27, "issue; RFC 5954 4.1"),
        Row("sip:alice@[1::2::3]", .syntax, 17, "issue; RFC 5954 4.1"),
        Row("sip:alice@[12345::1]", .syntax, 16, "issue; RFC 5954 4.1"),
        Row("sip:alice@[::256.1.1.1]", .syntax, 16, "issue; RFC 5954 4.1 dec-octet"),
        Row("sip:alice@[1:]", .syntax, 14, "issue; RFC 5954 4.1"),
        Row("sip:a@b.com;lr&user=phone", "issue; RFC 3261 25.1 param-unreserved"),
        Row("sip:alice@atlanta-.com", .syntax, 18, "issue; RFC 3261 25.1 domainlabel"),
        Row("sip:[3ffe::c31c%4]", .syntax, 16, "issue; RFC 5954 4.1 (no zone index)"),
        Row("sip:alicé@x.com", .syntax, 9, "issue; RFC 3261 25.1 user"),
        Row("sip:alice:@atlanta.com", "issue; RFC 3261 25.1 password"),
        Row("sip:[1:2:3:4:5:6:7:8]", "RFC 5954 4.1"),
        Row("sip:[1:2:3:4:5:6:7::]", "RFC 5954 4.1"),
        Row("sip:[::]", "RFC 5954 4.1"),
        Row("sip:[::1:2:3:4:5:6:7]", "RFC 5954 4.1"),
        Row("sip:[1:2:3:4:5:6:1.2.3.4]", "RFC 5954 4.1"),
        Row("sip:[2001:DB8::A:B]:5061", "RFC 5954 4.1"),
        Row("sip:[1::2:3:4:5:6:7:8]", .syntax, 20, "RFC 5954 4.1 (:: stands for at least one group)"),
        Row("sip:[1:2:3:4:5:6:7]", .syntax, 19, "RFC 5954 4.1"),
        Row("sip:[1:2:3:4:5:6:7:1.2.3.4]", .syntax, 21, "RFC 5954 4.1 (IPv4 after at most 6 groups)"),
        Row("sip:[1.2.3.4::1]", .syntax, 7, "RFC 5954 4.1 (IPv4 only at the end)"),
        Row("sip:[::1.2.3.4:5]", .syntax, 15, "RFC 5954 4.1 (IPv4 only at the end)"),
        Row("sip:[::1.2.3.256]", .syntax, 16, "RFC 5954 4.1 dec-octet"),
        Row("sip:[:1]", .syntax, 7, "RFC 5954 4.1"),
        Row("sip:alice@[2001:db8::1]x", .syntax, 24, "RFC 3261 25.1 hostport"),
        Row("sip:alice@[2001:db8::1", .syntax, 23, "RFC 3261 25.1 IPv6reference"),
        Row("sip:alice@2001:db8::1", .syntax, 11, "RFC 3261 25.1 hostport"),
        // pjsip: pjsip/src/test/uri_test.c (uri_test_array)
        Row("sip:localhost", "pjsip uri_test.c"),
        Row("sip:user@localhost", "pjsip uri_test.c"),
        Row("sip:user:password@localhost:5060", .password, 9, "pjsip uri_test.c"),
        Row("sip:localhost:5060", "pjsip uri_test.c"),
        Row("sip:localhost;transport=tcp;user=ip;ttl=255;lr;maddr=127.0.0.1;method=ACK", "pjsip uri_test.c"),
        Row("sip:localhost;pickup=hurry;user=phone;message=I%20am%20sorry?Subject=Hello%20There&Server=SIP%20Server", "pjsip uri_test.c"),
        Row("sips:localhost", "pjsip uri_test.c"),
        Row("<sip:localhost>", .syntax, 1, "pjsip uri_test.c (a name-addr)"),
        Row("Power Administrator  <sips:localhost>", .syntax, 1, "pjsip uri_test.c (a name-addr)"),
        Row("\"User\" <sip:user@localhost:5071>", .syntax, 1, "pjsip uri_test.c (a name-addr)"),
        Row("sip:localhost;pvalue=\"hello world\"", .syntax, 22, "pjsip uri_test.c (quotes are not paramchar)"),
        Row("sip:a19A&=+$,;?/%2c:%40a&Zz=+$,@my_proxy09.MY-domain.com:9801", .syntax, 35, "pjsip uri_test.c (_ in a hostname)"),
        Row(Self.pjsipHost, .syntax, 68, "pjsip uri_test.c ALPHANUM \"-_.com\""),
        Row(Self.pjsipUserinfo, .password, 84, "pjsip uri_test.c USER_CHAR:PASS_CHAR"),
        Row(Self.pjsipParameters, .transport, 203, "pjsip uri_test.c PARAM_CHAR"),
        Row("sip:", .syntax, 5, "pjsip uri_test.c"),
        Row("sip :host", .syntax, 4, "pjsip uri_test.c"),
        Row("sip: host", .syntax, 5, "pjsip uri_test.c"),
        Row("sip:user:password", .syntax, 10, "pjsip uri_test.c (invalid port)"),
        Row("sip:user@", .syntax, 10, "pjsip uri_test.c"),
        Row("sip:@", .syntax, 5, "pjsip uri_test.c"),
        Row("tel:+1-201-555-0123", .syntax, 1, "pjsip uri_test.c"),
        Row("tel:7042;phone-context=example.com", .syntax, 1, "pjsip uri_test.c"),
        Row("sip:user@[::1];maddr=[::01]", "pjsip uri_test.c"),
        Row("sip:[::1];maddr=[::01]", "pjsip uri_test.c"),
        // sofia-sip: libsofia-sip-ua/url/torture_url.c (test_quote, test_sip)
        Row("%73ip:q%74est%01:%01%02%00@host%2enokia.com;%70aram=%01%02", .syntax, 1, "sofia-sip torture_url.c test_quote"),
        Row("sip:qtest%01:%01%02%00@host.nokia.com;param=%01%02", .password, 13, "sofia-sip torture_url.c test_quote"),
        Row("%53ip:%75@%48", .syntax, 1, "sofia-sip torture_url.c test_quote"),
        Row("sip:u@h", "sofia-sip torture_url.c test_quote"),
        Row(
            "sip:&=+$,;?/:&=+$,@[::1]:56001;param=+$,/:@&;another=@%40%2F?header=;/?:@&=+$,&%3b%2f%3f%3a%40%26%3d%2b%24%2c", .syntax, 40,
            "sofia-sip torture_url.c test_quote (, is not paramchar)"),
        Row(
            "sip:pekka%2Epessi@nokia%2Ecom;method=%4D%45%53%53%41%47%45?body=CANNED%20MSG", .syntax, 24,
            "sofia-sip torture_url.c (no escapes in a host)"),
        Row("sip:user:pass@host:32;param=1?From=foo@bar&To=bar@baz#unf", .syntax, 39, "sofia-sip torture_url.c (@ is not hnv-unreserved)"),
        Row("sip:user/path;tel-param:pass@host:32;param=1%3d%3d1?From=foo@bar&To=bar@baz#unf", .syntax, 61, "sofia-sip torture_url.c"),
        Row("sips:user:pass@host:32;param=1?From=foo@bar&To=bar@baz#unf", .syntax, 40, "sofia-sip torture_url.c"),
        Row("SIP:test@127.0.0.1:55", "sofia-sip torture_url.c"),
        Row("SIP:test@127.0.0.1:", .syntax, 20, "sofia-sip torture_url.c (port = 1*DIGIT)"),
        Row("sip:test@127.0.0.1::55", .syntax, 20, "sofia-sip torture_url.c"),
        Row("sip:test@127.0.0.1:55:", .syntax, 22, "sofia-sip torture_url.c; issue"),
        Row("sip:test@127.0.0.1:sip", .syntax, 20, "sofia-sip torture_url.c"),
        Row("SIP:#**00**#;foo=/bar@127.0.0.1", .syntax, 5, "sofia-sip torture_url.c (# is not a user character)"),
        Row("SIP:#**00**#;foo=/bar@#127.0.0.1", .syntax, 5, "sofia-sip torture_url.c"),
        Row("SIP:#**00**#;foo=/bar;127.0.0.1", .syntax, 5, "sofia-sip torture_url.c"),
        Row(Self.sofiaParameter32, "sofia-sip torture_url.c (x= loop, 32)"),
        Row(Self.sofiaParameter240, "sofia-sip torture_url.c (x= loop, 240: 254 characters)"),
        Row(Self.sofiaParameter241, .length, 1, "sofia-sip torture_url.c (x= loop, 241: 255 characters)"),
        Row(Self.sofiaParameter256, .length, 1, "sofia-sip torture_url.c (x= loop, 256)"),
        Row("sip:u:p@host:5060;maddr=127.0.0.1;transport=tcp", .password, 6, "sofia-sip torture_url.c"),
        Row("sip:u:p@host:5060;user=phone;ttl=1;isfocus", .password, 6, "sofia-sip torture_url.c"),
        Row("sip:u:p@host;user=phone;;", .syntax, 25, "sofia-sip torture_url.c (pname = 1*paramchar)"),
        Row("sip:u:p@host:5060;ttl=1;isfocus;transport=udp;", .syntax, 47, "sofia-sip torture_url.c"),
        Row("sip:%22foo%22@172.21.55.55:5060", "sofia-sip torture_url.c"),
        Row("sip:172.21.55.55:5060", "sofia-sip torture_url.c"),
        Row("sip:172.21.55.55", "sofia-sip torture_url.c"),
        Row("sips:172.21.55.55:5061", "sofia-sip torture_url.c"),
        Row("sip:my.domain:5060", "sofia-sip torture_url.c"),
        Row("SIP:MY.DOMAIN", "sofia-sip torture_url.c"),
        Row("sips:my.domain:5061", "sofia-sip torture_url.c"),
        Row("test.host", .syntax, 1, "sofia-sip torture_url.c test_url_sanitizing (no scheme)"),
        Row("sip:test.host", "sofia-sip torture_url.c test_url_sanitizing"),
        Row("tel:+12345678;param=1;param=2?From=foo@bar&To=bar@baz#unf", .syntax, 1, "sofia-sip torture_url.c test_tel"),
        // reSIProcate: resip/stack/test/testUri.cxx
        Row("sip:speedy_AT_home.com@whistler.gloo.net:5062", "reSIProcate testUri.cxx"),
        Row("sip:alice@example.com;gruu=\"foo@example.com\"", .syntax, 28, "reSIProcate testUri.cxx"),
        Row("sip:testproxy.example.com", "reSIProcate testUri.cxx"),
        Row("sip:user@domain;ttl=15;method=foo", "reSIProcate testUri.cxx"),
        Row("sip:[5f1b:df00:ce3e:e200:20:800:121.12.131.12]", "reSIProcate testUri.cxx"),
        Row("sip:user@[5f1b:df00:ce3e:e200:20:800:121.12.131.12]", "reSIProcate testUri.cxx"),
        Row("sips:192.168.2.12", "reSIProcate testUri.cxx"),
        Row("sips:host.foo.com", "reSIProcate testUri.cxx"),
        Row("sip:user;x-v17:password@host.com:5555", .password, 15, "reSIProcate testUri.cxx"),
        Row("noscheme@foo.com:1202", .syntax, 1, "reSIProcate testUri.cxx"),
        Row("sip:wombat@192.168.2.221:5062;transport=Udp;q=1.0", "reSIProcate testUri.cxx"),
        Row("sip:wombat@192.168.2.221:5063;transport=Udp", "reSIProcate testUri.cxx"),
        Row("tel:+358-555-1234567;pOstd=pP2;isUb=1411", .syntax, 1, "reSIProcate testUri.cxx"),
        Row("sip:+358-555-1234567;isub=1411;postd=pp2@company.com;user=phone", "reSIProcate testUri.cxx"),
        Row("sip:+358-555-1234567;isub=1411;postd=pp2;aaaa=baz;foo=bar@company.com;user=phone", "reSIProcate testUri.cxx"),
        Row("sip:+358-555-1234567;phone-context=5;tsp=a.b@foo.com;user=phone", "reSIProcate testUri.cxx; RFC 3261 19.1.6"),
        Row("sip:fluffy@iii.ca:666", "reSIProcate testUri.cxx"),
        Row("sip:fluffy@iii.ca;transport=tcp", "reSIProcate testUri.cxx"),
        Row("sips:fluffy@iii.ca;transport=tls", "reSIProcate testUri.cxx"),
        Row("sip:fluffy@iii.ca;transport=sctp", .transport, 29, "reSIProcate testUri.cxx"),
        Row("sip:fluffy:password@iii.ca", .password, 11, "reSIProcate testUri.cxx"),
        Row("sip:fluffy@iii.ca;user=phone;ttl=5;lr;maddr=1.2.3.4", "reSIProcate testUri.cxx"),
        Row("sip:fluffy@iii.ca;x-fluffy=foo", "reSIProcate testUri.cxx"),
        Row("sip:fluffy@iii.ca;method=MESSAGE", "reSIProcate testUri.cxx"),
        Row("sip:+1(408) 444-1212:666@gw1", .syntax, 12, "reSIProcate testUri.cxx"),
        Row("sip:fluffy;x-utag=foo@iii.ca", "reSIProcate testUri.cxx"),
        Row("sip:fluffy;x-utag=foo:password@iii.ca", .password, 22, "reSIProcate testUri.cxx"),
        Row("tel:+14086661212", .syntax, 1, "reSIProcate testUri.cxx"),
        Row("sip:;:@", .syntax, 8, "reSIProcate testUri.cxx (no host)"),
        Row("tel:+1 (408) 555-1212", .syntax, 1, "reSIProcate testUri.cxx"),
        Row("sip:1.2.3.4:5060", "reSIProcate testUri.cxx"),
        Row("sip:user@domain;foo=bar;baz=qux", "reSIProcate testUri.cxx"),
        Row("sip:+1-(234)-00442031111111;ext=4545@lvdx.com", "reSIProcate testUri.cxx"),
        Row("sip:12%2a34@lvdx.com", "reSIProcate testUri.cxx"),
        Row("sip:1234#00442031111111;phone-context=+89@lvdx.com", .syntax, 9, "reSIProcate testUri.cxx"),
        Row("sip:1234%2300442031111111;phone-context=+98@lvdx.com", "reSIProcate testUri.cxx"),
        Row("sip:1234%2300:secret@lvdx.com", .password, 14, "reSIProcate testUri.cxx"),
        Row("sip:5678#99@lvdx.com", .syntax, 9, "reSIProcate testUri.cxx"),
        Row("sip:1.2.3.4:5070;user=phone;foo=bar", "reSIProcate testUri.cxx"),
        Row("sip:carol@chicago.com:5060;user=phone;foo=bar", "reSIProcate testUri.cxx"),
        Row("sip:carol@chicago.com;security=off", "reSIProcate testUri.cxx"),
        Row(
            "sip:user@domain.com?Call-Info=%3csip:192.168.0.1%3e%3banswer-after=0", .syntax, 67,
            "reSIProcate testUri.cxx (= is not hnv-unreserved)"),
        Row("<sip:192.168.0.1>;answer-after=0", .syntax, 1, "reSIProcate testUri.cxx"),
        Row("DispName <sip:user@host.com>", .syntax, 1, "reSIProcate testUri.cxx"),
        // reSIProcate: resip/stack/test/testParserCategories.cxx
        Row("sip:jason_AT_example.com@10.0.0.1:5060;transport=TCP", "reSIProcate testParserCategories.cxx"),
        Row("sip:a@b;maddr=local;xtype=1", "reSIProcate testParserCategories.cxx"),
        Row("sips:bob@foo.com;transport=udp", .sipsUDP, 28, "reSIProcate testParserCategories.cxx"),
        Row(Self.resiprocateRepeatedParameters, .duplicateParameter, 43, "reSIProcate testParserCategories.cxx"),
        Row("sip:a@b;xaudio", "reSIProcate testParserCategories.cxx"),
        Row("sip:a@b;a=b;xaudio", "reSIProcate testParserCategories.cxx"),
        Row("sip:User@kElOwNa.GlOo.NeT:5666", "reSIProcate testParserCategories.cxx"),
        Row("sip:foo@[:x]", .syntax, 11, "reSIProcate testParserCategories.cxx"),
        Row("sip:kelowna.gloo.net", "reSIProcate testParserCategories.cxx"),
        Row("sip:kelowna.gloo.net;transport=;udp", .syntax, 32, "reSIProcate testParserCategories.cxx (pvalue = 1*paramchar)"),
        Row("sip:example.com;lr;foo=\"@haha\"", .syntax, 24, "reSIProcate testParserCategories.cxx"),
        Row("sip:example.com;lr;foo=fooba@haha", "reSIProcate testParserCategories.cxx (user example.com;lr;foo=fooba)"),
        Row("sip:example.com;lr;foo=:lol", "reSIProcate testParserCategories.cxx"),
        Row("sip:example.com;lr;:foo=:lol", "reSIProcate testParserCategories.cxx"),
        Row("sip:example.com?foo=\"@haha\"", .syntax, 21, "reSIProcate testParserCategories.cxx"),
        Row("sip:example.com?foo=fooba@haha", "reSIProcate testParserCategories.cxx (user example.com?foo=fooba)"),
        Row("sip:example.com?foo=:lol", "reSIProcate testParserCategories.cxx"),
        Row("sip:example.com?:foo=:lol", "reSIProcate testParserCategories.cxx"),
        Row("sips:bob;param=gargle:password@foo.com:6000", .password, 22, "reSIProcate testParserCategories.cxx"),
        Row("sips:bob;param=gargle:password@foo.com notHost", .syntax, 39, "reSIProcate testParserCategories.cxx"),
        Row("sips:foo.com", "reSIProcate testParserCategories.cxx"),
        Row("sip:101@localhost:5080;transport=UDP", "reSIProcate testParserCategories.cxx"),
        Row("sip:66.100.107.120", "reSIProcate testParserCategories.cxx"),
        Row("sip:bob@foo;foo", "reSIProcate testParserCategories.cxx"),
        Row("sip:bob@foo; foo", .syntax, 13, "reSIProcate testParserCategories.cxx"),
        Row("<sip:rls.example.com;lr>", .syntax, 1, "reSIProcate testParserCategories.cxx"),
        Row("sip:line1@192.0.2.2:5060;transport=tcp", "reSIProcate testParserCategories.cxx"),
        // JAIN-SIP (usnistgov/jsip): src/test/unit/gov/nist/javax/sip/parser/URLParserTest.java, AddressParserTest.java,
        // address/JainSipUriTest.java
        Row("sip:j.doe@big.com;lr", "JAIN-SIP URLParserTest.java"),
        Row("sip:conference=1234@sip.convedia.com;xyz=pqd", "JAIN-SIP URLParserTest.java"),
        Row("sip:herbivore.ncsl.nist.gov:5070;maddr=129.6.55.251;lc", "JAIN-SIP URLParserTest.java"),
        Row("sip:1-301-975-3664@foo.bar.com;user=phone", "JAIN-SIP URLParserTest.java"),
        Row("sip:129.6.55.181", "JAIN-SIP URLParserTest.java"),
        Row("sip:herbivore.ncsl.nist.gov:5070;maddr=129.6.55.251?method=INVITE&contact=sip:foo.bar.com", "JAIN-SIP URLParserTest.java"),
        Row("sip:j.doe@big.com", "JAIN-SIP URLParserTest.java"),
        Row("sip:j.doe:secret@big.com;transport=tcp", .password, 10, "JAIN-SIP URLParserTest.java"),
        Row("sip:j.doe@big.com?subject=project", "JAIN-SIP URLParserTest.java"),
        Row("sip:1212@gateway.com", "JAIN-SIP URLParserTest.java"),
        Row("sip:alice@10.1.2.3", "JAIN-SIP URLParserTest.java"),
        Row("sip:alice@example.com", "JAIN-SIP URLParserTest.java"),
        Row("sip:alice", "JAIN-SIP URLParserTest.java"),
        Row("sip:alice@registrar.com;method=REGISTER", "JAIN-SIP URLParserTest.java"),
        Row("sip:annc@10.10.30.186:6666;early=no;play=http://10.10.30.186:8080/examples/pin.vxml", "JAIN-SIP URLParserTest.java"),
        Row("tel:+463-1701-4291", .syntax, 1, "JAIN-SIP URLParserTest.java"),
        Row("http://10.10.30.186:8080/examples/pin.vxml", .syntax, 1, "JAIN-SIP URLParserTest.java"),
        Row("sip:darth-vader@darkstar.org", "JAIN-SIP JainSipUriTest.java"),
        Row("sips:yoda@dark-star.org", "JAIN-SIP JainSipUriTest.java"),
        Row("urn:service:sos", .syntax, 1, "JAIN-SIP JainSipUriTest.java"),
        Row("darth-vader@darkstar.org", .syntax, 1, "JAIN-SIP JainSipUriTest.java badURIs"),
        Row("tel@:+122222222", .syntax, 1, "JAIN-SIP JainSipUriTest.java badURIs"),
        Row("darth-vader@127.0.0.1:5080", .syntax, 1, "JAIN-SIP JainSipUriTest.java badURIs"),
        Row("sip:conf@dev;transport=udp?companyId=1", "JAIN-SIP JainSipUriTest.java"),
        Row("sip:carol@chicago.com;lr", "JAIN-SIP JainSipUriTest.java"),
        Row("<sip:1004@172.16.0.99;user=phone>", .syntax, 1, "JAIN-SIP AddressParserTest.java (angle brackets are not valid)"),
        Row("sip:mranga@nist.gov", "JAIN-SIP AddressParserTest.java"),
        Row("sip:+1-650-555-2222@ss1.wcom.com;user=phone", "JAIN-SIP AddressParserTest.java"),
        // RFC 3261 section 25.1, production by production (with RFC 5954's IPv4address): one broken character each
        Row("sip:al%4ice@example.com", .syntax, 9, "RFC 3261 25.1 escaped"),
        Row("sip:alice@example.com;maddr=%G1", .syntax, 30, "RFC 3261 25.1 escaped"),
        Row("sip:alice@example..com", .syntax, 19, "RFC 3261 25.1 hostname"),
        Row("sip:alice@-example.com", .syntax, 11, "RFC 3261 25.1 domainlabel"),
        Row("sip:alice@exa_mple.com", .syntax, 14, "RFC 3261 25.1 hostname"),
        Row("sip:al<ice@example.com", .syntax, 7, "RFC 3261 25.1 user"),
        Row("sip:alice@example.com:5o60", .syntax, 24, "RFC 3261 25.1 port"),
        Row("sip:alice@example.com;=x", .syntax, 23, "RFC 3261 25.1 pname"),
        Row("sip:alice@example.com;foo=", .syntax, 27, "RFC 3261 25.1 pvalue"),
        Row("sip:alice@example.com?X-A=1;lr", .syntax, 28, "RFC 3261 25.1 hvalue"),
        Row("sip:alice@example.com?customheader", .syntax, 35, "RFC 3261 25.1 header"),
        Row("sip:alice@example.com?a=1&&b=2", .syntax, 27, "RFC 3261 25.1 headers"),
        Row("sip:alice@example.com?X-Empty=", "RFC 3261 25.1 hvalue (may be empty)"),
        Row("sip:alice@example.com?transport=udp", .transport, 22, "RFC 3261 19.1.1 (transport is a URI parameter)"),
        Row("sips:alice@example.com;transport=UDP", .sipsUDP, 34, "RFC 3261 26.2.2"),
        Row("sips:alice@example.com;transport=tcp", "RFC 3261 26.2.2"),
        Row("sip:alice@example.com;transport=tcp;Transport=udp", .duplicateParameter, 36, "RFC 3261 19.1.1"),
        Row("sip:alice@example.com;transport=tcp;lr;maddr=10.0.0.1", "RFC 3261 19.1.1"),
        Row("sip:alice@host-1.example.com.", "RFC 3261 25.1 hostname (trailing dot)"),
        // the same URIs in other dialects: Restcomm has no TLS; Twilio has TLS
        Row("sips:fluffy@iii.ca;transport=tls", .transport, 30, "reSIProcate testUri.cxx", dialect: "restcomm"),
        Row("sips:fluffy@iii.ca;transport=tls", "reSIProcate testUri.cxx", dialect: "twilio"),
        Row("sip:alice:secretword@atlanta.com;transport=tcp", .password, 10, "RFC 3261 19.1.3", dialect: "restcomm"),
        Row("sip:alice@[1::2::3]", .syntax, 17, "issue; RFC 5954 4.1", dialect: "twilio"),
    ]
}
