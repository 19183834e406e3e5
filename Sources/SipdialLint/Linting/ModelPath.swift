/// The XPath shapes the rule files use most, evaluated on the document model so that
/// libxml2 need not build a tree: a union (`|`) of
///
///     //*    //Name    //Name[Child]    //Name[not(parent::A) and not(parent::B)]
///     //Name//*    //Name/Child    /*[local-name() != 'Name']
///
/// Anything else goes to libxml2's XPath. A differential test checks that both give the
/// same elements on every rule example.
struct ModelPath {
    enum Step {
        case all
        case named(String)
        case namedWithChild(String, String)
        case namedNotUnder(String, [String])
        case descendantsOf(String)
        case childOf(String, String)
        case rootNot(String)
    }

    let steps: [Step]

    init?(_ expression: String) {
        var steps: [Step] = []
        for part in expression.split(separator: "|") {
            guard let step = ModelPath.step(part.trimmingSpaces) else { return nil }
            steps.append(step)
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == 0x5F else { return false }
        return text.utf8.allSatisfy {
            ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2E
        }
    }

    private static func step(_ text: Substring) -> Step? {
        if text.hasPrefix("/*[local-name() != '"), text.hasSuffix("']") {
            let name = text.dropFirst("/*[local-name() != '".count).dropLast(2)
            return isName(name) ? .rootNot(String(name)) : nil
        }
        guard text.hasPrefix("//") else { return nil }
        let body = text.dropFirst(2)
        if body == "*" { return .all }
        if body.hasSuffix("//*") {
            let name = body.dropLast(3)
            return isName(name) ? .descendantsOf(String(name)) : nil
        }
        if let open = body.firstIndex(of: "[") {
            let name = body[..<open]
            guard isName(name), body.hasSuffix("]") else { return nil }
            let predicate = body[body.index(after: open)..<body.index(before: body.endIndex)]
            if isName(predicate) { return .namedWithChild(String(name), String(predicate)) }
            var parents: [String] = []
            for clause in predicate.components(separatedBy: " and ") {
                let trimmed = clause.trimmingSpaces
                guard trimmed.hasPrefix("not(parent::"), trimmed.hasSuffix(")") else { return nil }
                let parent = trimmed.dropFirst("not(parent::".count).dropLast()
                guard isName(parent) else { return nil }
                parents.append(String(parent))
            }
            return .namedNotUnder(String(name), parents)
        }
        if let slash = body.firstIndex(of: "/") {
            let name = body[..<slash]
            let child = body[body.index(after: slash)...]
            return isName(name) && isName(child) ? .childOf(String(name), String(child)) : nil
        }
        return isName(body) ? .named(String(body)) : nil
    }

    /// The selected elements, in document order, each once.
    func select(in document: XMLDocument) -> [XMLElement] {
        if steps.count == 1 { return select(steps[0], in: document) }
        // Each step yields document order; merge them, each element once.
        var merged: [XMLElement] = []
        for step in steps {
            let next = select(step, in: document)
            // Most steps of a union select nothing in a given document: nothing to merge.
            if next.isEmpty { continue }
            if merged.isEmpty {
                merged = next
                continue
            }
            var result: [XMLElement] = []
            result.reserveCapacity(merged.count + next.count)
            var left = 0
            var right = 0
            while left < merged.count || right < next.count {
                if right == next.count || (left < merged.count && merged[left].index < next[right].index) {
                    result.append(merged[left])
                    left += 1
                } else if left == merged.count || next[right].index < merged[left].index {
                    result.append(next[right])
                    right += 1
                } else {
                    result.append(merged[left])
                    left += 1
                    right += 1
                }
            }
            merged = result
        }
        return merged
    }

    private func select(_ step: Step, in document: XMLDocument) -> [XMLElement] {
        switch step {
        case .all:
            return Array(document.elements)
        case .named(let name):
            return document.elements(named: name)
        case .namedWithChild(let name, let child):
            return document.elements(named: name).filtered { $0.children.contains { $0.isNamed(child) } }
        case .namedNotUnder(let name, let parents):
            return document.elements(named: name).filtered { element in
                guard let parent = element.parent else { return true }
                return !parents.contains(parent.name)
            }
        case .childOf(let name, let child):
            return document.elements(named: child).filtered { $0.parent?.isNamed(name) == true }
        case .descendantsOf(let name):
            var result: [XMLElement] = []
            var covered = -1
            for element in document.elements(named: name) where element.lastDescendant > element.index {
                // A nested match's subtree lies inside one already taken.
                let first = max(element.index + 1, covered + 1)
                if first <= element.lastDescendant { result += document.elements[first...element.lastDescendant] }
                covered = max(covered, element.lastDescendant)
            }
            return result
        case .rootNot(let name):
            guard let root = document.root else { return [] }
            // The local name: after the prefix's colon, if any.
            let full = root.name
            let local = full.utf8.lastIndex(of: 0x3A).map { String(full[full.utf8.index(after: $0)...]) } ?? full
            return Text.same(local, name) ? [] : [root]
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    func components(separatedBy separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(rest[rest.startIndex..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
