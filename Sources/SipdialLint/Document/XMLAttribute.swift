/// An attribute as written: its name and its raw value's place between the quotes.
/// The value itself is read from the document when a rule asks for it
/// (`XMLDocument.value(of:)`): most values are never read, and a string for each
/// would cost an allocation, a copy and, on every copy of the attribute, a retain.
package struct XMLAttribute: Sendable {
    package let name: String
    package let nameRange: ByteRange
    /// The raw value, between the quotes.
    package let valueRange: ByteRange
}
