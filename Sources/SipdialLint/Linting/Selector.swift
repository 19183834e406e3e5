import CLibXML2

/// What a rule looks at: an XPath expression evaluated by libxml2 on each document,
/// or, for the common `//Name`, a walk of the model that needs no XPath at all.
/// Shared by threads: a model path is only read, and a compiled XPath expression is
/// evaluated with a context of each evaluation's own (libxml2 does not change it).
final class Selector: @unchecked Sendable {
    enum Kind {
        case model(ModelPath)
        case xpath(xmlXPathCompExprPtr)
    }

    let expression: String
    let kind: Kind

    var needsTree: Bool {
        if case .xpath = kind { return true }
        return false
    }

    /// `forceXPath` evaluates with libxml2 even a shape the model could answer (for tests).
    init(_ expression: String, file: String, mark: YAMLMark, forceXPath: Bool = false) throws(DefinitionError) {
        self.expression = expression
        if !forceXPath, let path = ModelPath(expression) {
            kind = .model(path)
            return
        }
        _ = XMLParser.initialized
        let (compiled, message) = Selector.compile(expression)
        guard let compiled else {
            throw DefinitionError(file: file, mark: mark, "bad XPath \"\(expression)\": \(message ?? "it does not compile")")
        }
        // libxml2 resolves function names when it evaluates: an unknown function (XPath 1.0
        // has no matches(), for one) shows only then, so evaluate once on a sample now.
        if let problem = Selector.trialEvaluation(compiled) {
            xmlXPathFreeCompExpr(compiled)
            throw DefinitionError(file: file, mark: mark, "bad XPath \"\(expression)\": \(problem)")
        }
        kind = .xpath(compiled)
    }

    deinit {
        if case .xpath(let compiled) = kind { xmlXPathFreeCompExpr(compiled) }
    }

    /// Keeps the first libxml2 error message it is handed (as a structured error handler's user data).
    private final class MessageBox {
        var message: String?

        static let handler: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let box = Unmanaged<MessageBox>.fromOpaque(userData).takeUnretainedValue()
            if box.message == nil, let text = error.pointee.message {
                var message = String(cString: text)
                while message.last == "\n" { message.removeLast() }
                box.message = Text.asciiLowercased(String(message.prefix(1))) + message.dropFirst()
            }
        }
    }

    /// Compiles with libxml2's error output captured rather than printed.
    private static func compile(_ expression: String) -> (xmlXPathCompExprPtr?, String?) {
        let box = MessageBox()
        let unmanaged = Unmanaged.passRetained(box)
        defer { unmanaged.release() }
        xmlSetStructuredErrorFunc(unmanaged.toOpaque(), MessageBox.handler)
        let compiled = xmlXPathCompile(expression)
        xmlSetStructuredErrorFunc(nil, nil)
        return (compiled, box.message)
    }

    private static func trialEvaluation(_ compiled: xmlXPathCompExprPtr) -> String? {
        let sample = "<Response><Dial callerId=\"a\"><Sip>sip:a@example.com</Sip></Dial></Response>"
        guard let document = xmlReadMemory(sample, Int32(sample.utf8.count), nil, nil, sipdial_parse_options()) else { return nil }
        defer { xmlFreeDoc(document) }
        guard let context = xmlXPathNewContext(document) else { return nil }
        defer { xmlXPathFreeContext(context) }
        let box = MessageBox()
        let unmanaged = Unmanaged.passRetained(box)
        defer { unmanaged.release() }
        context.pointee.userData = unmanaged.toOpaque()
        context.pointee.error = MessageBox.handler
        let result = xmlXPathCompiledEval(compiled, context)
        if let result { xmlXPathFreeObject(result) }
        if let message = box.message { return message }
        return result == nil ? "it cannot be evaluated" : nil
    }

    /// The operations an XPath may take on a document of `elements` elements: enough for
    /// any expression that looks at each element a few times, never enough for one that
    /// compares every element with every other on a large document.
    static func operationLimit(elements: Int) -> Int { 10_000_000 + 200 * elements }

    /// The selected elements, in document order; nil when an XPath went over its
    /// operation limit and was stopped.
    func select(in document: ParsedDocument) -> [XMLElement]? {
        let model = document.model
        switch kind {
        case .model(let path):
            return path.select(in: model)
        case .xpath(let compiled):
            guard let tree = document.tree, let context = xmlXPathNewContext(tree) else { return [] }
            defer { xmlXPathFreeContext(context) }
            context.pointee.error = { _, _ in } // an evaluation error selects nothing, quietly
            context.pointee.opLimit = UInt(Self.operationLimit(elements: model.elements.count))
            context.pointee.opCount = 0
            guard let result = xmlXPathCompiledEval(compiled, context) else {
                return context.pointee.opCount >= context.pointee.opLimit ? nil : []
            }
            defer { xmlXPathFreeObject(result) }
            var elements: [XMLElement] = []
            let count = Int(sipdial_nodeset_count(result))
            for index in 0..<count {
                if let node = sipdial_nodeset_item(result, Int32(index)), let element = XMLParser.elementIndex(of: node),
                    element < model.elements.count
                {
                    elements.append(model.elements[element])
                }
            }
            return elements
        }
    }
}
