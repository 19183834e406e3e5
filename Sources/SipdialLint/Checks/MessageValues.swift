/// The values a message fills in, by placeholder name. A few pairs in an array: a
/// finding holds half a dozen at most, and hashing each name would cost more.
package struct MessageValues: ExpressibleByDictionaryLiteral, Sendable {
    private var pairs: [(name: String, value: String)]

    package init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    package subscript(name: String) -> String? {
        get { pairs.first { Text.same($0.name, name) }?.value }
        set {
            if let index = pairs.firstIndex(where: { Text.same($0.name, name) }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }
}
