/// `uri-length`: the URI part (before the first `?`) or the headers part (after it)
/// of each URI a `<Sip>` dials has fewer than `limit` characters.
struct URILengthCheck: Check {
    static let type = CheckType("uri-length", values: ["length", "limit", "max", "over"], parameters: ["part", "limit"]) {
        parameters throws(DefinitionError) in
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
            report(
                Finding(
                    target.range(start..<part.upperBound),
                    ["length": String(length), "limit": String(limit), "max": String(limit - 1), "over": String(length - limit + 1)]))
        }
    }
}
