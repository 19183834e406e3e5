/// Every built-in check a rule file can name in `check:`.
enum CheckRegistry {
    static let all: [CheckType] = [
        CheckType("parser", needsSelector: false) { _ throws(DefinitionError) in ParserCheck() },
        CheckType("input", needsSelector: false) { _ throws(DefinitionError) in ParserCheck() },
        ReportCheck.type,
        CountCheck.type,
        ExclusiveChildrenCheck.type,
        IntegerCheck.type,
        ListCheck.type,
        URILengthCheck.type,
    ]

    static let byName: [String: CheckType] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
