/// A SIP or SIPS URI parsed by RFC 3261 section 25. Offsets are byte offsets into
/// `bytes` (the URI text after XML decoding and trimming). The parser never stops at
/// the first problem: it records problems in order and still splits the URI, so that
/// rules about transport, length and headers can read the parts of a faulty URI.
package struct SipURI: Sendable {
    package struct Part: Sendable {
        /// From the separator (`;`, `?` or `&`) to the end of the value.
        package var range: Range<Int>
        package var name: Range<Int>
        package var value: Range<Int>?
    }

    package struct Problem: Sendable {
        package enum Kind: Sendable { case syntax, transportHeader }
        package var kind: Kind
        package var message: String
        package var range: Range<Int>
        /// The scheme is missing (and "sip:" before the URI would mend it).
        package var isMissingScheme = false
    }

    package let bytes: [UInt8]
    package private(set) var scheme: String?
    package private(set) var user: Range<Int>?
    package private(set) var password: Range<Int>?
    package private(set) var host: Range<Int>?
    package private(set) var port: Range<Int>?
    package private(set) var parameters: [Part] = []
    package private(set) var headers: [Part] = []
    /// The offset of the `?` that starts the headers.
    package private(set) var headersStart: Int?
    package private(set) var problems: [Problem] = []

    /// Everything before the first `?` of the headers.
    package var uriPart: Range<Int> { 0..<(headersStart ?? bytes.count) }
    /// Everything after that `?`.
    package var headersPart: Range<Int>? { headersStart.map { ($0 + 1)..<bytes.count } }

    package func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    package var isSecure: Bool { scheme == "sips" }

    /// Whether the URI breaks the grammar: then `sip-uri-syntax` explains it, and the rules
    /// that read its parts (transport, parameters, password) leave it alone.
    package var hasSyntaxProblem: Bool { problems.contains { $0.kind == .syntax } }

    /// Code points in a range: what the platforms' length limits count.
    package func characterCount(_ range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The parameters of this name (compared without regard to ASCII case).
    package func parameter(named name: String) -> [Part] {
        parameters.filter { nameEquals($0.name, name) }
    }

    /// Whether `bytes[range]` is `name`, ignoring ASCII case; `name` is lower case.
    func nameEquals(_ range: Range<Int>, _ name: String) -> Bool {
        Text.spells(bytes[range], lowercased: name)
    }

    private static let escapedAmpersand: [UInt8] = Array("&amp;".utf8)

    /// Whether `bytes[range]` is `sip` or `sips`, in any case (read byte by byte: every
    /// URI's scheme comes through here).
    private func isSIP(_ range: Range<Int>) -> Bool {
        let count = range.count
        guard count == 3 || count == 4 else { return false }
        let start = range.lowerBound
        return bytes[start] | 0x20 == 0x73 && bytes[start + 1] | 0x20 == 0x69 && bytes[start + 2] | 0x20 == 0x70
            && (count == 3 || bytes[start + 3] | 0x20 == 0x73)
    }

    /// The offset of `&amp;` at or after `start` within `end`, if any.
    private func escapedAmpersand(from start: Int, to end: Int) -> Int? {
        var index = start
        while index + 5 <= end, let ampersand = firstIndex(of: 0x26, in: index..<(end - 4)) {
            if bytes[ampersand + 1] == 0x61, bytes[ampersand + 2] == 0x6D, bytes[ampersand + 3] == 0x70, bytes[ampersand + 4] == 0x3B {
                return ampersand
            }
            index = ampersand + 1
        }
        return nil
    }

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        parse()
        problems.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Character classes of RFC 3261 section 25.1

    private static func table(_ characters: String, alphanumeric: Bool = true) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        if alphanumeric {
            for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
            for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
            for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        }
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    private static let mark = "-_.!~*'()"
    static let userCharacters = table(mark + "&=+$,;?/")
    static let passwordCharacters = table(mark + "&=+$,")
    static let paramCharacters = table(mark + "[]/:&+$")
    static let headerCharacters = table(mark + "[]/?:+$")

    private mutating func problem(_ message: String, _ range: Range<Int>, kind: Problem.Kind = .syntax) {
        problems.append(Problem(kind: kind, message: message, range: range))
    }

    /// A character as a message shows it: white space and controls by name, any other
    /// character itself (a non-ASCII one whole).
    static func show(_ bytes: [UInt8], at index: Int) -> String {
        switch bytes[index] {
        case 0x20: return "space"
        case 0x09: return "tab"
        case 0x0A: return "line break"
        case 0x0D: return "carriage return"
        case let byte where byte < 0x20 || byte == 0x7F: return "U+\(Text.hex(UInt32(byte), width: 4)) (a control character)"
        default: return "\"\(String(decoding: bytes[index..<Text.characterEnd(bytes, at: index)], as: UTF8.self))\""
        }
    }

    /// The percent-encoding of the character at `index`: each of its UTF-8 bytes.
    static func percentEncoded(_ bytes: [UInt8], at index: Int) -> String {
        bytes[index..<Text.characterEnd(bytes, at: index)].map { "%" + Text.hex(UInt32($0), width: 2) }.joined()
    }

    private func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Checks each byte of `range` against `allowed`, with `%HH` escapes; records the
    /// first bad character or escape. Returns false when it found one.
    @discardableResult
    private mutating func validate(_ range: Range<Int>, _ allowed: [Bool], what: String, of name: Range<Int>? = nil) -> Bool {
        // The part's name goes into the message only when there is a problem.
        func describe() -> String { name.map { "\(what) \"\(text($0))\"" } ?? what }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                if index + 2 < range.upperBound, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                    index += 3
                    continue
                }
                let end = min(index + 3, range.upperBound)
                // "%4" may still go on with a digit: the first character that is not one is where it fails.
                let bad = index + 1 < range.upperBound && isHex(bytes[index + 1]) ? index + 2 : index + 1
                problem(
                    "bad escape \"\(text(index..<end))\" in the \(describe()): \"%\" must be followed by two hex digits (write %25 for a literal \"%\")",
                    bad..<min(bad + 1, range.upperBound))
                return false
            }
            if Text.isXMLSpace(byte) { return false } // reported once, as white space
            if !allowed[Int(byte)] {
                problem(
                    "character \(Self.show(bytes, at: index)) is not allowed in the \(describe()); escape it as \(Self.percentEncoded(bytes, at: index))",
                    index..<Text.characterEnd(bytes, at: index))
                return false
            }
            index += 1
        }
        return true
    }

    private func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        Text.firstIndex(of: byte, in: bytes, range)
    }

    // MARK: - Parsing

    /// A scheme is a letter then letters, digits, "+", "-" or "."; "example.com:5060"
    /// (a dot, or only digits after the colon) is a host and port without a scheme.
    private func looksLikeScheme(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, (bytes[range.lowerBound] | 0x20) >= 0x61, (bytes[range.lowerBound] | 0x20) <= 0x7A else { return false }
        for byte in bytes[range] {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if !(letter || (0x30...0x39).contains(byte) || byte == 0x2B || byte == 0x2D) { return false }
        }
        let rest = bytes[(range.upperBound + 1)...]
        return rest.isEmpty || !rest.allSatisfy { (0x30...0x39).contains($0) }
    }

    private mutating func parse() {
        let count = bytes.count
        guard count > 0 else { return }
        if let space = bytes.firstIndex(where: Text.isXMLSpace) {
            problem(
                "white space inside the URI (\(Self.show(bytes, at: space))); a SIP URI has none: remove it or escape it as %20",
                space..<(space + 1)
            )
        }
        if let index = escapedAmpersand(from: 0, to: count) {
            problem(
                "\"&amp;\" is still in the URI after XML decoding: the ampersand was escaped twice; write \"&amp;\" once in the XML",
                index..<(index + 5))
        }

        // Scheme: letters, digits, + - . before the first ":" that precedes any of @ ; ? /
        var position = 0
        var schemeEnd: Int?
        for index in 0..<count {
            let byte = bytes[index]
            if byte == 0x3A {
                schemeEnd = index
                break
            }
            if byte == 0x40 || byte == 0x3B || byte == 0x3F || byte == 0x2F { break }
        }
        // A URI in angle brackets, as a header writes it: the brackets are not part of it.
        if bytes[0] == 0x3C {
            problem("angle brackets around the URI: a <Sip> holds the bare URI; remove \"<\" and \">\"", 0..<1)
            headersStart = firstIndex(of: 0x3F, in: 0..<count)
            return
        }
        // White space before the ":" ("sip :host") is reported as white space, above: the
        // scheme is read without it.
        var name = schemeEnd.map { 0..<$0 }
        if let range = name {
            var trimmed = range.upperBound
            while trimmed > 0, Text.isXMLSpace(bytes[trimmed - 1]) { trimmed -= 1 }
            if trimmed < range.upperBound, isSIP(0..<trimmed) { name = 0..<trimmed }
        }
        if let end = schemeEnd, let name, looksLikeScheme(name) {
            scheme = isSIP(name) ? (name.count == 3 ? "sip" : "sips") : Text.asciiLowercased(text(name))
            if scheme != "sip" && scheme != "sips" {
                problem("scheme \"\(text(0..<(end + 1)))\" is not SIP: a <Sip> URI starts with sip: or sips:", 0..<(end + 1))
                headersStart = firstIndex(of: 0x3F, in: 0..<count)
                return
            }
            position = end + 1
        } else {
            problem("missing \"sip:\" scheme: write \"sip:\(text(0..<min(count, 60)))\"", 0..<min(count, 1))
            problems[problems.count - 1].isMissingScheme = true
        }

        // userinfo: up to the first "@".
        var hostStart = position
        if let at = firstIndex(of: 0x40, in: position..<count) {
            let userinfo = position..<at
            let colon = firstIndex(of: 0x3A, in: userinfo)
            let userRange = position..<(colon ?? at)
            user = userRange
            if userRange.isEmpty {
                problem("empty user before \"@\": write the user (sip:alice@example.com) or drop the \"@\"", at..<(at + 1))
            } else {
                validate(userRange, Self.userCharacters, what: "user part")
            }
            if let colon {
                password = (colon + 1)..<at
                validate((colon + 1)..<at, Self.passwordCharacters, what: "password")
            }
            hostStart = at + 1
        }

        // hostport: up to the first ";" or "?".
        var hostEnd = count
        if hostStart < count, bytes[hostStart] == UInt8(ascii: "[") {
            let close = (firstIndex(of: 0x5D, in: hostStart..<count)).map { $0 + 1 } ?? count
            hostEnd = (close..<count).first(where: { bytes[$0] == 0x3B || bytes[$0] == 0x3F }) ?? count
        } else if let next = (hostStart..<count).first(where: { bytes[$0] == 0x3B || bytes[$0] == 0x3F }) {
            hostEnd = next
        }
        parseHostPort(hostStart..<hostEnd)

        // Parameters, then headers.
        var index = hostEnd
        while index < count, bytes[index] == 0x3B {
            let end = ((index + 1)..<count).first { bytes[$0] == 0x3B || bytes[$0] == 0x3F } ?? count
            let part = self.part(at: index, to: end)
            if parameters.isEmpty { parameters.reserveCapacity(4) }
            parameters.append(part)
            checkParameter(part)
            index = end
        }
        if index < count, bytes[index] == 0x3F {
            headersStart = index
            parseHeaders(from: index)
        }
    }

    /// The parameter or header from its separator at `index` to `end`: `name=value`.
    private func part(at index: Int, to end: Int) -> Part {
        let start = index + 1
        let equals = firstIndex(of: 0x3D, in: start..<end)
        return Part(range: index..<end, name: start..<(equals ?? end), value: equals.map { ($0 + 1)..<end })
    }

    private mutating func missingHost(at index: Int) {
        problem("missing host: a SIP URI names a host, as in sip:alice@example.com", index..<min(index + 1, bytes.count))
    }

    private mutating func parseHostPort(_ range: Range<Int>) {
        guard !range.isEmpty else { return missingHost(at: range.lowerBound) }
        var hostRange = range
        var portStart: Int?
        if bytes[range.lowerBound] == 0x5B {
            guard let close = firstIndex(of: 0x5D, in: range) else {
                problem("IPv6 address without its closing \"]\"", range.upperBound..<range.upperBound)
                host = range
                return
            }
            hostRange = range.lowerBound..<(close + 1)
            if let (reason, at) = ipv6Problem((range.lowerBound + 1)..<close) {
                problem("bad IPv6 address \"\(text(hostRange))\": \(reason)", at..<(at + 1))
            }
            if close + 1 < range.upperBound {
                if bytes[close + 1] == 0x3A {
                    portStart = close + 2
                } else {
                    problem(
                        "unexpected \(Self.show(bytes, at: close + 1)) after the IPv6 address",
                        (close + 1)..<Text.characterEnd(bytes, at: close + 1))
                }
            }
        } else {
            // An IPv6 address without its brackets ("sip:2001:db8::10"): named as one, at its start.
            let colons = bytes[range].reduce(0) { $0 + ($1 == 0x3A ? 1 : 0) }
            let first = bytes[range].prefix { $0 != 0x3A }
            if colons >= 2, (1...4).contains(first.count), first.allSatisfy(isHex),
                bytes[range].allSatisfy({ isHex($0) || $0 == 0x3A || $0 == 0x2E })
            {
                problem(
                    "\"\(text(range))\" looks like an IPv6 address: write it in brackets, as in sip:[\(text(range))]",
                    range.lowerBound..<(range.lowerBound + 1))
                host = range
                return
            }
            if let colon = firstIndex(of: 0x3A, in: range) {
                hostRange = range.lowerBound..<colon
                portStart = colon + 1
            }
            checkHostName(hostRange)
        }
        host = hostRange
        if let portStart {
            let portRange = portStart..<range.upperBound
            port = portRange
            // The number is read from the bytes; its text is made only for a message.
            var number = 0
            var nonDigit: Int?
            var overflow: Int?
            for index in portRange {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else {
                    nonDigit = index
                    break
                }
                if number <= 65535 { number = number * 10 + Int(byte - 0x30) }
                if number > 65535 && overflow == nil { overflow = index }
            }
            if portRange.isEmpty {
                problem("empty port after \":\": write a port from 1 to 65535 or drop the \":\"", portStart..<portStart)
            } else if let nonDigit {
                problem(
                    "port \"\(text(portRange))\" is not a number: \(Self.show(bytes, at: nonDigit)) is not a digit",
                    nonDigit..<Text.characterEnd(bytes, at: nonDigit))
            } else if let overflow {
                problem("port \(text(portRange)) is out of range: a port is 1 to 65535", overflow..<(overflow + 1))
            } else if number < 1 {
                problem("port \(text(portRange)) is out of range: a port is 1 to 65535", portRange.upperBound - 1..<portRange.upperBound)
            }
        }
    }

    /// Why the text inside "[…]" is not an IPv6 address by RFC 3261 section 25 (as RFC 5954
    /// corrects it: `hexpart [":" IPv4address]`, at most 8 groups of 1 to 4 hex digits, one
    /// "::" at most, an IPv4 address only at the end, for two groups), and the offset of the
    /// first character where it stops being one (the "]" when it ends too soon).
    func ipv6Problem(_ inside: Range<Int>) -> (String, Int)? {
        let end = inside.upperBound
        var groups = 0 // complete groups so far
        var digits = 0 // hex digits of the group being read
        var groupStart = inside.lowerBound
        var elided = false
        var index = inside.lowerBound
        if index == end { return ("it is empty", end) }
        while index < end {
            let byte = bytes[index]
            if isHex(byte) {
                if digits == 0 {
                    groupStart = index
                    if groups >= (elided ? 7 : 8) { return ("more than 8 groups", index) }
                }
                if digits == 4 { return ("a group has at most 4 hex digits", index) }
                digits += 1
                index += 1
                continue
            }
            if byte == 0x2E {
                // An IPv4 address takes the place of the last two groups.
                guard digits > 0, bytes[groupStart..<index].allSatisfy({ (0x30...0x39).contains($0) }) else {
                    return ("\".\" may only be part of an IPv4 address at the end", index)
                }
                if groups > (elided ? 5 : 6) { return ("too many groups before the IPv4 address", index) }
                if !elided && groups < 6 { return ("an IPv4 address inside \"[…]\" follows six groups or \"::\"", index) }
                return ipv4Problem(groupStart..<end).map { ($0.0, $0.1) } ?? (!elided && groups < 6 ? ("too few groups", end) : nil)
            }
            if byte == 0x3A {
                let double = index + 1 < end && bytes[index + 1] == 0x3A
                if digits > 0 {
                    groups += 1
                    digits = 0
                } else if !(index == inside.lowerBound && double) {
                    // A lone ":" must follow a group (only "::" may start the address): the
                    // character after the first ":" is where it stops being one.
                    return ("\":\" without a group before it", index + 1)
                }
                if double {
                    if elided { return ("\"::\" may appear only once", index + 1) }
                    if groups >= 8 { return ("more than 8 groups", index + 1) }
                    elided = true
                    index += 2
                    if index < end && bytes[index] == 0x3A { return ("\":::\" is not allowed", index) }
                    continue
                }
                if groups >= (elided ? 7 : 8) { return ("more than 8 groups", index) }
                index += 1
                if index == end { return ("it ends with \":\"", end) }
                continue
            }
            return (Self.characterProblem(bytes, at: index, in: "an IPv6 address"), index)
        }
        if digits > 0 { groups += 1 }
        if !elided && groups < 8 { return ("8 groups are needed, or \"::\" for the ones left out", end) }
        return nil
    }

    /// Why a dotted quad is not an IPv4 address, and where it stops being one.
    private func ipv4Problem(_ range: Range<Int>) -> (String, Int)? {
        var octets = 0
        var value = 0
        var digits = 0
        for index in range {
            let byte = bytes[index]
            if (0x30...0x39).contains(byte) {
                if digits == 0 { octets += 1 }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                if digits > 3 || value > 255 { return ("\(text(range)) is not an IPv4 address: a number is over 255", index) }
            } else if byte == 0x2E && digits > 0 && octets < 4 {
                value = 0
                digits = 0
            } else {
                return ("\(text(range)) is not an IPv4 address", index)
            }
        }
        return octets == 4 && digits > 0 ? nil : ("\(text(range)) is not an IPv4 address: it needs four numbers", range.upperBound)
    }

    /// "character X is not allowed in …", naming a non-ASCII character whole.
    static func characterProblem(_ bytes: [UInt8], at index: Int, in what: String) -> String {
        "character \(show(bytes, at: index)) is not allowed in \(what)"
    }

    private mutating func checkHostName(_ range: Range<Int>) {
        guard !range.isEmpty else { return missingHost(at: range.lowerBound) }
        // The labels between dots; a trailing dot is allowed.
        var end = range.upperBound
        if end - range.lowerBound > 1, bytes[end - 1] == 0x2E { end -= 1 }
        func nextLabel(from start: Int) -> Range<Int> {
            start..<(firstIndex(of: 0x2E, in: start..<end) ?? end)
        }
        // Four labels of one to three digits: an IPv4 address.
        var labelCount = 0
        var allDigits = true
        var start = range.lowerBound
        while true {
            let label = nextLabel(from: start)
            labelCount += 1
            if label.isEmpty || label.count > 3 || !bytes[label].allSatisfy({ (0x30...0x39).contains($0) }) { allDigits = false }
            if label.upperBound >= end { break }
            start = label.upperBound + 1
        }
        if labelCount == 4 && allDigits {
            start = range.lowerBound
            while start < end {
                let label = nextLabel(from: start)
                var value = 0
                for index in label {
                    value = value * 10 + Int(bytes[index] - 0x30)
                    if value > 255 {
                        problem("bad IPv4 address \"\(text(range))\": \(text(label)) is over 255", index..<(index + 1))
                        return
                    }
                }
                start = label.upperBound + 1
            }
            return
        }
        start = range.lowerBound
        var top = range.lowerBound..<range.lowerBound
        while true {
            let label = nextLabel(from: start)
            if label.isEmpty {
                problem(
                    "bad host \"\(text(range))\": empty label between dots",
                    min(label.lowerBound, range.upperBound - 1)..<min(label.lowerBound + 1, range.upperBound))
                return
            }
            for index in label {
                let byte = bytes[index]
                let alphanumeric = (0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                if byte == 0x25 || byte == 0x40 || !(alphanumeric || byte == 0x2D) {
                    if Text.isXMLSpace(byte) { return }
                    problem(
                        "character \(Self.show(bytes, at: index)) is not allowed in the host \"\(text(range))\"",
                        index..<Text.characterEnd(bytes, at: index))
                    return
                }
            }
            if bytes[label.lowerBound] == 0x2D {
                problem("bad host \"\(text(range))\": a label cannot start with \"-\"", label.lowerBound..<(label.lowerBound + 1))
                return
            }
            if bytes[label.upperBound - 1] == 0x2D {
                // "atlanta-" is still a label's beginning; the "." or end after it is where it fails.
                problem("bad host \"\(text(range))\": a label cannot end with \"-\"", (label.upperBound - 1)..<label.upperBound)
                return
            }
            top = label
            if label.upperBound >= end { break }
            start = label.upperBound + 1
        }
        if (0x30...0x39).contains(bytes[top.lowerBound]) {
            problem(
                "bad host \"\(text(range))\": not an IPv4 address, and a domain name's last label starts with a letter",
                top.lowerBound..<(top.lowerBound + 1))
        }
    }

    private mutating func checkParameter(_ part: Part) {
        if part.name.isEmpty {
            // "sip:a@b;" could still go on with a name: the character after ";" is where it fails.
            problem("empty URI parameter name after \";\"", (part.range.lowerBound + 1)..<(part.range.lowerBound + 1))
            return
        }
        // "&" is a legal parameter character ("lr&user" is one name), but in a value,
        // followed by "name=" ("transport=tcp&user=phone"), it joins two parameters the
        // wrong way: there the value would fail at the "=" anyway.
        if let value = part.value, let ampersand = firstIndex(of: 0x26, in: value),
            firstIndex(of: 0x3D, in: (ampersand + 1)..<value.upperBound) != nil,
            escapedAmpersand(from: ampersand, to: min(bytes.count, ampersand + 5)) == nil
        {
            problem(
                "URI parameters are joined with \";\", not \"&\": write \";\(text((ampersand + 1)..<value.upperBound))\"",
                ampersand..<(ampersand + 1))
            return
        }
        if validate(part.name, Self.paramCharacters, what: "parameter name"), let value = part.value {
            if value.isEmpty {
                problem("parameter \"\(text(part.name))\" has \"=\" but no value", value.lowerBound..<value.lowerBound)
            } else {
                validate(value, Self.paramCharacters, what: "value of parameter", of: part.name)
            }
        }
    }

    private mutating func parseHeaders(from question: Int) {
        let count = bytes.count
        var index = question
        while index < count {
            let end = ((index + 1)..<count).first { bytes[$0] == 0x26 } ?? count
            let part = self.part(at: index, to: end)
            if headers.isEmpty { headers.reserveCapacity(4) }
            headers.append(part)
            checkHeader(part)
            index = end
        }
    }

    private mutating func checkHeader(_ part: Part) {
        if nameEquals(part.name, "transport") {
            problem(
                "\"?transport=\" is a header here, not a parameter: write \";transport=\(part.value.map(text) ?? "")\" before the \"?\"",
                part.range, kind: .transportHeader)
            return
        }
        if let semicolon = firstIndex(of: 0x3B, in: part.name.lowerBound..<part.range.upperBound) {
            problem(
                "URI parameter \"\(text(semicolon..<part.range.upperBound))\" written after \"?\": parameters go before the headers",
                semicolon..<part.range.upperBound)
            return
        }
        if part.name.isEmpty {
            problem(
                "empty header name after \"\(text(part.range.lowerBound..<(part.range.lowerBound + 1)))\"",
                (part.range.lowerBound + 1)..<(part.range.lowerBound + 1))
            return
        }
        guard let value = part.value else {
            problem(
                "header \"\(text(part.name))\" has no value: write \(text(part.name))=VALUE", part.name.upperBound..<part.name.upperBound)
            return
        }
        if validate(part.name, Self.headerCharacters, what: "header name") {
            validate(value, Self.headerCharacters, what: "value of header", of: part.name)
        }
    }
}
