/// A built-in check as rule files name it: its parameters, the kinds of finding it
/// reports (each needs a message template), the values its findings fill in (the
/// `{placeholders}` a template may name), and how to compile it.
struct CheckType: Sendable {
    let name: String
    let parameters: Set<String>
    let kinds: [String]
    /// The values every finding fills in, and those only some kinds of finding fill in.
    let values: [String]
    let kindValues: [String: [String]]
    /// Parser checks run inside the parser, not on selected elements.
    let needsSelector: Bool
    let make: @Sendable (Parameters) throws(DefinitionError) -> Check

    init(
        _ name: String, values: [String], kindValues: [String: [String]] = [:], parameters: Set<String> = [],
        kinds: [String] = ["default"], needsSelector: Bool = true,
        make: @escaping @Sendable (Parameters) throws(DefinitionError) -> Check
    ) {
        self.name = name
        self.parameters = parameters
        self.kinds = kinds
        self.values = values
        self.kindValues = kindValues
        self.needsSelector = needsSelector
        self.make = make
    }

    /// The placeholders a template for findings of `kind` may name (`dialect` always).
    func placeholders(of kind: String) -> Set<String> {
        Set(values + (kindValues[kind] ?? []) + ["dialect"])
    }
}
