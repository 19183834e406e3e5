/// A rule's fix declarations with their text and title templates, split when a finding
/// first needs them rather than at start-up (most runs fix nothing, and start-up counts
/// for a linter run once per file). Shared by threads: split once, under a lock.
final class FixTemplates: @unchecked Sendable {
    typealias Entry = (declaration: FixDeclaration, text: Template, title: Template?)

    let declarations: [FixDeclaration]
    private let lock = Lock()
    // Written once, under `lock`.
    private var split: [Entry]?

    init(_ declarations: [FixDeclaration]) {
        self.declarations = declarations
    }

    var entries: [Entry] {
        lock.withLock {
            if let split { return split }
            let made = declarations.map { ($0, Template($0.text), $0.title.map(Template.init)) }
            split = made
            return made
        }
    }
}
