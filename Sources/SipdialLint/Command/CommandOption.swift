/// One option of the command line, declared once in `CommandLineSyntax.options`: the
/// parser reads it, and `--help` and the man page's OPTIONS section print it.
package struct CommandOption: Sendable {
    /// The long name, without the leading `--`.
    package let name: String
    /// The value's name in help (`--format FORMAT`); nil for a flag.
    package let valueName: String?
    /// One line for `--help`; `{dialects}` and `{default-dialect}` name the catalog's.
    package let help: String
    /// The man page's paragraph, in roff; the same placeholders.
    package let manual: String
    /// What a shell completes for the value.
    package let completion: ValueCompletion
    /// Stores a value (`""` for a flag) in the request.
    let store: @Sendable (inout CommandLineRequest, String) throws(UsageError) -> Void

    /// What a shell offers for an option's value: nothing (free text), a file, a
    /// directory, or words (the catalog's dialects, rule ids, a fixed list).
    package enum ValueCompletion: Sendable {
        case none, file, directory
        case words(@Sendable (RuleCatalog) -> [String])
    }

    /// `completes`: by default a `FILE` value completes a file and a `DIR` one a directory.
    init(
        _ name: String, value valueName: String? = nil,
        help: String, manual: String? = nil, completes: ValueCompletion? = nil,
        store: @escaping @Sendable (inout CommandLineRequest, String) throws(UsageError) -> Void
    ) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.manual = manual ?? help
        self.completion = completes ?? (valueName == "FILE" ? .file : valueName == "DIR" ? .directory : .none)
        self.store = store
    }

    package var takesValue: Bool { valueName != nil }

    /// `--name VALUE`, or `--name` for a flag.
    package var synopsis: String { "--\(name)" + (valueName.map { " \($0)" } ?? "") }
}
