/// `unknown-attribute`: every attribute of an element the dialect describes is one it
/// declares; the hint names the nearest declared name. Namespace declarations and
/// prefixed attributes are left alone.
struct UnknownAttributeCheck: Check {
    static let type = CheckType("unknown-attribute", values: ["attribute", "element", "hint"]) { _ throws(DefinitionError) in
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
            let hint = context.remember(element.name, attribute.name) {
                let nearest = Text.didYouMean(attribute.name, in: declared.map(\.name))
                guard nearest.isEmpty else { return nearest }
                let owners = context.otherDialects.filter { $0.element(element.name)?.attributeType(attribute.name) != nil }.map(\.name)
                return owners.isEmpty
                    ? "" : "; it is an attribute of \(Text.alternatives(owners, joiner: "and")), not of \(context.dialect.name)"
            }
            report(Finding(attribute.nameRange, ["attribute": attribute.name, "element": element.name, "hint": hint]))
        }
    }
}
