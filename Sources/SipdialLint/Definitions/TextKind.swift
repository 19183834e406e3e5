/// What text an element takes, as a dialect file declares it (`text:`): `stray-text`
/// reports text where none belongs, `empty-verb` an element without the text it needs.
package enum TextKind: String, Sendable, CaseIterable {
    /// Only white space.
    case none
    /// Any text, or none (the default).
    case optional
    /// Some text or a child element.
    case required
    /// A URL (required).
    case url
    /// A phone number (required).
    case phoneNumber = "phone-number"

    /// The text is needed: empty, the element is reported.
    package var isRequired: Bool { self == .required || self == .url || self == .phoneNumber }
}
