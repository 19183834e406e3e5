/// One URI as a `<Sip>` (or a Twilio `<Uri>`, or Restcomm's `name` attribute) holds it:
/// the decoded text, the trimmed stretch that is the URI, and the parsed URI. A class:
/// a dozen rules read each target, and passing a reference costs one retain where a copy
/// of the parts would cost one per array.
package final class SipTarget {
    package let holder: XMLElement
    package let decoded: DecodedText
    package let trimmed: Range<Int>
    package let uri: SipURI

    init(holder: XMLElement, decoded: DecodedText, trimmed: Range<Int>, uri: SipURI) {
        self.holder = holder
        self.decoded = decoded
        self.trimmed = trimmed
        self.uri = uri
    }

    /// The document range of a range of `uri.bytes`.
    package func range(_ part: Range<Int>) -> ByteRange {
        decoded.rawRange((trimmed.lowerBound + part.lowerBound)..<(trimmed.lowerBound + part.upperBound))
    }

    package var isEmpty: Bool { trimmed.isEmpty }

    /// Where to point when the whole URI is meant: the URI, or the holder's start tag when empty.
    package var wholeRange: ByteRange {
        isEmpty ? holder.startTag : range(0..<uri.bytes.count)
    }
}
