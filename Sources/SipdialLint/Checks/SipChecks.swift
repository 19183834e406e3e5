/// `uri-length`: the URI part (before the first `?`) or the headers part (after it)
/// of each URI a `<Sip>` dials has fewer than `limit` characters.
struct URILengthCheck: Check {
    static let type = CheckType("uri-length", parameters: ["part", "limit"]) { parameters throws(DefinitionError) in
        let part = try parameters.requiredString("part")
        guard part == "uri" || part == "headers" else { throw parameters.error("part", "part must be uri or headers") }
        return URILengthCheck(headers: part == "headers", limit: try parameters.requiredInt("limit"))
    }

    let headers: Bool
    let limit: Int

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where !target.isEmpty {
            guard let part = headers ? target.uri.headersPart : target.uri.uriPart else { continue }
            // Characters are never more than bytes: a short part needs no count.
            guard part.count >= limit else { continue }
            let length = target.uri.characterCount(part)
            guard length >= limit else { continue }
            let start = headers ? part.lowerBound - 1 : part.lowerBound
            report(Finding(target.range(start..<part.upperBound),
                           ["length": String(length), "limit": String(limit), "max": String(limit - 1), "over": String(length - limit + 1)]))
        }
    }
}

/// `sip-uri-missing`: a `<Sip>` (or `<Uri>`) with no URI at all.
struct SipURIMissingCheck: Check {
    static let type = CheckType("sip-uri-missing") { _ throws(DefinitionError) in SipURIMissingCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where target.isEmpty {
            report(Finding(target.holder.startTag, ["element": target.holder.name]))
        }
    }
}

/// `sip-uri`: the first RFC 3261 problem of each URI, at its exact character.
struct SipURISyntaxCheck: Check {
    static let type = CheckType("sip-uri") { _ throws(DefinitionError) in SipURISyntaxCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where !target.isEmpty {
            guard let problem = target.uri.problems.first(where: { $0.kind == .syntax }) else { continue }
            report(Finding(target.range(problem.range), ["problem": problem.message, "uri": Messages.excerpt(target.uri.text(0..<target.uri.bytes.count))]))
        }
    }
}

/// `sip-transport`: `;transport=` names a transport of the dialect (kind `unsupported`),
/// and is not written as a `?transport=` header (kind `header`).
struct SipTransportCheck: Check {
    static let type = CheckType("sip-transport", parameters: ["allowed"], kinds: ["unsupported", "header"]) { parameters throws(DefinitionError) in
        SipTransportCheck(allowed: try parameters.requiredStrings("allowed"))
    }

    let allowed: [String]

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        // The URI is read through its target, never copied (a copy retains its parts).
        for target in context.sipTargets(of: element) where !target.isEmpty {
            for problem in target.uri.problems where problem.kind == .transportHeader {
                report(Finding(target.range(problem.range), kind: "header", ["problem": problem.message]))
            }
            for parameter in target.uri.parameters where target.uri.nameEquals(parameter.name, "transport") {
                guard let value = parameter.value else { continue }
                if !allowed.contains(where: { target.uri.nameEquals(value, $0) }) {
                    report(Finding(target.range(value), kind: "unsupported",
                                   ["transport": target.uri.text(value), "allowed": Text.list(allowed)]))
                }
            }
        }
    }
}

/// `sips-udp`: a `sips:` URI with `transport=udp` (RFC 3261 section 26.2.2).
struct SipsUDPCheck: Check {
    static let type = CheckType("sips-udp") { _ throws(DefinitionError) in SipsUDPCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) where target.uri.isSecure {
            for parameter in target.uri.parameter(named: "transport") {
                guard let value = parameter.value, target.uri.nameEquals(value, "udp") else { continue }
                report(Finding(target.range(value), ["transport": target.uri.text(value)]))
            }
        }
    }
}

/// `uri-password`: a password in the URI's userinfo. The message never repeats it.
struct URIPasswordCheck: Check {
    static let type = CheckType("uri-password") { _ throws(DefinitionError) in URIPasswordCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) {
            guard let password = target.uri.password, let user = target.uri.user else { continue }
            report(Finding(target.range((password.lowerBound - 1)..<password.upperBound), ["user": target.uri.text(user)]))
        }
    }
}

/// `uri-duplicate-param`: the same URI parameter twice (names compare case-insensitively).
struct URIDuplicateParameterCheck: Check {
    static let type = CheckType("uri-duplicate-param") { _ throws(DefinitionError) in URIDuplicateParameterCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) {
            let parameters = target.uri.parameters
            guard parameters.count > 1 else { continue }
            var seen: Set<String> = []
            for parameter in parameters where !parameter.name.isEmpty {
                let name = Text.asciiLowercased(target.uri.text(parameter.name))
                if !seen.insert(name).inserted {
                    report(Finding(target.range(parameter.range), ["parameter": target.uri.text(parameter.name)]))
                }
            }
        }
    }
}

/// `unique-uri`: the same URI twice among the `<Sip>` nouns of one element (scheme and
/// host compare case-insensitively, as RFC 3261 compares them).
struct UniqueURICheck: Check {
    static let type = CheckType("unique-uri") { _ throws(DefinitionError) in UniqueURICheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        let sips = element.children.filtered { $0.isNamed("Sip") }
        // One <Sip> with no <Uri> children cannot repeat a URI.
        guard sips.count > 1 || sips.contains(where: { sip in sip.children.contains { $0.isNamed("Uri") } }) else { return }
        var seen: [[UInt8]] = []
        for sip in sips {
            for target in context.sipTargets(of: sip) where !target.isEmpty {
                let key = UniqueURICheck.key(target)
                if seen.contains(key) {
                    report(Finding(target.wholeRange, ["uri": Messages.excerpt(target.uri.text(0..<target.uri.bytes.count))]))
                } else {
                    seen.append(key)
                }
            }
        }
    }

    /// The URI with its scheme and host lower-cased, as RFC 3261 compares them.
    static func key(_ target: SipTarget) -> [UInt8] {
        var key = target.uri.bytes
        // Written to only where a letter is upper case: most URIs are written in lower
        // case, and their key is then the URI's own bytes, not a copy.
        func lower(_ range: Range<Int>) {
            for index in range where Text.lowerASCII(key[index]) != key[index] { key[index] = Text.lowerASCII(key[index]) }
        }
        if target.uri.scheme != nil, let colon = key.firstIndex(of: 0x3A) { lower(0..<colon) }
        if let host = target.uri.host { lower(host) }
        return key
    }
}

/// `header-name`: custom header names (the URI's `?name=` part and `<Header name>`)
/// start with `prefix` in any case, unless listed in `allowed`.
struct HeaderNameCheck: Check {
    static let type = CheckType("header-name", parameters: ["prefix", "allowed"]) { parameters throws(DefinitionError) in
        HeaderNameCheck(prefix: Text.asciiLowercased(try parameters.requiredString("prefix")),
                        allowed: (try parameters.strings("allowed") ?? []).map(Text.asciiLowercased))
    }

    let prefix: String
    let allowed: [String]

    func accepts(_ name: String) -> Bool {
        let lower = Text.asciiLowercased(name)
        return lower.hasPrefix(prefix) || allowed.contains(lower)
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        for target in context.sipTargets(of: element) {
            for header in target.uri.headers where !header.name.isEmpty {
                let name = target.uri.text(header.name)
                if target.uri.nameEquals(header.name, "transport") || accepts(name) { continue }
                report(Finding(target.range(header.name), ["header": name]))
            }
        }
        var pending = Array(element.children)
        while let child = pending.popLast() {
            pending += child.children
            guard child.isNamed("Header"), let name = child.attribute("name") else { continue }
            let value = context.value(of: name)
            if !accepts(value) { report(Finding(name.valueRange, ["header": value])) }
        }
    }
}

/// `mixed-content`: URI text and `<Uri>` children in the same `<Sip>`.
struct MixedContentCheck: Check {
    static let type = CheckType("mixed-content", parameters: ["child"]) { parameters throws(DefinitionError) in
        MixedContentCheck(child: try parameters.requiredString("child"))
    }

    let child: String

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard element.children.contains(where: { $0.isNamed(child) }) else { return }
        let decoded = context.document.decodedText(of: element)
        let trimmed = decoded.trimmedRange
        guard !trimmed.isEmpty else { return }
        report(Finding(decoded.rawRange(trimmed), ["text": Messages.excerpt(String(decoding: decoded.bytes[trimmed], as: UTF8.self)), "child": child]))
    }
}
