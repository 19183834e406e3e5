import Foundation
import Testing

@testable import SipdialLint

/// `sipdial-lint --lsp`, driven through its messages: in process (each message's body,
/// or framed bytes through the reader), and once as the built executable over pipes.
@Suite struct LanguageServerTests {
    /// A server in process, and everything it has sent.
    final class Session {
        var sent: [UInt8] = []
        var server: LanguageServer!
        private var nextID = 1

        init(
            limits: LanguageServer.Limits = LanguageServer.Limits(), workingDirectory: String? = nil,
            settings: ServerSettings = ServerSettings()
        ) {
            let writer = MessageWriter { [unowned self] bytes in
                self.sent += bytes
                return true
            }
            server = LanguageServer(
                catalog: TestSupport.catalog, limits: limits, workingDirectory: workingDirectory, settings: settings, writer: writer)
        }

        /// The messages sent since the last call.
        func take() -> [JSONValue] {
            var reader = MessageReader(bytes: sent, maximumBody: 1 << 30)
            sent = []
            var messages: [JSONValue] = []
            while case .body(let body) = reader.next() {
                if let message = try? JSONValue.parse(body) { messages.append(message) }
            }
            return messages
        }

        func notify(_ method: String, _ params: JSONValue) {
            server.receive(JSONValue.object([("jsonrpc", "2.0"), ("method", .string(method)), ("params", params)]).serialized)
        }

        /// Sends a request; returns its response (and keeps the other messages sent since).
        @discardableResult
        func request(_ method: String, _ params: JSONValue) -> JSONValue {
            let id = nextID
            nextID += 1
            server.receive(
                JSONValue.object([("jsonrpc", "2.0"), ("id", .integer(id)), ("method", .string(method)), ("params", params)]).serialized)
            let messages = take()
            return messages.first { $0["id"] == .integer(id) } ?? .null
        }

        @discardableResult
        func initialize(encodings: [String]? = nil, root: String? = nil) -> JSONValue {
            var capabilities: JSONValue = [:]
            if let encodings { capabilities = ["general": ["positionEncodings": .array(encodings.map { .string($0) })]] }
            let response = request(
                "initialize",
                ["processId": .null, "rootUri": root.map { .string(DocumentURI.uri(ofPath: $0)) } ?? .null, "capabilities": capabilities])
            notify("initialized", [:])
            return response
        }

        /// Opens a document; returns the diagnostics published for it.
        func open(_ uri: String, _ text: String, version: Int = 1) -> [JSONValue] {
            notify(
                "textDocument/didOpen",
                ["textDocument": ["uri": .string(uri), "languageId": "xml", "version": .integer(version), "text": .string(text)]])
            return published(uri)
        }

        /// The diagnostics last published for `uri` among the messages sent since the last call.
        func published(_ uri: String) -> [JSONValue] {
            let messages = take().filter { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri) }
            return messages.last?["params"]?["diagnostics"]?.arrayValue ?? []
        }
    }

    /// A change that cannot be made withdraws the document's diagnostics (its text may no
    /// longer be the client's) until a change sends the whole text again.
    @Test func aBadChangeWithdrawsDiagnosticsUntilTheWholeText() {
        let session = Session()
        session.initialize()
        let uri = "untitled:s.xml"
        let text = "<Response><Dial method=\"post\"><Sip>sip:a@example.com</Sip></Dial></Response>"
        #expect(session.open(uri, text).count == 1)
        let edit: JSONValue = ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": " "]
        session.notify(
            "textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [edit, ["text": 1]]])
        #expect(session.published(uri).isEmpty)
        session.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 3], "contentChanges": [edit]])
        #expect(session.published(uri).isEmpty)
        session.notify(
            "textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 4], "contentChanges": [["text": .string(text)]]])
        #expect(session.published(uri).compactMap { $0["code"]?.stringValue } == ["http-method"])
    }

    /// A client that takes versioned edits gets quick fixes for the version they were
    /// made from.
    @Test func quickFixesNameTheirVersionWhenTheClientTakesThat() throws {
        let session = Session()
        session.request(
            "initialize", ["processId": .null, "capabilities": ["workspace": ["workspaceEdit": ["documentChanges": true]]]])
        let uri = "untitled:v.xml"
        let text = "<Response><Dial method=\"post\"><Sip>sip:a@example.com</Sip></Dial></Response>"
        let method = try #require(session.open(uri, text, version: 7).first { $0["code"] == "http-method" })
        let response = session.request(
            "textDocument/codeAction",
            ["textDocument": ["uri": .string(uri)], "range": method["range"]!, "context": ["diagnostics": [method]]])
        let fix = try #require(response["result"]?.arrayValue?.first { $0["title"] == "write \"POST\"" })
        let change = fix["edit"]?["documentChanges"]?.arrayValue?.first
        #expect(change?["textDocument"]?["version"] == .integer(7))
        #expect(fix["edit"]?["changes"] == nil)
        #expect(Self.apply(fix, uri: uri, to: text).contains("method=\"POST\""))
    }

    /// `--lsp --dialect twilio --ignore …` holds for every document: codecs is SignalWire's.
    @Test func commandLineSettingsHoldForEveryDocument() throws {
        let text = "<Response><Dial method=\"post\"><Sip codecs=\"PCMU\">sip:a@example.com</Sip></Dial></Response>"
        let plain = Session()
        plain.initialize()
        #expect(plain.open("untitled:a", text).compactMap { $0["code"]?.stringValue } == ["http-method"])
        var settings = ServerSettings()
        settings.dialect = "twilio"
        settings.ignore = ["http-method"]
        settings.noConfig = true
        let twilio = Session(settings: settings)
        twilio.initialize()
        #expect(twilio.open("untitled:a", text).compactMap { $0["code"]?.stringValue } == ["unknown-attribute"])
    }

    static func position(_ value: JSONValue?) -> [Int] {
        [value?["line"]?.integerValue ?? -1, value?["character"]?.integerValue ?? -1]
    }

    static func range(_ diagnostic: JSONValue) -> [Int] {
        position(diagnostic["range"]?["start"]) + position(diagnostic["range"]?["end"])
    }

    /// Frames message bodies as a client sends them.
    static func framed(_ bodies: [String]) -> [UInt8] {
        bodies.flatMap { Array("Content-Length: \($0.utf8.count)\r\n\r\n\($0)".utf8) }
    }

    /// Runs a server over framed input to its end; returns the exit status and what it sent.
    static func serve(_ input: [UInt8], limits: LanguageServer.Limits = LanguageServer.Limits()) -> (Int32, [JSONValue]) {
        let session = Session(limits: limits)
        var reader = MessageReader(bytes: input, maximumBody: limits.message)
        let status = session.server.run(&reader)
        return (status, session.take())
    }

    static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#
    static let shutdown = #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#
    static let exit = #"{"jsonrpc":"2.0","method":"exit"}"#

    // "Café 😀" before the error: é is 2 UTF-8 bytes and 1 UTF-16 unit; 😀 is 4 bytes,
    // 2 UTF-16 units and 1 code point.
    static let broken = #"<Response><Say>Café 😀</Say><Dial><Sip statuscallback="/e">sip:a@example.com</Sip></Dial></Response>"#

    @Test(arguments: [
        ([String]?.none, "utf-16", 39), (["utf-16"], "utf-16", 39), (["utf-32", "utf-16"], "utf-32", 38),
        (["utf-16", "utf-32", "utf-8"], "utf-8", 42),
    ])
    func positionEncodingIsNegotiatedAndColumnsCountIt(offered: [String]?, expected: String, column: Int) {
        let session = Session()
        let response = session.initialize(encodings: offered)
        let capabilities = response["result"]?["capabilities"]
        #expect(capabilities?["positionEncoding"] == .string(expected))
        #expect(capabilities?["textDocumentSync"]?["change"] == 2)
        #expect(capabilities?["textDocumentSync"]?["openClose"] == true)
        #expect(capabilities?["hoverProvider"] == true)
        #expect(capabilities?["codeActionProvider"]?["codeActionKinds"] == ["quickfix"])
        #expect(response["result"]?["serverInfo"]?["version"] == .string(SipdialLintVersion.current))
        let diagnostics = session.open("untitled:a.xml", Self.broken)
        let attribute = diagnostics.first { $0["code"] == "unknown-attribute" }
        // "statuscallback" is 14 characters of ASCII, after the non-ASCII text.
        #expect(attribute.map(Self.range) == [0, column, 0, column + 14])
        #expect(attribute?["severity"] == 2)
        #expect(attribute?["source"] == "sipdial-lint")
        #expect(attribute?["data"]?["rule"] == "unknown-attribute")
    }

    @Test func publishedDiagnosticsCarryTheVersion() {
        let session = Session()
        session.initialize()
        session.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": "untitled:v.xml", "languageId": "xml", "version": 7, "text": .string(Self.broken)]])
        let published = session.take().first { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(published?["params"]?["version"] == 7)
    }

    @Test(arguments: PositionEncoding.allCases)
    func incrementalChangesLandWhereTheClientCountsThem(encoding: PositionEncoding) {
        let session = Session()
        session.initialize(encodings: [encoding.rawValue])
        // \r\n line ends; the insertion goes after the non-ASCII text of line 1.
        let text = "<Response>\r\n  <Say>é😀</Say>\r\n</Response>\r\n"
        #expect(session.open("untitled:b.xml", text).isEmpty)
        let afterSay = ["utf-8": 19, "utf-16": 16, "utf-32": 15][encoding.rawValue]!
        let insert = #"<Dial><Sip statuscallback="/e">sip:a@example.com</Sip></Dial>"#
        let position: JSONValue = ["line": 1, "character": .integer(afterSay)]
        session.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": "untitled:b.xml", "version": 2],
                "contentChanges": [["range": ["start": position, "end": position], "text": .string(insert)]],
            ])
        let diagnostics = session.published("untitled:b.xml")
        let attribute = diagnostics.first { $0["code"] == "unknown-attribute" }
        #expect(attribute.map(Self.range) == [1, afterSay + 11, 1, afterSay + 25])
        // Replace the attribute's name (a range on one line) and the diagnostic goes.
        let start: JSONValue = ["line": 1, "character": .integer(afterSay + 11)]
        let end: JSONValue = ["line": 1, "character": .integer(afterSay + 25)]
        session.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": "untitled:b.xml", "version": 3],
                "contentChanges": [["range": ["start": start, "end": end], "text": "statusCallback"]],
            ])
        #expect(session.published("untitled:b.xml").isEmpty)
        // A full change replaces everything.
        session.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": "untitled:b.xml", "version": 4], "contentChanges": [["text": .string(Self.broken)]]])
        #expect(session.published("untitled:b.xml").count == 1)
    }

    @Test func closingADocumentClearsItsDiagnostics() {
        let session = Session()
        session.initialize()
        #expect(!session.open("untitled:c.xml", Self.broken).isEmpty)
        session.notify("textDocument/didClose", ["textDocument": ["uri": "untitled:c.xml"]])
        let cleared = session.take().first { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(cleared?["params"]?["diagnostics"] == [])
    }

    /// Applies a WorkspaceEdit's edits for `uri` to `text`, counting UTF-16 units.
    static func apply(_ action: JSONValue?, uri: String, to text: String) -> String {
        var units = Array(text.utf16)
        let edits =
            action?["edit"]?["changes"]?[uri]?.arrayValue ?? action?["edit"]?["documentChanges"]?.arrayValue?.first?["edits"]?.arrayValue
            ?? []
        let lineStarts = [0] + units.indices.filter { units[$0] == 0x0A }.map { $0 + 1 }
        func offset(_ value: JSONValue?) -> Int {
            let pair = Self.position(value)
            return lineStarts[pair[0]] + pair[1]
        }
        for edit in edits.reversed() {
            let start = offset(edit["range"]?["start"])
            let end = offset(edit["range"]?["end"])
            units.replaceSubrange(start..<end, with: Array((edit["newText"]?.stringValue ?? "").utf16))
        }
        return String(decoding: units, as: UTF16.self)
    }

    @Test func codeActionDisablesTheRuleForTheLine() {
        let session = Session()
        session.initialize()
        let uri = "untitled:d.xml"
        let text = "<Response>\n    <Say>Café 😀</Say><Dial><Sip statuscallback=\"/e\">sip:a@example.com</Sip></Dial>\n</Response>\n"
        let diagnostics = session.open(uri, text)
        let attribute = try! #require(diagnostics.first { $0["code"] == "unknown-attribute" })
        let response = session.request(
            "textDocument/codeAction",
            ["textDocument": ["uri": .string(uri)], "range": attribute["range"]!, "context": ["diagnostics": [attribute]]])
        let actions = response["result"]?.arrayValue ?? []
        let disable = actions.first { $0["title"] == "Disable unknown-attribute for this line" }
        #expect(disable?["kind"] == "quickfix")
        #expect(disable?["diagnostics"] == [attribute])
        let fixed = Self.apply(disable, uri: uri, to: text)
        #expect(fixed.contains("\n    <!-- sipdial-lint-disable-next-line unknown-attribute -->\n    <Say>"))
        session.notify(
            "textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(fixed)]]])
        #expect(session.published(uri).isEmpty)
        // Every action is for a diagnostic of the request: none outside its range.
        let elsewhere = session.request(
            "textDocument/codeAction",
            [
                "textDocument": ["uri": .string(uri)],
                "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 1]], "context": ["diagnostics": []],
            ])
        #expect(elsewhere["result"] == [])
    }

    /// "Disable … for this line" is offered only where a comment keeps the document
    /// well-formed: never before the XML declaration, inside a tag whose attribute value
    /// holds ">", or inside a comment that holds ">".
    @Test(arguments: [
        "<?xml version=\"1.0\"?><Response><Dial record=\"TRUE\">1</Dial></Response>",
        "<Response><Dial action=\"/a?x=>\"\n   record=\"TRUE\">1</Dial></Response>",
        "<Response><!-- a > b\n --><Dial record=\"TRUE\">1</Dial></Response>",
    ])
    func disableIsNotOfferedWhereACommentBreaksTheDocument(_ text: String) throws {
        let session = Session()
        session.initialize()
        let uri = "untitled:e.xml"
        let diagnostics = session.open(uri, text)
        let value = try #require(diagnostics.first { $0["code"] == "attribute-value" })
        let response = session.request(
            "textDocument/codeAction",
            ["textDocument": ["uri": .string(uri)], "range": value["range"]!, "context": ["diagnostics": [value]]])
        let titles = (response["result"]?.arrayValue ?? []).compactMap { $0["title"]?.stringValue }
        #expect(!titles.contains("Disable attribute-value for this line"), "\(titles)")
        #expect(titles.contains("write \"true\""), "\(titles)")
    }

    @Test func codeActionOffersTheDiagnosticsFix() throws {
        // Whichever rule offers a fix for this document, its fix is offered as the preferred quick fix.
        let text = "<Response><Say>é 😀</Say><Dial><Sip statuscallback=\"/e\">sip:a@example.com?x=1&y=2</Sip></Dial></Response>\n"
        let fixable = try TestSupport.lint(text).filter { $0.fix != nil }
        #expect(!fixable.isEmpty)
        let session = Session()
        session.initialize()
        let uri = "untitled:e.xml"
        let diagnostics = session.open(uri, text)
        for diagnostic in diagnostics {
            let response = session.request(
                "textDocument/codeAction",
                ["textDocument": ["uri": .string(uri)], "range": diagnostic["range"]!, "context": ["diagnostics": [diagnostic]]])
            let actions = response["result"]?.arrayValue ?? []
            guard let fix = fixable.first(where: { $0.rule == diagnostic["code"]?.stringValue })?.fix else {
                #expect(!actions.contains { $0["isPreferred"] != nil })
                continue
            }
            // A comment cannot disable the parser's rule: no such action is offered for it.
            #expect(!actions.contains { $0["title"] == "Disable xml-syntax for this line" })
            let quick = try #require(actions.first { $0["title"] == .string(fix.title) })
            #expect(quick["isPreferred"] == .bool(fix.isSafe))
            let applied = Self.apply(quick, uri: uri, to: text)
            #expect(applied == String(decoding: fix.applied(to: Array(text.utf8)), as: UTF8.self))
        }
    }

    @Test func hoverShowsTheRulesDocs() {
        let session = Session()
        session.initialize(encodings: ["utf-8"])
        let uri = "untitled:f.xml"
        _ = session.open(uri, Self.broken)
        let inside = session.request(
            "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 45]])
        let contents = inside["result"]?["contents"]
        #expect(contents?["kind"] == "markdown")
        let value = contents?["value"]?.stringValue ?? ""
        let rule = TestSupport.catalog.rule("unknown-attribute")!
        #expect(value.contains("**unknown-attribute**"))
        #expect(value.contains(RuleDocumentation.explain(rule, catalog: TestSupport.catalog).split(separator: "\n")[1]))
        let outside = session.request(
            "textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 2]])
        #expect(outside["result"] == .null)
    }

    @Test func requestsBeforeInitializeAndUnknownMethodsAreErrors() {
        let session = Session()
        let early = session.request(
            "textDocument/hover", ["textDocument": ["uri": "untitled:x"], "position": ["line": 0, "character": 0]])
        #expect(early["error"]?["code"] == .integer(ResponseError.serverNotInitialized))
        session.initialize()
        let unknown = session.request("workspace/symbol", ["query": ""])
        #expect(unknown["error"]?["code"] == .integer(ResponseError.methodNotFound))
        // Notifications the server does not handle are passed over without an answer.
        session.notify("$/cancelRequest", ["id": 1])
        session.notify("$/setTrace", ["value": "off"])
        session.notify("workspace/didChangeConfiguration", ["settings": [:]])
        #expect(session.take().isEmpty)
        let missing = session.request("textDocument/hover", ["position": ["line": 0, "character": 0]])
        #expect(missing["error"]?["code"] == .integer(ResponseError.invalidParams))
    }

    @Test func malformedMessagesAreAnsweredAndTheServerGoesOn() {
        var limits = LanguageServer.Limits()
        limits.document = ReadLimit(bytes: 300_000, for: "documents")
        limits.slack = 100
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var input = Self.framed(["{not json", Self.initialize, deep, #"{"jsonrpc":"2.0","id":[1],"method":"x"}"#, "[1,2]"])
        // No Content-Length: the next message is still found.
        input += Array("Content-Type: application/json\r\n\r\n".utf8)
        // A body over the limit is read and thrown away, never held.
        input += Array("Content-Length: 400000\r\n\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 400_000)
        input += Self.framed([#"{"jsonrpc":"2.0","id":3,"method":"nope"}"#, Self.shutdown, Self.exit])
        let (status, messages) = Self.serve(input, limits: limits)
        let errors = messages.compactMap { $0["error"]?["code"]?.integerValue }
        #expect(
            errors == [
                ResponseError.parseError, ResponseError.parseError, ResponseError.invalidRequest, ResponseError.invalidRequest,
                ResponseError.invalidRequest, ResponseError.invalidRequest, ResponseError.methodNotFound,
            ])
        #expect(messages.filter { $0["error"] != nil }.prefix(6).allSatisfy { $0["id"] == .null })
        #expect(messages.contains { $0["id"] == 2 && $0["result"] == .null })
        #expect(status == 0)
    }

    @Test func aHugeContentLengthIsRefusedWithoutReadingIt() {
        let input = Self.framed([Self.initialize]) + Array("Content-Length: 999999999999999\r\n\r\n{}".utf8)
        let (status, messages) = Self.serve(input)
        #expect(messages.last?["error"]?["code"] == .integer(ResponseError.invalidRequest))
        #expect(messages.last?["error"]?["message"]?.stringValue?.contains("more than the limit") == true)
        #expect(status == 1)
    }

    @Test func exitStatusSaysWhetherShutdownCameFirst() {
        #expect(Self.serve(Self.framed([Self.initialize, Self.shutdown, Self.exit])).0 == 0)
        #expect(Self.serve(Self.framed([Self.initialize, Self.exit])).0 == 1)
        #expect(Self.serve(Self.framed([Self.initialize])).0 == 1)
        // After shutdown, requests are refused.
        let (_, messages) = Self.serve(Self.framed([Self.initialize, Self.shutdown, #"{"jsonrpc":"2.0","id":9,"method":"shutdown"}"#]))
        #expect(messages.last?["error"]?["code"] == .integer(ResponseError.invalidRequest))
    }

    @Test func aDocumentOverTheLimitIsNotLinted() {
        var limits = LanguageServer.Limits()
        limits.document = ReadLimit(bytes: 50, for: "documents")
        let session = Session(limits: limits)
        session.initialize()
        let diagnostics = session.open("untitled:big.xml", Self.broken)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] == "io-error")
        #expect(diagnostics.first?["message"]?.stringValue?.contains("the limit for documents") == true)
    }

    @Test func theNearestConfigIsReadAndReadAgainWhenItChanges() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lsp-config-\(UUID().uuidString)")
        let nested = directory.appendingPathComponent("calls é")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A repository root, so that discovery stops there.
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let config = directory.appendingPathComponent(".sipdial-lint.yml")
        try "rules:\n  unknown-attribute: off\n".write(to: config, atomically: true, encoding: .utf8)
        let session = Session()
        session.initialize(root: directory.path)
        let uri = DocumentURI.uri(ofPath: nested.appendingPathComponent("a.xml").path)
        #expect(uri.contains("calls%20%C3%A9"))
        #expect(!session.open(uri, Self.broken).contains { $0["code"] == "unknown-attribute" })

        try "rules:\n  unknown-attribute: {severity: error}\n".write(to: config, atomically: true, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(DocumentURI.uri(ofPath: config.path)), "type": 2]]])
        let relinted = session.published(uri)
        #expect(relinted.first { $0["code"] == "unknown-attribute" }?["severity"] == 1)

        // A broken config: one diagnostic at line 0 that names the error; saving it re-reads it.
        try "rules:\n  no-such-rule: off\n".write(to: config, atomically: true, encoding: .utf8)
        session.notify("textDocument/didSave", ["textDocument": ["uri": .string(DocumentURI.uri(ofPath: config.path))]])
        let broken = session.published(uri)
        #expect(broken.count == 1)
        #expect(broken.first.map(Self.range) == [0, 0, 0, 0])
        #expect(broken.first?["message"]?.stringValue?.contains("no-such-rule") == true)
    }

    @Test func aCodeActionRequestWithOtherColumnsFindsTheDiagnosticByRuleAndLine() {
        // Neovim 0.7 sends back byte columns whatever the encoding.
        let session = Session()
        session.initialize()
        let uri = "untitled:g.xml"
        let attribute = session.open(uri, Self.broken).first { $0["code"] == "unknown-attribute" }
        let byBytes: JSONValue = ["start": ["line": 0, "character": 42], "end": ["line": 0, "character": 56]]
        let named: JSONValue = ["range": byBytes, "code": "unknown-attribute", "message": "x"]
        let response = session.request(
            "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": byBytes, "context": ["diagnostics": [named]]])
        let actions = response["result"]?.arrayValue ?? []
        #expect(actions.map { $0["title"] } == ["rename to statusCallback", "Disable unknown-attribute for this line"])
        #expect(actions.first?["isPreferred"] == true)
        #expect(actions.first?["diagnostics"] == attribute.map { [$0] })
    }

    @Test func noInputStopsTheServer() {
        // Valid messages with bytes changed, cut short or repeated: every one is answered or
        // passed over, and the server still answers at the end.
        let messages = [
            Self.initialize,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:h.xml","version":1,"text":"<Response><Say>é😀 & x</Say></Response>"}}}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:h.xml","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":16},"end":{"line":5,"character":99}},"text":"\r\n<Dial>\r"}]}}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:h.xml"},"position":{"line":0,"character":18}}}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"untitled:h.xml"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"context":{"diagnostics":[]}}}"#,
        ]
        var generator = SystemRandomNumberGenerator()
        let session = Session()
        for round in 0..<200 {
            var body = Array(messages[round % messages.count].utf8)
            switch round % 4 {
            case 0: body[Int.random(in: 0..<body.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            case 1: body = Array(body.prefix(Int.random(in: 0..<body.count, using: &generator)))
            case 2:
                let index = Int.random(in: 0..<body.count, using: &generator)
                body.insert(contentsOf: body[index...].prefix(8), at: index)
            default: break
            }
            session.server.receive(body)
            _ = session.take()
        }
        #expect(session.request("shutdown", .null)["result"] == .null)
    }

    @Test func fileURIsAreDecoded() {
        #expect(DocumentURI.path(of: "file:///tmp/a%20b/%C3%A9.xml") == "/tmp/a b/é.xml")
        #expect(DocumentURI.path(of: "file://localhost/tmp/x.xml") == "/tmp/x.xml")
        #expect(DocumentURI.path(of: "file://elsewhere/tmp/x.xml") == nil)
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.path(of: "file:///tmp/%00x") == nil)
    }

    @Test func jsonRoundTripsAndIsBounded() throws {
        let text = #"{"a":[1,-2.5,true,false,null,"é😀\n\"\u0001"],"b":{"c":"\ud83d\ude00"}}"#
        let value = try JSONValue.parse(text)
        #expect(value["b"]?["c"] == "😀")
        #expect(try JSONValue.parse(value.serialized) == value)
        #expect(throws: JSONValue.ParseError.self) {
            try JSONValue.parse(String(repeating: "{\"a\":", count: 100) + "1" + String(repeating: "}", count: 100))
        }
        for bad in ["", "{", "[1,]", "01", "\"\u{1}\"", "tru", "{\"a\" 1}", "1 2", "\"\\x\""] {
            #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(bad) }
        }
    }

    @Test func theExecutableServesOverPipes() throws {
        let input = Self.framed([
            Self.initialize,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:p.xml","languageId":"xml","version":1,"text":"<Response><Bogus/></Response>"}}}"#,
            Self.shutdown, Self.exit,
        ])
        let run = try GoldenTests.run(["--lsp"], stdin: Data(input))
        #expect(run.status == 0)
        #expect(run.stderr == "")
        var reader = MessageReader(bytes: Array(run.stdout.utf8), maximumBody: 1 << 20)
        var messages: [JSONValue] = []
        while case .body(let body) = reader.next() { messages.append(try JSONValue.parse(body)) }
        #expect(messages.first?["result"]?["capabilities"]?["positionEncoding"] == "utf-16")
        #expect(
            messages.contains {
                $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["diagnostics"]?.arrayValue?.isEmpty == false
            })
        #expect(messages.last?["id"] == 2)
    }
}
