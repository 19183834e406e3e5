/// The type of an attribute, as a dialect file declares it. `attribute-value` checks
/// booleans, integers and enumerations; the other types have rules of their own.
package enum AttributeType: Sendable, Equatable {
    case string
    case url
    case boolean
    case httpMethod
    case events
    case codecs
    case callerID
    case integer(min: Int?, max: Int?)
    case enumeration([String])

    /// The case alone, without its values: what checks filter attributes by.
    package enum Tag: UInt8, Sendable { case string, url, boolean, httpMethod, events, codecs, callerID, integer, enumeration }

    package var tag: Tag {
        switch self {
        case .string: return .string
        case .url: return .url
        case .boolean: return .boolean
        case .httpMethod: return .httpMethod
        case .events: return .events
        case .codecs: return .codecs
        case .callerID: return .callerID
        case .integer: return .integer
        case .enumeration: return .enumeration
        }
    }
}
