/// A class: rules look specs up for every element, and a reference costs one retain.
package final class ElementSpec: Sendable {
    package let name: String
    /// nil: the element is recognised but its attributes are not checked.
    package let attributes: [(name: String, type: AttributeType)]?
    /// nil: its children are not checked.
    package let children: [String]?
    /// The attribute names' lengths in UTF-8, in the order of `attributes`.
    private let lengths: [Int]
    /// The tags of the attributes' types, in the order of `attributes`.
    let tags: [AttributeType.Tag]

    init(name: String, attributes: [(name: String, type: AttributeType)]?, children: [String]?) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.lengths = attributes?.map(\.name.utf8.count) ?? []
        self.tags = attributes?.map(\.type.tag) ?? []
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
