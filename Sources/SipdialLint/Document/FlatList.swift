/// A stretch of one of the model's arrays, indexed from 0 (valid while its document is).
package struct FlatList<Element>: RandomAccessCollection {
    let base: UnsafeMutableBufferPointer<Element>
    let range: Range<Int32>

    init(_ base: UnsafeMutableBufferPointer<Element>, _ range: Range<Int32>) {
        self.base = base
        self.range = range
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { Int(range.upperBound - range.lowerBound) }
    package subscript(position: Int) -> Element { base[Int(range.lowerBound) + position] }
}
