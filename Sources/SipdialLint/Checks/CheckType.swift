/// A built-in check as rule files name it: its parameters, the kinds of finding it
/// reports (each needs a message template), and how to compile it.
struct CheckType: Sendable {
    let name: String
    let parameters: Set<String>
    let kinds: [String]
    /// Parser checks run inside the parser, not on selected elements.
    let needsSelector: Bool
    let make: @Sendable (Parameters) throws(DefinitionError) -> Check

    init(_ name: String, parameters: Set<String> = [], kinds: [String] = ["default"], needsSelector: Bool = true,
         make: @escaping @Sendable (Parameters) throws(DefinitionError) -> Check) {
        self.name = name
        self.parameters = parameters
        self.kinds = kinds
        self.needsSelector = needsSelector
        self.make = make
    }
}
