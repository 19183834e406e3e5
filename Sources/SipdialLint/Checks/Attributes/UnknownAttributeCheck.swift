/// `unknown-attribute`: every attribute of an element the dialect describes is one it
/// declares; the hint names the nearest declared name. Namespace declarations and
/// prefixed attributes are left alone. Kinds: `case` (a declared name in another case,
/// the only one so spelt: `suggestion`), `misspelt` (a declared name is near:
/// `suggestion`), `unknown`.
struct UnknownAttributeCheck: Check {
    static let type = CheckType(
        "unknown-attribute", values: ["attribute", "element", "hint"], kindValues: ["case": ["suggestion"], "misspelt": ["suggestion"]],
        kinds: ["case", "misspelt", "unknown"]
    ) { _ throws(DefinitionError) in
        UnknownAttributeCheck()
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard !element.attributes.isEmpty, let declared = context.spec(of: element)?.attributes else { return }
        let tags = context.attributeTags(of: element)
        for index in 0..<min(element.attributes.count, tags.count) where tags[index] == nil {
            let attribute = element.attributes[index]
            if attribute.name == "xmlns" || attribute.name.contains(":") { continue }
            // The same unknown attribute tends to recur (a document written for another
            // dialect): its hint is worked out once per run.
            // The hint first (one lookup, the common case): a near declared name makes it
            // "; did you mean …", and only then are the name and its kind looked up.
            let hint = context.remember(element.name, attribute.name) {
                if let near = Text.nearest(to: attribute.name, in: declared.map(\.name)) { return "; did you mean \"\(near)\"?" }
                let owners = context.otherDialects.filter { $0.element(element.name)?.attributeType(attribute.name) != nil }.map(\.name)
                return owners.isEmpty
                    ? "" : "; it is an attribute of \(Text.alternatives(owners, joiner: "and")), not of \(context.dialect.name)"
            }
            // The nearest declared name, after "c" when it is the same in another case and
            // no other declared name is so spelt, else after "m".
            let nearest =
                hint.hasPrefix("; did you mean")
                ? context.remember("~" + element.name, attribute.name) {
                    guard let near = Text.nearest(to: attribute.name, in: declared.map(\.name)) else { return "" }
                    let sameButCase = declared.count { Text.equalIgnoringASCIICase($0.name, attribute.name) }
                    return (sameButCase == 1 && Text.equalIgnoringASCIICase(near, attribute.name) ? "c" : "m") + near
                } : ""
            let suggestion = String(nearest.dropFirst())
            var values: MessageValues = ["attribute": attribute.name, "element": element.name, "hint": hint]
            guard !suggestion.isEmpty else {
                report(Finding(attribute.nameRange, kind: "unknown", values))
                continue
            }
            values["suggestion"] = suggestion
            let kind = nearest.utf8.first == UInt8(ascii: "c") ? "case" : "misspelt"
            // No rename to a name the element already has.
            report(Finding(attribute.nameRange, kind: kind, values, fixRanges: element.attribute(suggestion) == nil ? nil : []))
        }
    }
}
