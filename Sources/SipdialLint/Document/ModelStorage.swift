/// The buffers that hold a document's elements, written once by the scanner and then
/// only read (hence shared by threads without a lock). Every index into them comes from
/// the scanner that filled them.
final class ModelStorage: @unchecked Sendable {
    private let recordBuffer: FlatBuffer<ElementRecord>
    private let attributeBuffer: FlatBuffer<XMLAttribute>
    private let numberBuffer: FlatBuffer<Int32>
    private let childBuffer: FlatBuffer<Int32>
    private let textBuffer: FlatBuffer<XMLTextRun>
    /// The element names, by number.
    let names: [String]
    let attributeNameCount: Int

    /// Takes over the scanner's buffers (and frees them when it goes).
    init(
        records: FlatBuffer<ElementRecord>, names: [String], attributeNameNumbers: FlatBuffer<Int32>, attributeNameCount: Int,
        attributes: FlatBuffer<XMLAttribute>, children: FlatBuffer<Int32>, textRuns: FlatBuffer<XMLTextRun>
    ) {
        recordBuffer = records
        attributeBuffer = attributes
        numberBuffer = attributeNameNumbers
        childBuffer = children
        textBuffer = textRuns
        self.names = names
        self.attributeNameCount = attributeNameCount
    }

    deinit {
        recordBuffer.free()
        attributeBuffer.free()
        numberBuffer.free()
        childBuffer.free()
        textBuffer.free()
    }

    var records: UnsafeMutableBufferPointer<ElementRecord> { recordBuffer.elements }
    var attributes: UnsafeMutableBufferPointer<XMLAttribute> { attributeBuffer.elements }
    /// Each attribute's name as a number among the document's attribute names (the same
    /// name, the same number), beside `attributes`: what depends on names alone is then
    /// worked out once per document.
    var attributeNameNumbers: UnsafeMutableBufferPointer<Int32> { numberBuffer.elements }
    /// Each element's children, by index, one element's after another's.
    var children: UnsafeMutableBufferPointer<Int32> { childBuffer.elements }
    var textRuns: UnsafeMutableBufferPointer<XMLTextRun> { textBuffer.elements }
}
