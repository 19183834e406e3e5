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
            let uri = target.uri
            guard let part = headers ? uri.headersPart : uri.uriPart else { continue }
            let length = uri.characterCount(part)
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
        for target in context.sipTargets(of: element) where !target.isEmpty {
            let uri = target.uri
            for problem in uri.problems where problem.kind == .transportHeader {
                report(Finding(target.range(problem.range), kind: "header", ["problem": problem.message]))
            }
            for parameter in uri.parameter(named: "transport") {
                guard let value = parameter.value else { continue }
                let transport = Text.asciiLowercased(uri.text(value))
                if !allowed.contains(transport) {
                    report(Finding(target.range(value), kind: "unsupported",
                                   ["transport": uri.text(value), "allowed": Text.list(allowed)]))
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
                guard let value = parameter.value, Text.asciiLowercased(target.uri.text(value)) == "udp" else { continue }
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
            var seen: Set<String> = []
            for parameter in target.uri.parameters where !parameter.name.isEmpty {
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
        var seen: [String: Int] = [:]
        for sip in element.children where sip.name == "Sip" {
            for target in context.sipTargets(of: sip) where !target.isEmpty {
                let uri = target.uri
                var key = uri.text(0..<uri.bytes.count)
                if let host = uri.host {
                    key = Text.asciiLowercased(uri.scheme ?? "") + "|" + uri.text(0..<host.lowerBound).drop { $0 != ":" }
                        + Text.asciiLowercased(uri.text(host)) + uri.text(host.upperBound..<uri.bytes.count)
                }
                if seen[key] != nil {
                    report(Finding(target.wholeRange, ["uri": Messages.excerpt(uri.text(0..<uri.bytes.count))]))
                } else {
                    seen[key] = sip.index
                }
            }
        }
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
                if Text.asciiLowercased(name) == "transport" || accepts(name) { continue }
                report(Finding(target.range(header.name), ["header": name]))
            }
        }
        var pending = element.children
        while let child = pending.popLast() {
            pending += child.children
            guard child.name == "Header", let name = child.attribute("name"), !accepts(name.value) else { continue }
            report(Finding(name.valueRange, ["header": name.value]))
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
        guard element.children.contains(where: { $0.name == child }) else { return }
        let decoded = context.document.decodedText(of: element)
        let trimmed = decoded.trimmedRange
        guard !trimmed.isEmpty else { return }
        report(Finding(decoded.rawRange(trimmed), ["text": Messages.excerpt(String(decoding: decoded.bytes[trimmed], as: UTF8.self)), "child": child]))
    }
}
