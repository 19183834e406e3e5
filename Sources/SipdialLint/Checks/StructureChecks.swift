/// `report`: every element the selector yields is a finding, at its start tag.
struct ReportCheck: Check {
    static let type = CheckType("report") { _ throws(DefinitionError) in ReportCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        report(Finding(element.startTag, ["element": element.name, "parent": element.parent?.name ?? "(none)"]))
    }
}

/// `count`: at most `max` children named `of`; the finding lands on the first one over.
struct CountCheck: Check {
    static let type = CheckType("count", parameters: ["of", "max"]) { parameters throws(DefinitionError) in
        CountCheck(of: try parameters.requiredString("of"), max: try parameters.requiredInt("max"))
    }

    let of: String
    let max: Int

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        let matching = element.children.filtered { $0.isNamed(of) }
        guard matching.count > max else { return }
        report(Finding(matching[max].startTag, ["count": String(matching.count), "max": String(max), "of": of, "element": element.name]))
    }
}

/// `exclusive-children`: an element that holds a child named `of` holds nothing else:
/// no other child element (kind `element`) and no non-blank text (kind `text`).
struct ExclusiveChildrenCheck: Check {
    static let type = CheckType("exclusive-children", parameters: ["of"], kinds: ["element", "text"]) { parameters throws(DefinitionError) in
        ExclusiveChildrenCheck(of: try parameters.requiredString("of"))
    }

    let of: String

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard element.children.contains(where: { $0.isNamed(of) }) else { return }
        let document = context.document
        for child in element.children where !child.isNamed(of) {
            report(Finding(child.startTag, kind: "element", ["child": child.name, "of": of, "element": element.name]))
        }
        for run in element.textRuns {
            var decoded = DecodedText()
            decoded.append(raw: document.bytes, run.range, mode: run.isCDATA ? .cdata : .text)
            let trimmed = decoded.trimmedRange
            guard !trimmed.isEmpty else { continue }
            let text = String(decoding: decoded.bytes[trimmed], as: UTF8.self)
            report(Finding(decoded.rawRange(trimmed), kind: "text", ["text": Messages.excerpt(text), "of": of, "element": element.name]))
        }
    }
}

enum Messages {
    /// A value quoted in a message, shortened when long.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var short = String(String.UnicodeScalarView(scalars.prefix(limit - 1)))
        short += "…"
        return short
    }
}

/// `allowed-children`: each child element is one the dialect lists for its parent.
/// The hint names a child the element belongs inside (`<Header>` → `<Headers>`), or a
/// near spelling.
struct AllowedChildrenCheck: Check {
    static let type = CheckType("allowed-children") { _ throws(DefinitionError) in AllowedChildrenCheck() }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let allowed = context.spec(of: element)?.children else { return }
        for child in element.children where !allowed.contains(child.name) {
            var hint = ""
            if let home = allowed.first(where: { context.dialect.element($0)?.children?.contains(child.name) == true }) {
                hint = "; it belongs inside <\(home)>"
            } else if let near = Text.nearest(to: child.name, in: allowed) {
                hint = "; did you mean <\(near)>?"
            }
            let list = allowed.isEmpty ? "no elements" : allowed.map { "<\($0)>" }.joined(separator: ", ")
            report(Finding(child.startTag, ["child": child.name, "element": element.name, "allowed": list, "hint": hint]))
        }
    }
}
