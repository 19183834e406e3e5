import CLibXML2

/// A well-formed document: the model with offsets, and libxml2's tree for XPath.
/// Shared by the threads that lint a large document: the model is only read, and the
/// tree is built only for XPath selectors, which are then evaluated on one thread
/// (`Linter.lint`), so no two threads use libxml2's tree at once.
package final class ParsedDocument: @unchecked Sendable {
    package let model: XMLDocument
    let tree: xmlDocPtr?

    init(model: XMLDocument, tree: xmlDocPtr?) {
        self.model = model
        self.tree = tree
    }

    deinit {
        if let tree { xmlFreeDoc(tree) }
    }
}
