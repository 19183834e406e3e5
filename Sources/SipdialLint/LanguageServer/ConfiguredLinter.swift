/// The linter for the documents under one config file (or none), or why there is none:
/// a config or rule error, which each of those documents shows as a diagnostic.
package struct ConfiguredLinter: Sendable {
    /// The config file read, nil when none was found.
    package let configPath: String?
    package let linter: Result<Linter, UsageError>

    /// Reads the config at `configPath` over the catalog (its rule directories add to a
    /// copy of it) and builds the linter; never throws.
    package init(configPath: String?, catalog: RuleCatalog, settings: ServerSettings = ServerSettings()) {
        self.configPath = configPath
        var catalog = catalog
        func make(_ configuration: Configuration) -> Result<Linter, UsageError> {
            Result { () throws(UsageError) in
                try Driver.makeLinter(
                    catalog: catalog, configuration: configuration, dialect: settings.dialect, select: settings.select,
                    ignore: settings.ignore)
            }
        }
        guard let path = configPath else {
            linter = make(Configuration(directory: "/"))
            return
        }
        let directory = Path.directory(of: path)
        do throws(DefinitionError) {
            let configuration = try Configuration.load(path, catalog: &catalog, workingDirectory: directory)
            linter = make(configuration)
        } catch {
            linter = .failure(UsageError(error.description))
        }
    }
}
