/// The type of an attribute, as a dialect file declares it. `attribute-value` checks
/// booleans, integers, enumerations, character sets and word lists; the other types
/// have rules of their own.
package enum AttributeType: Sendable, Equatable {
    case string
    case url
    case boolean
    case httpMethod
    /// A list of status callback events: the element's own events, or (nil) the call
    /// progress events the `status-callback-event` rule lists.
    case events([String]?)
    case codecs
    case callerID
    /// A whole number within the bounds, or one of the words of `also` (`auto`).
    case integer(IntegerRange)
    case enumeration([String])
    /// Only these characters (an empty value too).
    case charset(String)
    /// A space-separated list of these words, each at most once.
    case words([String])

    /// The bounds of an integer type, and the words it accepts besides numbers. The words
    /// are kept as one string: held as an array in this payload, the array leaked under
    /// the address sanitizer (once per declaration, with a Swift 6 toolchain), whatever
    /// the code around it.
    package struct IntegerRange: Sendable, Equatable {
        package var min: Int?
        package var max: Int?
        private var words: String = ""

        init(min: Int?, max: Int?, also: [String]) {
            self.min = min
            self.max = max
            self.words = also.joined(separator: " ")
        }

        package var also: [String] { words.split(separator: " ").map(String.init) }
    }

    static func integer(min: Int?, max: Int?, also: [String] = []) -> AttributeType {
        .integer(IntegerRange(min: min, max: max, also: also))
    }

    /// The case alone, without its values: what checks filter attributes by.
    package enum Tag: UInt8, Sendable {
        case string, url, boolean, httpMethod, events, codecs, callerID, integer, enumeration, charset, words
    }

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
        case .charset: return .charset
        case .words: return .words
        }
    }
}
