/// A document the client has open: its text as the client last sent it, and the
/// diagnostics of that text once linted.
package struct OpenDocument {
    package let uri: String
    /// The file the URI names, for `file:` URIs.
    package let path: String?
    package var version: Int?
    package private(set) var bytes: [UInt8]
    /// The diagnostics of the current text with their positions in the negotiated
    /// encoding, nil until it is linted (a change clears them).
    package var published: [PublishedDiagnostic]?
    /// A change could not be made: the text may differ from the client's, so nothing is
    /// published or fixed until a change sends the whole text again.
    package var isOutOfStep = false

    /// A diagnostic as the client was sent it.
    package struct PublishedDiagnostic {
        package var diagnostic: Diagnostic
        package var start: PositionEncoding.Position
        package var end: PositionEncoding.Position
        package var json: JSONValue
    }

    package init(uri: String, version: Int?, text: String) {
        self.uri = uri
        self.path = DocumentURI.path(of: uri)
        self.version = version
        self.bytes = Array(text.utf8)
    }

    /// Whether the document is a config file (not linted as XML; saving it re-reads it).
    package var isConfiguration: Bool { Self.isConfiguration(path) }

    /// Whether a path names a config file.
    package static func isConfiguration(_ path: String?) -> Bool {
        guard let path else { return false }
        return path == Configuration.fileName || path.hasSuffix("/" + Configuration.fileName)
    }

    package mutating func replaceAll(with text: String) {
        bytes = Array(text.utf8)
        published = nil
    }

    /// Replaces the text between two positions (in `encoding`) with `text`.
    package mutating func replace(
        from start: PositionEncoding.Position, to end: PositionEncoding.Position, with text: String, encoding: PositionEncoding
    ) {
        let lines = LineTable.lineStarts(of: bytes)
        let low = encoding.offset(of: min(start, end), in: bytes, lineStarts: lines)
        let high = max(low, encoding.offset(of: max(start, end), in: bytes, lineStarts: lines))
        bytes.replaceSubrange(low..<high, with: text.utf8)
        published = nil
    }
}
