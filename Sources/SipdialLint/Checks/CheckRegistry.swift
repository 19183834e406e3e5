/// Every built-in check a rule file can name in `check:`.
enum CheckRegistry {
    static let all: [CheckType] = [
        CheckType("parser", values: [], kinds: ["default", "ampersand"], needsSelector: false) { _ throws(DefinitionError) in
            ParserCheck()
        },
        CheckType("input", values: [], needsSelector: false) { _ throws(DefinitionError) in ParserCheck() },
        CheckType(
            "suppression", values: [], kindValues: ["unused": ["rule"], "unknown": ["rule", "hint"]], kinds: ["unused", "all", "unknown"],
            needsSelector: false
        ) { _ throws(DefinitionError) in ParserCheck() },
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
        DialCallerIDCheck.type,
        StrayTextCheck.type,
        EmptyVerbCheck.type,
        UnreachableVerbCheck.type,
    ]

    static let byName: [String: CheckType] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
