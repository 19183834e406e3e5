import CLibXML2

/// Parses untrusted bytes safely: UTF-8 only, DOCTYPE refused before libxml2 sees it,
/// no network, no entity substitution, no DTD loading, libxml2's limits kept.
package enum XMLParser {
    /// libxml2 is initialised once per process, before any thread parses.
    static let initialized: Void = { xmlInitParser() }()

    /// Documents from this size, parsed with `threads` above 1, are checked by libxml2 and
    /// scanned into the model at the same time, on two threads.
    package static let bytesWorthOverlapping = 1 << 18

    /// `overlappingFrom` lowers that size (the fuzzer sets 0, so that the scanner meets
    /// documents libxml2 refuses).
    /// `known` shares the strings of names most documents use.
    package static func parse(
        _ bytes: [UInt8], needsTree: Bool = true, threads: Int = 1,
        overlappingFrom minimum: Int = bytesWorthOverlapping,
        known: KnownNames? = nil
    ) -> Result<ParsedDocument, ParseProblem> {
        _ = initialized
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[start...].allSatisfy(Text.isXMLSpace) {
            return .failure(ParseProblem(rule: "xml-syntax", message: "the document is empty", range: ByteRange(0, 0)))
        }
        if let problem = Encoding.check(bytes, from: start) { return .failure(problem) }
        if let doctype = Prolog.doctype(in: bytes, from: start) {
            return .failure(
                ParseProblem(
                    rule: "xml-doctype",
                    message: "DOCTYPE declaration is refused: it is neither expanded nor fetched, and the document is not linted further",
                    range: doctype))
        }
        if bytes.count - start > Int(Int32.max) {
            return .failure(
                ParseProblem(
                    rule: "xml-syntax", message: "document larger than 2 GiB, the parser's limit",
                    range: ByteRange(0, 0)))
        }
        let checked: Result<xmlDocPtr?, ParseProblem>
        var scanned: Result<XMLDocument, MarkupScanner.Failure>?
        if threads > 1 && !needsTree && bytes.count >= minimum {
            // The scanner checks every bound, so it may run before libxml2 has said the
            // document is well-formed; its result is used only when libxml2 agrees.
            let halves = Parallel.map(count: 2, threads: 2) { half -> ParseHalf in
                half == 0 ? .checked(wellFormed(bytes, from: start, buildTree: false)) : .scanned(scan(bytes, from: start, known: known))
            }
            guard case .checked(let first) = halves[0], case .scanned(let second) = halves[1] else {
                fatalError("parse halves out of order")
            }
            (checked, scanned) = (first, second)
        } else {
            checked = wellFormed(bytes, from: start, buildTree: needsTree)
        }
        let tree: xmlDocPtr?
        switch checked {
        case .success(let parsed): tree = parsed
        case .failure(let problem): return .failure(problem)
        }
        switch scanned ?? scan(bytes, from: start, known: known) {
        case .success(let model):
            if let tree { mapElements(tree, count: model.elements.count) }
            return .success(ParsedDocument(model: model, tree: tree))
        case .failure(let error):
            if let tree { xmlFreeDoc(tree) }
            return .failure(
                ParseProblem(
                    rule: "xml-syntax", message: error.message ?? "the document could not be read as XML",
                    range: ByteRange(error.offset, error.offset)))
        }
    }

    /// The two halves of a large document's parse, each made on its own thread and
    /// handed back once: libxml2's tree (when one was built) is then used by one thread.
    private enum ParseHalf: @unchecked Sendable {
        case checked(Result<xmlDocPtr?, ParseProblem>)
        case scanned(Result<XMLDocument, MarkupScanner.Failure>)
    }

    private static func scan(_ bytes: [UInt8], from start: Int, known: KnownNames?) -> Result<XMLDocument, MarkupScanner.Failure> {
        do throws(MarkupScanner.Failure) { return .success(try MarkupScanner.scan(bytes, from: start, known: known)) } catch {
            return .failure(error)
        }
    }

    /// What the libxml2 callbacks record while one document parses.
    private final class ParseState {
        var firstError: LibXMLError?
        var doctypeOffset: Int?
    }

    /// libxml2's lookup limit (XML_MAX_LOOKUP_LIMIT).
    static let growthLimit = 10_000_000

    /// Parses with libxml2 for well-formedness; builds libxml2's tree only when an XPath
    /// selector needs it (the SAX handler is otherwise left empty, which is faster).
    private static func wellFormed(_ bytes: [UInt8], from start: Int, buildTree: Bool) -> Result<xmlDocPtr?, ParseProblem> {
        let state = ParseState()
        let count = bytes.count - start
        let parsed: (xmlDocPtr?, Bool) = bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).advanced(by: start).assumingMemoryBound(to: CChar.self)
            // libxml2 copies the input: it needs a NUL after the last byte, which a Swift array lacks.
            guard let context = xmlCreateMemoryParserCtxt(base, Int32(count)) else { return (nil, false) }
            defer { xmlFreeParserCtxt(context) }
            // The whole document is in libxml2's buffer already. Without a read callback
            // libxml2 knows that and stops trying to grow the buffer near its end: with the
            // callback, libxml2's own parse of a 1.5 KB document costs 43% more, and the
            // whole lint 3.0% more instructions (383K against 371K per document;
            // callgrind, --jobs 1, 300 SignalWire documents of the bench corpus). Only under its 10 MB lookup limit: there,
            // libxml2 applies that limit to buffers without the callback, and a large
            // document must still parse.
            if count <= Self.growthLimit, let input = context.pointee.input, let buffer = input.pointee.buf {
                buffer.pointee.readcallback = nil
            }
            let unmanaged = Unmanaged.passUnretained(state)
            context.pointee._private = unmanaged.toOpaque()
            if !buildTree {
                context.pointee.sax.pointee = xmlSAXHandler()
                context.pointee.sax.pointee.initialized = UInt32(XML_SAX2_MAGIC)
            }
            context.pointee.sax.pointee.serror = { userData, error in
                guard let userData, let error else { return }
                let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                guard let opaque = context.pointee._private else { return }
                let state = Unmanaged<ParseState>.fromOpaque(opaque).takeUnretainedValue()
                guard state.firstError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                // Namespace errors are not well-formedness errors: the platforms read
                // documents without namespaces, and their docs write SSML such as
                // <amazon:effect> inside <Say> with no declaration (xmllint accepts it).
                guard error.pointee.domain != Int32(XML_FROM_NAMESPACE.rawValue) else { return }
                state.firstError = LibXMLError(
                    code: Int32(error.pointee.code),
                    message: error.pointee.message.map { String(cString: $0) } ?? "not well-formed",
                    name: error.pointee.str1.map { String(cString: $0) },
                    other: error.pointee.str2.map { String(cString: $0) },
                    number: Int(error.pointee.int1),
                    offset: sipdial_input_offset(context))
            }
            context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
                guard let userData else { return }
                let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                if let opaque = context.pointee._private {
                    let state = Unmanaged<ParseState>.fromOpaque(opaque).takeUnretainedValue()
                    state.doctypeOffset = sipdial_input_offset(context)
                }
                xmlStopParser(context)
            }
            xmlCtxtUseOptions(context, sipdial_parse_options())
            xmlParseDocument(context)
            let document = context.pointee.myDoc
            context.pointee.myDoc = nil
            return (document, context.pointee.wellFormed != 0)
        }
        let (document, wellFormed) = parsed
        if let offset = state.doctypeOffset {
            if let document { xmlFreeDoc(document) }
            return .failure(
                ParseProblem(
                    rule: "xml-doctype", message: "DOCTYPE declaration is refused: it is neither expanded nor fetched",
                    range: ByteRange(start + max(0, offset), start + max(0, offset))))
        }
        if let error = state.firstError ?? (wellFormed ? nil : LibXMLError(code: 0, message: "not well-formed", offset: count)) {
            if let document { xmlFreeDoc(document) }
            return .failure(syntaxProblem(error, offset: start + max(0, min(error.offset, count)), bytes: bytes, start: start))
        }
        return .success(document)
    }

    /// libxml2's first error: its code, its message, and the names and number its
    /// message was made from (an element's name and the line it was opened on, or a
    /// character's code point).
    struct LibXMLError {
        var code: Int32
        var message: String
        var name: String? = nil
        var other: String? = nil
        var number = 0
        var offset: Int
    }

    /// Turns libxml2's first error into a diagnostic that says what to do, at the
    /// character that is wrong.
    static func syntaxProblem(_ error: LibXMLError, offset: Int, bytes: [UInt8], start: Int) -> ParseProblem {
        let code = error.code
        var text = error.message
        while let last = text.unicodeScalars.last, last == "\n" || last == " " || last == "." {
            text.unicodeScalars.removeLast()
        }
        // Lower case, but not an acronym ("XML declaration") or a name ("EntityRef").
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isUppercase != true, !text.hasPrefix("EntityRef") {
            text = first.lowercased() + text.dropFirst()
        }
        func back(to byte: UInt8, from: Int? = nil) -> Int {
            var index = min(from ?? offset, bytes.count - 1)
            while index > start, bytes[index] != byte { index -= 1 }
            return index >= start && index < bytes.count && bytes[index] == byte ? index : offset
        }
        switch code {
        case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue):
            return ParseProblem(
                rule: "xml-syntax", message: "no root element: the document holds no element",
                range: ByteRange(offset, offset))
        case Int32(XML_ERR_NAME_REQUIRED.rawValue) where text.hasPrefix("startTag"):
            text = "\"<\" is not followed by an element name; write &lt; for a literal \"<\""
        case Int32(XML_ERR_NAME_REQUIRED.rawValue), Int32(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue):
            let ampersand = back(to: 0x26)
            if ampersand < bytes.count, bytes[ampersand] == 0x26 {
                return ParseProblem(
                    rule: "xml-syntax",
                    message: rawAmpersandMessage(bytes, at: ampersand, start: start),
                    range: ByteRange(ampersand, ampersand + 1), kind: "ampersand")
            }
        case Int32(XML_ERR_UNDECLARED_ENTITY.rawValue), Int32(XML_WAR_UNDECLARED_ENTITY.rawValue):
            let ampersand = back(to: 0x26)
            var end = ampersand
            while end < bytes.count, bytes[end] != 0x3B { end += 1 }
            let reference = String(decoding: bytes[ampersand..<min(end + 1, bytes.count)], as: UTF8.self)
            return ParseProblem(
                rule: "xml-syntax",
                message: "undefined entity \(reference); XML defines only &amp; &lt; &gt; &quot; &apos; (write &amp; for a literal \"&\")",
                range: ByteRange(ampersand, min(end + 1, bytes.count)))
        case Int32(XML_ERR_HYPHEN_IN_COMMENT.rawValue):
            var dashes = min(max(offset, start), bytes.count - 1)
            while dashes > start,
                !(bytes[dashes] == 0x2D && dashes + 1 < bytes.count && bytes[dashes + 1] == 0x2D
                    && !(dashes + 2 < bytes.count && bytes[dashes + 2] == 0x3E))
            { dashes -= 1 }
            return ParseProblem(
                rule: "xml-syntax",
                message:
                    "\"--\" inside a comment is not allowed in XML; in a suppression comment, write the reason after \" - \" (sipdial-lint-disable-next-line RULE - reason)",
                range: ByteRange(dashes, dashes + 2))
        case Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue):
            let tag = back(to: 0x3C)
            if let open = error.name, let close = error.other {
                text =
                    "</\(close)> does not close <\(open)>\(opened(error.number))"
                    + (Text.asciiLowercased(open) == Text.asciiLowercased(close)
                        ? ": XML names are case-sensitive" : "; close <\(open)> first")
            }
            return ParseProblem(rule: "xml-syntax", message: text, range: ByteRange(tag, offset))
        case Int32(XML_ERR_GT_REQUIRED.rawValue):
            if let name = error.name {
                text = "start tag <\(name)>\(error.number > 0 ? " on line \(error.number)" : "") is not closed with \">\""
            } else {
                let tag = back(to: 0x3C, from: offset - 1)
                var end = tag + 2
                while end < bytes.count, end < offset, !Text.isXMLSpace(bytes[end]), bytes[end] != 0x3E, bytes[end] != 0x3C { end += 1 }
                if tag + 2 < end, bytes[tag] == 0x3C, bytes[tag + 1] == 0x2F {
                    let name = String(decoding: bytes[tag + 2..<end], as: UTF8.self)
                    return ParseProblem(
                        rule: "xml-syntax", message: "end tag </\(name)> is not closed with \">\"",
                        range: ByteRange(tag, end))
                }
            }
        case Int32(XML_ERR_TAG_NOT_FINISHED.rawValue):
            if let name = error.name { text = "the document ends inside <\(name)>\(opened(error.number)); close it with </\(name)>" }
        case Int32(XML_ERR_ATTRIBUTE_REDEFINED.rawValue):
            if let name = error.name { text = "attribute \"\(name)\" is written twice on one element" }
        case Int32(XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue):
            text = "attribute value without quotes; write name=\"value\""
        case Int32(XML_ERR_ATTRIBUTE_NOT_FINISHED.rawValue):
            text = "attribute value without its closing quote"
        case Int32(XML_ERR_COMMENT_NOT_FINISHED.rawValue):
            text = "comment not closed; end it with \"-->\""
        case Int32(XML_ERR_CDATA_NOT_FINISHED.rawValue):
            text = "CDATA section not closed; end it with \"]]>\""
        case Int32(XML_ERR_SPACE_REQUIRED.rawValue) where text.hasPrefix("attributes construct"):
            text = "attributes must be separated by white space"
        case Int32(XML_ERR_LT_IN_ATTRIBUTE.rawValue):
            text = "raw \"<\" inside an attribute value; write &lt;"
        case Int32(XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue):
            if let name = error.name { text = "attribute \"\(name)\" has no value; write \(name)=\"value\"" }
        case Int32(XML_ERR_INVALID_CHAR.rawValue) where error.number > 0 && error.number < 0x20:
            text = "control character U+\(Text.hex(UInt32(error.number), width: 4)) is not allowed in XML"
        case Int32(XML_ERR_PI_NOT_FINISHED.rawValue):
            if let name = error.name { text = "processing instruction <?\(name) not closed; end it with \"?>\"" }
        case Int32(XML_ERR_MISPLACED_CDATA_END.rawValue):
            text = "\"]]>\" is not allowed in text; write ]]&gt;"
        case Int32(XML_ERR_DOCUMENT_END.rawValue):
            text = "content after the end of the root element; a document has one root element"
        default:
            break
        }
        if text.hasPrefix("excessive depth in document") {
            text = "elements nested deeper than 256 levels, the parser's limit (it is not lifted)"
        } else if text.contains("huge text node") || text.contains("huge input lookup") {
            text = "a text node over 10 MB, the parser's limit (it is not lifted)"
        }
        return ParseProblem(rule: "xml-syntax", message: text, range: ByteRange(offset, offset))
    }

    /// What to say of a raw "&": where it stands (an attribute, a SIP URI, other text)
    /// decides the hint.
    static func rawAmpersandMessage(_ bytes: [UInt8], at ampersand: Int, start: Int) -> String {
        var open = ampersand
        while open > start, bytes[open] != 0x3C { open -= 1 }
        func name(from index: Int) -> String {
            var end = index
            while end < ampersand, !Text.isXMLSpace(bytes[end]), bytes[end] != 0x3E, bytes[end] != 0x2F, bytes[end] != 0x3D { end += 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        guard open >= start, bytes[open] == 0x3C, open + 1 < ampersand, bytes[open + 1] != 0x2F else {
            return "raw \"&\" is not allowed in XML; write &amp;"
        }
        let element = name(from: open + 1)
        if let close = bytes[open..<ampersand].firstIndex(of: 0x3E) {
            // Text: in a SIP URI, "&" joins headers.
            let sip = bytes[close - 1] != 0x2F && (element == "Sip" || element == "Uri")
            return "raw \"&\" is not allowed in XML; write &amp;" + (sip ? " (also between the headers of a SIP URI)" : "")
        }
        // Inside a start tag: the attribute whose value holds the "&".
        var quote = ampersand
        while quote > open, bytes[quote] != 0x22, bytes[quote] != 0x27 { quote -= 1 }
        var equals = quote - 1
        while equals > open, Text.isXMLSpace(bytes[equals]) { equals -= 1 }
        guard quote > open, bytes[equals] == 0x3D else { return "raw \"&\" is not allowed in XML; write &amp;" }
        var nameEnd = equals
        while nameEnd > open, Text.isXMLSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        var nameStart = nameEnd
        while nameStart > open, !Text.isXMLSpace(bytes[nameStart - 1]) { nameStart -= 1 }
        let attribute = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        let query = bytes[quote..<ampersand].contains(0x3F)
        return "raw \"&\" in attribute \(attribute) of <\(element)>; write &amp;"
            + (query ? " (XML needs it escaped even between a URL's query parameters)" : "")
    }

    /// " (opened on line N)", when libxml2 says which line.
    private static func opened(_ line: Int) -> String {
        line > 0 ? " (opened on line \(line))" : ""
    }

    /// Numbers libxml2's element nodes in document order (through `_private`), so that
    /// an XPath result maps to the model's elements.
    private static func mapElements(_ tree: xmlDocPtr, count: Int) {
        var node = xmlDocGetRootElement(tree)
        var index = 0
        while let current = node {
            if sipdial_node_is_element(current) != 0 {
                current.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
                index += 1
            }
            if let child = current.pointee.children, sipdial_node_is_element(current) != 0 {
                node = child
                continue
            }
            var cursor: xmlNodePtr? = current
            node = nil
            while let up = cursor {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                cursor = up.pointee.parent
                if cursor == nil || cursor!.pointee.type == XML_DOCUMENT_NODE { break }
            }
        }
    }

    /// The model element that an XPath result node stands for.
    static func elementIndex(of node: xmlNodePtr) -> Int? {
        guard sipdial_node_is_element(node) != 0, let tag = node.pointee._private else { return nil }
        return Int(bitPattern: tag) - 1
    }
}
