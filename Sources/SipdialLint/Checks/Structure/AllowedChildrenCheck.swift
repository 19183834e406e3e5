/// `allowed-children`: each child element is one the dialect lists for its parent.
/// Kinds: `unknown` (a name the dialect does not declare; the hint is the nearest name
/// allowed there, or the dialect that has it) and `misplaced` (a declared element in the
/// wrong place; the hint says where it belongs). Children named in `except` are left to
/// other rules. An unknown name near one allowed there names it as `suggestion`, with
/// the names in its start and end tags as the fix's ranges.
struct AllowedChildrenCheck: Check {
    static let type = CheckType(
        "allowed-children", values: ["child", "element", "allowed", "hint"], kindValues: ["unknown": ["suggestion"]],
        parameters: ["except"],
        kinds: ["unknown", "misplaced"]
    ) { parameters throws(DefinitionError) in
        AllowedChildrenCheck(except: try parameters.strings("except") ?? [])
    }

    /// Children left to other rules.
    let except: [String]

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let allowed = context.spec(of: element)?.children else { return }
        for child in element.children where !allowed.contains(child.name) && !except.contains(child.name) {
            let known = context.dialect.element(child.name) != nil
            let isRoot = element.parent == nil
            // Hints depend on the two names alone: worked out once per run.
            let hint = context.remember("<\(element.name)\(isRoot ? "/" : "")>", child.name) {
                known
                    ? Self.home(of: child.name, inside: element.name, isRoot: isRoot, allowed: allowed, context)
                    : Self.suggestion(for: child.name, inside: element.name, allowed: allowed, context)
            }
            let list = context.remember("<>", element.name) {
                Messages.excerpt(allowed.isEmpty ? "no elements" : allowed.map { "<\($0)>" }.joined(separator: ", "), limit: 200)
            }
            var finding = Finding(
                child.startTag, kind: known ? "misplaced" : "unknown",
                ["child": child.name, "element": element.name, "allowed": list, "hint": hint], fixRanges: [])
            // The name allowed here that is nearest, when no other dialect declares this one.
            if !known, hint.hasPrefix("; did you mean"), let near = context.nearestChild(child.name, of: element.name, allowed: allowed) {
                finding.values["suggestion"] = near
                let length = child.name.utf8.count
                let start = child.startTag.start + 1
                finding.fixRanges = [ByteRange(start, start + length)]
                if let end = context.document.endTag(of: child) {
                    finding.fixRanges!.append(ByteRange(end.start + 2, end.start + 2 + length))
                }
            }
            report(finding)
        }
    }

    /// Where a declared element belongs: "a noun of <Dial>, not a verb" for one written
    /// straight inside the root, else the elements that may hold it.
    private static func home(of child: String, inside element: String, isRoot: Bool, allowed: [String], _ context: LintContext) -> String {
        let parents = context.dialect.parents(of: child)
        guard !parents.isEmpty else { return "" }
        let names = Text.alternatives(parents.prefix(4).map { "<\($0)>" })
        if isRoot, parents.allSatisfy(allowed.contains) {
            return "; it is a noun of \(names), not a verb"
        }
        // A sibling that would hold it first (<Header> → <Headers>).
        if let holder = allowed.first(where: parents.contains) { return "; it belongs inside <\(holder)>" }
        return "; it belongs inside \(names)"
    }

    /// The dialects that declare the name, or the nearest name allowed here.
    private static func suggestion(for child: String, inside element: String, allowed: [String], _ context: LintContext) -> String {
        let owners = context.otherDialects.filter { $0.element(child) != nil }.map(\.name)
        if !owners.isEmpty { return "; it is an element of \(Text.alternatives(owners, joiner: "and")), not of \(context.dialect.name)" }
        guard let near = context.nearestChild(child, of: element, allowed: allowed) else { return "" }
        return "; did you mean <\(near)>?" + (Text.equalIgnoringASCIICase(near, child) ? " (names are case-sensitive)" : "")
    }
}
