/// `allowed-children`: each child element is one the dialect lists for its parent.
/// The hint names a child the element belongs inside (`<Header>` → `<Headers>`), or a
/// near spelling.
struct AllowedChildrenCheck: Check {
    static let type = CheckType("allowed-children", values: ["child", "element", "allowed", "hint"]) { _ throws(DefinitionError) in
        AllowedChildrenCheck()
    }

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
