/// The attributes of an element that the dialect gives a type of some kind.
extension XMLElement {
    /// Calls `body` with the index of each attribute whose declared type's tag `wanted`
    /// accepts, and whose value is not a template (`{{Timeout}}`: its value is known only
    /// when the call comes in). (By index: neither the attribute nor its type is copied
    /// for the others.)
    func forEachAttribute(in context: LintContext, typed wanted: (AttributeType.Tag) -> Bool, _ body: (Int) -> Void) {
        guard !attributes.isEmpty else { return }
        let found = context.attributeTags(of: self)
        for index in 0..<min(attributes.count, found.count) {
            if let tag = found[index], wanted(tag), !context.isTemplate(attributes[index]) { body(index) }
        }
    }
}
