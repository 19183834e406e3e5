/// `exclusive-children`: an element that holds a child named `of` holds nothing else:
/// no other child element (kind `element`) and no non-blank text (kind `text`).
struct ExclusiveChildrenCheck: Check {
    static let type = CheckType(
        "exclusive-children", values: ["of", "element"], kindValues: ["element": ["child"], "text": ["text"]], parameters: ["of"],
        kinds: ["element", "text"]
    ) { parameters throws(DefinitionError) in
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
