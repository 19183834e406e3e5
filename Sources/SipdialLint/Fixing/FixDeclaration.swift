/// What a rule file's `fix:` declares: which built-in fixer mends which kinds of finding,
/// with what text, and whether the fix is safe. A rule may list several (one per kind).
///
/// ```yaml
/// fix:
///   - fixer: replace          # replace | insert | remove
///     kinds: [case]           # the finding kinds it mends (default: all)
///     text: "{suggestion}"    # the new text: placeholders as in messages, XML-escaped
///     safe: true
///     summary: "a name in the wrong case → its declared name"   # for the docs
/// ```
package struct FixDeclaration: Sendable {
    /// The built-in fixers. Each works on a finding's fix ranges (the check's, or the
    /// finding's own range).
    package enum Fixer: String, Sendable, CaseIterable {
        /// Each range is replaced by the text.
        case replace
        /// The text is inserted before each range.
        case insert
        /// Each range is removed; with the white space before it, back to the start of
        /// its line, when nothing else is left on that line.
        case remove
    }

    package var fixer: Fixer
    /// The kinds of finding mended; nil for all.
    package var kinds: [String]?
    package var text: String
    package var title: String?
    /// What the fix does, for people (the README's and `--explain`'s words).
    package var summary: String?
    package var isSafe: Bool
    var mark: YAMLMark

    static let keys = ["fixer", "kinds", "text", "title", "safe", "summary"]

    /// Reads a rule file's `fix:`: one declaration, or a list of them.
    static func read(_ node: YAMLNode, file: String) throws(DefinitionError) -> [FixDeclaration] {
        let items = node.sequence ?? [node]
        var declarations: [FixDeclaration] = []
        for item in items {
            guard let pairs = item.mapping else {
                throw DefinitionError(file: file, mark: item.mark, "a fix is a mapping with fixer, safe, and text or kinds as needed")
            }
            for pair in pairs where !keys.contains(pair.key) {
                throw DefinitionError(
                    file: file, mark: pair.keyMark,
                    "unknown key \"\(pair.key)\" in fix\(Text.didYouMean(pair.key, in: keys)); expected \(keys.joined(separator: ", "))")
            }
            let names = Fixer.allCases.map(\.rawValue)
            guard let name = item["fixer"]?.string, let fixer = Fixer(rawValue: name) else {
                throw DefinitionError(
                    file: file, mark: item["fixer"]?.mark ?? item.mark, "a fix names its fixer: one of \(names.joined(separator: ", "))")
            }
            guard let safe = item["safe"]?.string, safe == "true" || safe == "false" else {
                throw DefinitionError(
                    file: file, mark: item["safe"]?.mark ?? item.mark,
                    "a fix says whether it is safe: safe: true (it keeps the document's meaning) or safe: false")
            }
            var kinds: [String]?
            if let node = item["kinds"] {
                guard let list = node.sequence?.compactMap(\.string), list.count == node.sequence?.count, !list.isEmpty else {
                    throw DefinitionError(file: file, mark: node.mark, "fix \"kinds\" is a list of the check's kinds of finding")
                }
                kinds = list
            }
            let text = item["text"]?.string
            if fixer != .remove && (text ?? "").isEmpty {
                throw DefinitionError(file: file, mark: item.mark, "fixer \"\(name)\" needs text: the text it writes")
            }
            if fixer == .remove && text != nil {
                throw DefinitionError(file: file, mark: item["text"]!.mark, "fixer \"remove\" takes no text")
            }
            declarations.append(
                FixDeclaration(
                    fixer: fixer, kinds: kinds, text: text ?? "", title: item["title"]?.string, summary: item["summary"]?.string,
                    isSafe: safe == "true", mark: item.mark))
        }
        return declarations
    }

    /// Checks the declaration against its rule's check: the kinds exist, and the text
    /// and title name only values those kinds fill in.
    func validate(for type: CheckType, rule: RuleDefinition) throws(DefinitionError) {
        let mended = kinds ?? type.kinds
        for kind in mended where !type.kinds.contains(kind) {
            throw DefinitionError(
                file: rule.file, mark: mark,
                "fix kind \"\(kind)\" is not a kind of finding of check \"\(rule.check)\" (\(type.kinds.joined(separator: ", ")))")
        }
        let known = mended.map(type.placeholders(of:)).reduce(type.placeholders(of: mended.first ?? "default")) { $0.intersection($1) }
        for name in Template.placeholders(in: text) + Template.placeholders(in: title ?? "") where !known.contains(name) {
            throw DefinitionError(
                file: rule.file, mark: mark,
                "fix names {\(name)}, which check \"\(rule.check)\" does not fill in for \(mended.joined(separator: ", ")) findings")
        }
    }
}
