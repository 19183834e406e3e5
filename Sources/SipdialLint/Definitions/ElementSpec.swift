/// What a dialect says of one element: its attributes and their types, the elements it
/// may hold, and the text it takes.
/// A class: rules look specs up for every element, and a reference costs one retain.
package final class ElementSpec: Sendable {
    package let name: String
    /// nil: the element's attributes are not checked (`attributes: any`).
    package let attributes: [(name: String, type: AttributeType)]?
    /// nil: its content is not checked (`children: any`), nor described to the rules.
    package let children: [String]?
    package let text: TextKind
    /// Attributes that stand in for required text (`<Play digits="w1"/>`).
    package let textUnless: [String]
    /// The attribute names' lengths in UTF-8, in the order of `attributes`.
    private let lengths: [Int]
    /// The tags of the attributes' types, in the order of `attributes`.
    let tags: [AttributeType.Tag]

    init(
        name: String, attributes: [(name: String, type: AttributeType)]?, children: [String]?, text: TextKind = .optional,
        textUnless: [String] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.textUnless = textUnless
        // (Closures, not key paths: a key path through the tuple to the type's tag leaked
        // the type's word list under the address sanitizer.)
        self.lengths = attributes?.map { $0.name.utf8.count } ?? []
        self.tags = attributes?.map { $0.type.tag } ?? []
    }

    /// The same element with other parts (for a dialect that extends another).
    func with(
        attributes: [(name: String, type: AttributeType)]??, children: [String]??, text: TextKind?, textUnless: [String]?
    ) -> ElementSpec {
        ElementSpec(
            name: name, attributes: attributes ?? self.attributes, children: children ?? self.children, text: text ?? self.text,
            textUnless: textUnless ?? self.textUnless)
    }

    /// The type of an attribute (the first declaration of its name).
    package func attributeType(_ name: String) -> AttributeType? {
        position(of: name).map { attributes![$0].type }
    }

    /// Where an attribute is declared in `attributes` (the first declaration of its
    /// name). A scan, lengths first: an element declares a dozen attributes at most, and
    /// hashing a name costs more.
    func position(of name: String) -> Int? {
        guard let attributes else { return nil }
        let length = name.utf8.count
        for index in lengths.indices where lengths[index] == length && attributes[index].name == name {
            return index
        }
        return nil
    }
}
