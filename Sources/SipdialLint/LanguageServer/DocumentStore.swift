/// The open documents, and the linter each one is linted with: found as the command line
/// finds its config (the nearest `.sipdial-lint.yml` from the document's directory), and
/// kept per config file until a config changes.
package struct DocumentStore {
    package private(set) var documents: [String: OpenDocument] = [:]
    /// The URIs in the order they were opened (re-linting goes in this order).
    private var order: [String] = []
    private let catalog: RuleCatalog
    /// What the command line says for every document.
    package var settings = ServerSettings()
    /// Where a document that is not a file looks for its config; nil: it has none.
    package var workspaceRoot: String?
    /// The config found from each directory ("" for none), and the linter for each config.
    private var discovered: [String: String] = [:]
    private var linters: [String: ConfiguredLinter] = [:]

    package init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    package subscript(uri: String) -> OpenDocument? {
        get { documents[uri] }
        set {
            if newValue != nil, documents[uri] == nil { order.append(uri) }
            if newValue == nil { order.removeAll { $0 == uri } }
            documents[uri] = newValue
        }
    }

    package var openURIs: [String] { order }

    /// Forgets every config read: they are read again when next needed.
    package mutating func forgetConfigurations() {
        discovered = [:]
        linters = [:]
    }

    /// The linter for a document.
    package mutating func linter(for document: OpenDocument) -> ConfiguredLinter {
        var directory: String?
        if let path = document.path {
            directory = path.hasPrefix("/") ? Path.directory(of: path) : workspaceRoot
        } else {
            directory = workspaceRoot
        }
        var configPath: String?
        if settings.noConfig {
            configPath = nil
        } else if let fixed = settings.configPath {
            configPath = fixed
        } else if let directory {
            if let known = discovered[directory] {
                configPath = known.isEmpty ? nil : known
            } else {
                configPath = Configuration.discover(from: directory).path
                discovered[directory] = configPath ?? ""
            }
        }
        let key = configPath ?? ""
        if let known = linters[key] { return known }
        let made = ConfiguredLinter(configPath: configPath, catalog: catalog, settings: settings)
        linters[key] = made
        return made
    }
}
