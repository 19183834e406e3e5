/// Every built-in check a rule file can name in `check:`.
enum CheckRegistry {
    static let all: [CheckType] = [
        CheckType("parser", needsSelector: false) { _ throws(DefinitionError) in ParserCheck() },
        CheckType("input", needsSelector: false) { _ throws(DefinitionError) in ParserCheck() },
        CheckType("suppression", kinds: ["unused", "all", "unknown"], needsSelector: false) { _ throws(DefinitionError) in ParserCheck() },
        ReportCheck.type,
        CountCheck.type,
        ExclusiveChildrenCheck.type,
        IntegerCheck.type,
        ListCheck.type,
        URILengthCheck.type,
        SipURIMissingCheck.type,
        SipURISyntaxCheck.type,
        SipTransportCheck.type,
        SipSipsUDPCheck.type,
        SipURIPasswordCheck.type,
        SipURIDuplicateParamCheck.type,
        SipDuplicateURICheck.type,
        SipHeaderNameCheck.type,
        SipMixedContentCheck.type,
        AllowedChildrenCheck.type,
        HTTPMethodCheck.type,
        URLCheck.type,
        RequiresAttributeCheck.type,
        PairedAttributesCheck.type,
        CharsetCheck.type,
        AttributeValueCheck.type,
        UnknownAttributeCheck.type,
    ]

    static let byName: [String: CheckType] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
