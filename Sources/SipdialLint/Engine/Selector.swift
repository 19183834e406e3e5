import CLibXML2

/// What a rule looks at: an XPath expression evaluated by libxml2 on each document,
/// or, for the common `//Name`, a walk of the model that needs no XPath at all.
final class Selector {
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
        kind = .xpath(compiled)
    }

    deinit {
        if case .xpath(let compiled) = kind { xmlXPathFreeCompExpr(compiled) }
    }

    private final class MessageBox { var message: String? }

    /// Compiles with libxml2's error output captured rather than printed.
    private static func compile(_ expression: String) -> (xmlXPathCompExprPtr?, String?) {
        let box = MessageBox()
        let unmanaged = Unmanaged.passRetained(box)
        defer { unmanaged.release() }
        xmlSetStructuredErrorFunc(unmanaged.toOpaque()) { userData, error in
            guard let userData, let error else { return }
            let box = Unmanaged<MessageBox>.fromOpaque(userData).takeUnretainedValue()
            if box.message == nil, let text = error.pointee.message {
                var message = String(cString: text)
                while message.last == "\n" { message.removeLast() }
                box.message = Text.asciiLowercased(String(message.prefix(1))) + message.dropFirst()
            }
        }
        let compiled = xmlXPathCompile(expression)
        xmlSetStructuredErrorFunc(nil, nil)
        return (compiled, box.message)
    }

    func select(in document: ParsedDocument) -> [XMLElement] {
        let model = document.model
        switch kind {
        case .model(let path):
            return path.select(in: model)
        case .xpath(let compiled):
            guard let tree = document.tree, let context = xmlXPathNewContext(tree) else { return [] }
            defer { xmlXPathFreeContext(context) }
            guard let result = xmlXPathCompiledEval(compiled, context) else { return [] }
            defer { xmlXPathFreeObject(result) }
            var elements: [XMLElement] = []
            let count = Int(sipdial_nodeset_count(result))
            for index in 0..<count {
                if let node = sipdial_nodeset_item(result, Int32(index)), let element = XMLParser.elementIndex(of: node),
                   element < model.elements.count {
                    elements.append(model.elements[element])
                }
            }
            return elements
        }
    }
}
