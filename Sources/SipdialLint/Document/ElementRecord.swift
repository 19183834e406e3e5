/// What the model knows of one element, stored flat: offsets and numbers only, so that
/// a document's elements are a few arrays rather than an object and three arrays each.
struct ElementRecord {
    /// The element's name, as a number in `ModelStorage.names`.
    var name: Int32
    /// The parent's index, or -1 for the root.
    var parent: Int32
    /// The index of the last element inside this one (its own index when it has none).
    var lastDescendant: Int32
    var startTag: ByteRange
    /// Ranges of `ModelStorage.attributes`, `.children` and `.textRuns`.
    var attributes: Range<Int32>
    var children: Range<Int32>
    var textRuns: Range<Int32>
}
