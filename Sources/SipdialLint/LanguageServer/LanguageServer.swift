#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `sipdial-lint --lsp`: a Language Server Protocol server. It lints each open document
/// as the client edits it and publishes the diagnostics, offers each one's fix and a
/// comment that disables its rule for the line as code actions, and shows a rule's docs
/// on hover. One thread reads a message, handles it and writes the answers; no input
/// stops it but `exit` or the end of its input.
package final class LanguageServer {
    package struct Limits: Sendable {
        /// A document larger than this is not linted (the command line's limit).
        package var document: ReadLimit = .document
        /// What a message may hold beyond the document (JSON's quotes and escapes aside).
        package var slack = 1 << 20

        package init() {}

        package var message: Int { document.bytes + slack }
    }

    private enum State { case uninitialized, running, shutDown }

    package static let source = "sipdial-lint"
    /// The code of the diagnostic that says a config cannot be read.
    package static let configErrorCode = "config-error"

    private let writer: MessageWriter
    private let limits: Limits
    private var state = State.uninitialized
    package private(set) var encoding = PositionEncoding.utf16
    private var store: DocumentStore
    private var watchesFiles = false
    /// The client takes versioned edits (`documentChanges`): a quick fix then names the
    /// version it was made for, and a client with newer text does not apply it.
    private var versionedEdits = false
    private var nextRequest = 1
    /// Set by `exit`: the status the process exits with.
    package private(set) var exitStatus: Int32?
    /// A message could not be written: the client is gone.
    package private(set) var writeFailed = false

    package init(
        catalog: RuleCatalog, limits: Limits = Limits(), workingDirectory: String? = nil, settings: ServerSettings = ServerSettings(),
        writer: MessageWriter
    ) {
        self.writer = writer
        self.limits = limits
        self.store = DocumentStore(catalog: catalog)
        store.workspaceRoot = workingDirectory
        store.settings = settings
    }

    /// Serves on two file descriptors until `exit` or the end of the input; returns the
    /// exit status: 0 after `shutdown` and `exit`, 1 otherwise.
    package static func serve(input: Int32, output: Int32, catalog: RuleCatalog, settings: ServerSettings = ServerSettings()) -> Int32 {
        // A client gone is a failed write, not a signal.
        signal(SIGPIPE, SIG_IGN)
        let limits = Limits()
        let server = LanguageServer(
            catalog: catalog, limits: limits, workingDirectory: FileSystem.currentDirectory(), settings: settings,
            writer: MessageWriter(descriptor: output))
        var reader = MessageReader(descriptor: input, maximumBody: limits.message)
        return server.run(&reader)
    }

    /// Reads and handles messages until `exit` or the end of the input.
    package func run(_ reader: inout MessageReader) -> Int32 {
        while exitStatus == nil && !writeFailed {
            switch reader.next() {
            case .end: return 1
            case .malformed(let problem):
                sendError(id: .null, ResponseError(ResponseError.invalidRequest, "unreadable message: \(problem)"))
            case .body(let body): receive(body)
            }
        }
        return exitStatus ?? 1
    }

    // MARK: Messages

    private func send(_ message: JSONValue) {
        if !writer.send(message) { writeFailed = true }
    }

    private func sendError(id: JSONValue, _ error: ResponseError) {
        send(["jsonrpc": "2.0", "id": id, "error": error.json])
    }

    private func notify(_ method: String, _ params: JSONValue) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    private func log(_ message: String, type: Int = 1) {
        notify("window/logMessage", ["type": .integer(type), "message": .string(message)])
    }

    /// Handles one message's body.
    package func receive(_ body: [UInt8]) {
        let message: JSONValue
        do {
            message = try JSONValue.parse(body)
        } catch {
            sendError(id: .null, ResponseError(ResponseError.parseError, "parse error at byte \(error.offset): \(error.message)"))
            return
        }
        guard message.isObject else {
            sendError(id: .null, ResponseError(ResponseError.invalidRequest, "a message must be a JSON object"))
            return
        }
        let id = message["id"]
        if let id {
            switch id {
            case .integer, .string, .null: break
            default:
                sendError(id: .null, ResponseError(ResponseError.invalidRequest, "an id must be a number or a string"))
                return
            }
        }
        guard message["jsonrpc"]?.stringValue == "2.0" else {
            sendError(id: id ?? .null, ResponseError(ResponseError.invalidRequest, "\"jsonrpc\" must be \"2.0\""))
            return
        }
        guard let methodValue = message["method"] else {
            // A response to a request of the server's (registerCapability): nothing to do.
            if id == nil { sendError(id: .null, ResponseError(ResponseError.invalidRequest, "a message without a method or an id")) }
            return
        }
        guard let method = methodValue.stringValue else {
            sendError(id: id ?? .null, ResponseError(ResponseError.invalidRequest, "\"method\" must be a string"))
            return
        }
        let params = message["params"] ?? .null
        if let id {
            let result: Result<JSONValue, ResponseError>
            do throws(ResponseError) {
                result = .success(try request(method, params))
            } catch {
                result = .failure(error)
            }
            switch result {
            case .success(let value): send(["jsonrpc": "2.0", "id": id, "result": value])
            case .failure(let error): sendError(id: id, error)
            }
        } else {
            notification(method, params)
        }
    }

    private func request(_ method: String, _ params: JSONValue) throws(ResponseError) -> JSONValue {
        switch state {
        case .uninitialized:
            guard method == "initialize" else { throw ResponseError(ResponseError.serverNotInitialized, "the server is not initialized") }
            return initialize(params)
        case .shutDown:
            throw ResponseError(ResponseError.invalidRequest, "the server is shut down")
        case .running: break
        }
        switch method {
        case "initialize": throw ResponseError(ResponseError.invalidRequest, "the server is already initialized")
        case "shutdown":
            state = .shutDown
            return .null
        case "textDocument/codeAction": return try codeActions(params)
        case "textDocument/hover": return try hover(params)
        default: throw ResponseError(ResponseError.methodNotFound, "unknown method \"\(method)\"")
        }
    }

    private func notification(_ method: String, _ params: JSONValue) {
        if method == "exit" {
            exitStatus = state == .shutDown ? 0 : 1
            return
        }
        // Before initialize, and after shutdown, notifications are dropped.
        guard state == .running else { return }
        do throws(ResponseError) {
            switch method {
            case "initialized": registerWatchers()
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didSave": try didSave(params)
            case "textDocument/didClose": try didClose(params)
            case "workspace/didChangeWatchedFiles": configurationsChanged()
            default: break // $/cancelRequest, $/setTrace, workspace/didChangeConfiguration, …
            }
        } catch {
            log("\(method): \(error.message)")
        }
    }

    // MARK: Lifecycle

    private func initialize(_ params: JSONValue) -> JSONValue {
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = PositionEncoding.negotiate(offered: offered)
        watchesFiles = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        versionedEdits = params["capabilities"]?["workspace"]?["workspaceEdit"]?["documentChanges"]?.boolValue == true
        let rootURI = params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue ?? params["rootUri"]?.stringValue
        if let root = rootURI.flatMap(DocumentURI.path(of:)) ?? params["rootPath"]?.stringValue, root.hasPrefix("/") {
            store.workspaceRoot = root
        }
        state = .running
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "hoverProvider": true,
            ],
            "serverInfo": ["name": "sipdial-lint", "version": .string(SipdialLintVersion.current)],
        ]
    }

    /// Asks the client to report changes to config files, when it can.
    private func registerWatchers() {
        guard watchesFiles else { return }
        let options: JSONValue = ["watchers": [["globPattern": .string("**/" + Configuration.fileName)]]]
        let registration: JSONValue = [
            "id": "sipdial-lint-config", "method": "workspace/didChangeWatchedFiles", "registerOptions": options,
        ]
        send([
            "jsonrpc": "2.0", "id": .string("sipdial-lint-\(nextRequest)"), "method": "client/registerCapability",
            "params": ["registrations": [registration]],
        ])
        nextRequest += 1
    }

    // MARK: Documents

    private static func uri(_ params: JSONValue) throws(ResponseError) -> String {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw .invalidParams("textDocument.uri is missing") }
        return uri
    }

    private func didOpen(_ params: JSONValue) throws(ResponseError) {
        let uri = try Self.uri(params)
        guard let text = params["textDocument"]?["text"]?.stringValue else { throw .invalidParams("textDocument.text is missing") }
        let document = OpenDocument(uri: uri, version: params["textDocument"]?["version"]?.integerValue, text: text)
        store[uri] = document
        publish(uri)
    }

    private func didChange(_ params: JSONValue) throws(ResponseError) {
        let uri = try Self.uri(params)
        guard var document = store[uri] else { throw .invalidParams("\(uri) is not open") }
        guard let changes = params["contentChanges"]?.arrayValue else { throw .invalidParams("contentChanges is missing") }
        // A change that cannot be made leaves the text out of step with the client's: its
        // diagnostics are withdrawn until a change sends the whole text.
        func outOfStep(_ message: String) -> ResponseError {
            document.isOutOfStep = true
            store[uri] = document
            publish(uri)
            return .invalidParams(message + "; the document's diagnostics wait for its whole text")
        }
        for change in changes {
            guard let text = change["text"]?.stringValue else { throw outOfStep("a change without text") }
            if let range = change["range"] {
                guard let start = Self.position(range["start"]), let end = Self.position(range["end"]) else {
                    throw outOfStep("a change's range is not a range")
                }
                if !document.isOutOfStep { document.replace(from: start, to: end, with: text, encoding: encoding) }
            } else {
                document.replaceAll(with: text)
                document.isOutOfStep = false
            }
        }
        document.version = params["textDocument"]?["version"]?.integerValue ?? document.version
        store[uri] = document
        publish(uri)
    }

    private func didSave(_ params: JSONValue) throws(ResponseError) {
        let uri = try Self.uri(params)
        if OpenDocument.isConfiguration(DocumentURI.path(of: uri)) {
            configurationsChanged()
        } else if store[uri] != nil {
            publish(uri)
        }
    }

    private func didClose(_ params: JSONValue) throws(ResponseError) {
        let uri = try Self.uri(params)
        store[uri] = nil
        notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
    }

    /// A config file changed (or appeared, or went): every config is read again, and
    /// every open document linted again.
    private func configurationsChanged() {
        store.forgetConfigurations()
        for uri in store.openURIs {
            store[uri]?.published = nil
            publish(uri)
        }
    }

    private static func position(_ value: JSONValue?) -> PositionEncoding.Position? {
        guard let line = value?["line"]?.integerValue, let character = value?["character"]?.integerValue, line >= 0, character >= 0 else {
            return nil
        }
        return PositionEncoding.Position(line: line, character: character)
    }

    private static func json(_ position: PositionEncoding.Position) -> JSONValue {
        ["line": .integer(position.line), "character": .integer(position.character)]
    }

    private static func json(_ start: PositionEncoding.Position, _ end: PositionEncoding.Position) -> JSONValue {
        ["start": json(start), "end": json(end)]
    }

    // MARK: Diagnostics

    /// Lints the document's current text (unless its diagnostics are those of this text).
    private func diagnostics(_ uri: String) -> [OpenDocument.PublishedDiagnostic] {
        guard var document = store[uri], !document.isOutOfStep else { return [] }
        if let published = document.published { return published }
        var found: [Diagnostic] = []
        if document.isConfiguration {
            found = []
        } else if document.bytes.count > limits.document.bytes {
            found = [
                Diagnostic(
                    rule: Runner.ioErrorRule, severity: .error, message: "cannot lint \"\(uri)\": \(limits.document.exceeded.message)",
                    range: ByteRange(0, 0))
            ]
        } else {
            switch store.linter(for: document).linter {
            case .success(let linter): found = linter.lint(document.bytes)
            case .failure(let error):
                found = [Diagnostic(rule: Self.configErrorCode, severity: .error, message: error.message, range: ByteRange(0, 0))]
            }
        }
        let positions = encoding.positions(of: found.map(\.range.start) + found.map(\.range.end), in: document.bytes)
        let published = found.indices.map { index -> OpenDocument.PublishedDiagnostic in
            let diagnostic = found[index]
            let start = positions[index]
            let end = positions[found.count + index]
            let severity: Int
            switch diagnostic.severity {
            case .error: severity = 1
            case .warning: severity = 2
            case .info: severity = 3
            }
            var data: [(String, JSONValue)] = [("rule", .string(diagnostic.rule))]
            if let fix = diagnostic.fix { data.append(("fix", .string(fix.title))) }
            let json: JSONValue = [
                "range": Self.json(start, end), "severity": .integer(severity), "code": .string(diagnostic.rule),
                "source": .string(Self.source), "message": .string(diagnostic.message), "data": .object(data),
            ]
            return OpenDocument.PublishedDiagnostic(diagnostic: diagnostic, start: start, end: end, json: json)
        }
        document.published = published
        store[uri] = document
        return published
    }

    private func publish(_ uri: String) {
        let published = diagnostics(uri)
        var params: [(String, JSONValue)] = [("uri", .string(uri))]
        if let version = store[uri]?.version { params.append(("version", .integer(version))) }
        params.append(("diagnostics", .array(published.map(\.json))))
        notify("textDocument/publishDiagnostics", .object(params))
    }

    // MARK: Code actions and hover

    /// The published diagnostics a request is about: those the client names in its
    /// context (matched by rule and range), or else those that overlap its range.
    private func targets(_ params: JSONValue, uri: String) throws(ResponseError) -> [OpenDocument.PublishedDiagnostic] {
        guard store[uri] != nil else { throw .invalidParams("\(uri) is not open") }
        guard let start = Self.position(params["range"]?["start"]), let end = Self.position(params["range"]?["end"]) else {
            throw .invalidParams("range is missing")
        }
        let published = diagnostics(uri)
        if let named = params["context"]?["diagnostics"]?.arrayValue, !named.isEmpty {
            let exact = published.filter { candidate in
                named.contains { item in
                    Self.rule(of: item) == candidate.diagnostic.rule && Self.position(item["range"]?["start"]) == candidate.start
                        && Self.position(item["range"]?["end"]) == candidate.end
                }
            }
            if !exact.isEmpty { return exact }
            // Some clients send back the columns they show (Neovim 0.7 sends byte columns
            // whatever the encoding): then the rule and the line must do.
            return published.filter { candidate in
                named.contains { item in
                    Self.rule(of: item) == candidate.diagnostic.rule && Self.position(item["range"]?["start"])?.line == candidate.start.line
                }
            }
        }
        return published.filter { $0.start <= end && start <= $0.end }
    }

    private static func rule(of diagnostic: JSONValue) -> String? {
        diagnostic["data"]?["rule"]?.stringValue ?? diagnostic["code"]?.stringValue
    }

    /// Whether a suppression comment can disable a rule: not the parser's (a document that
    /// does not parse has no comments to read), nor io-error, unused-suppression or a
    /// config error.
    private static func isSuppressible(_ rule: String, catalog: RuleCatalog?) -> Bool {
        guard let definition = catalog?.rule(rule) else { return false }
        return !definition.alwaysOn && !["parser", "input", "suppression"].contains(definition.check)
    }

    /// Edits of one document as a workspace edit: versioned when the client takes that
    /// and the document has a version.
    private func workspaceEdit(_ edits: [JSONValue], for document: OpenDocument) -> JSONValue {
        guard versionedEdits, let version = document.version else { return ["changes": .object([(document.uri, .array(edits))])] }
        return [
            "documentChanges": [["textDocument": ["uri": .string(document.uri), "version": .integer(version)], "edits": .array(edits)]]
        ]
    }

    private func codeActions(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let uri = try Self.uri(params)
        let targets = try targets(params, uri: uri)
        guard let document = store[uri] else { return [] }
        let catalog = try? store.linter(for: document).linter.get().catalog
        var actions: [JSONValue] = []
        var disabled: Set<String> = []
        // Where a suppression comment can go: worked out when a target first needs it.
        var places: CommentPlaces?
        for target in targets {
            if let fix = target.diagnostic.fix, !fix.edits.isEmpty {
                let edits = fix.edits
                let positions = encoding.positions(of: edits.map(\.range.start) + edits.map(\.range.end), in: document.bytes)
                let textEdits: [JSONValue] = edits.indices.map { index in
                    ["range": Self.json(positions[index], positions[edits.count + index]), "newText": .string(edits[index].text)]
                }
                actions.append([
                    "title": .string(fix.title), "kind": "quickfix", "diagnostics": [target.json], "isPreferred": .bool(fix.isSafe),
                    "edit": workspaceEdit(textEdits, for: document),
                ])
            }
            let rule = target.diagnostic.rule
            let key = "\(target.start.line) \(rule)"
            guard Self.isSuppressible(rule, catalog: catalog), disabled.insert(key).inserted else { continue }
            if places == nil { places = CommentPlaces(document.bytes) }
            guard let places, let edit = disableEdit(rule: rule, line: target.start.line, places: places) else { continue }
            actions.append([
                "title": .string("Disable \(rule) for this line"), "kind": "quickfix", "diagnostics": [target.json],
                "edit": workspaceEdit([edit], for: document),
            ])
        }
        return .array(actions)
    }

    /// The edit that puts `<!-- sipdial-lint-disable-next-line RULE -->` on a line of its
    /// own above `line`, indented as it is; nil where a comment cannot go.
    private func disableEdit(rule: String, line: Int, places: CommentPlaces) -> JSONValue? {
        let (bytes, starts) = (places.bytes, places.lineStarts)
        guard line < starts.count, places.accepts(starts[line]) else { return nil }
        let start = starts[line]
        var indentEnd = start
        while indentEnd < bytes.count, bytes[indentEnd] == 0x20 || bytes[indentEnd] == 0x09 { indentEnd += 1 }
        let indentation = String(decoding: bytes[start..<indentEnd], as: UTF8.self)
        let newline = bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D } == true ? "\r\n" : "\n"
        let position = PositionEncoding.Position(line: line, character: 0)
        return [
            "range": Self.json(position, position),
            "newText": .string("\(indentation)<!-- sipdial-lint-disable-next-line \(rule) -->\(newline)"),
        ]
    }

    private func hover(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let uri = try Self.uri(params)
        guard let document = store[uri] else { throw .invalidParams("\(uri) is not open") }
        guard let position = Self.position(params["position"]) else { throw .invalidParams("position is missing") }
        let here = diagnostics(uri).filter { $0.start <= position && position <= $0.end }
        guard !here.isEmpty else { return .null }
        let catalog: RuleCatalog?
        switch store.linter(for: document).linter {
        case .success(let linter): catalog = linter.catalog
        case .failure: catalog = nil
        }
        var sections: [String] = []
        for item in here {
            var section =
                "**\(item.diagnostic.rule)** (\(item.diagnostic.severity.rawValue)): \(Self.markdownEscaped(item.diagnostic.message))"
            if let catalog, let rule = catalog.rule(item.diagnostic.rule) {
                let text = RuleDocumentation.explain(rule, catalog: catalog)
                // A fence longer than any run of backticks in the text.
                var longest = 0
                var run = 0
                for character in text {
                    run = character == "`" ? run + 1 : 0
                    longest = max(longest, run)
                }
                let fence = String(repeating: "`", count: max(3, longest + 1))
                section += "\n\n\(fence)text\n\(text.hasSuffix("\n") ? text : text + "\n")\(fence)"
            }
            sections.append(section)
        }
        let first = here[0]
        return [
            "contents": ["kind": "markdown", "value": .string(sections.joined(separator: "\n\n---\n\n"))],
            "range": Self.json(first.start, first.end),
        ]
    }

    /// Text shown as markdown: characters markdown would act on are escaped.
    private static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]()<>#+-.!|~&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
