/// A buffer that grows as an array does but is not one: the scanner fills it, and the
/// document model then reads it in place, with no copy, and no retain of an array on
/// each read (rules read the model thousands of times per document). Its owner frees it.
struct FlatBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf elements: [Element]) {
        if count + elements.count > capacity { grow(to: max(capacity * 2, count + elements.count)) }
        elements.withUnsafeBufferPointer { (base + count).initialize(from: $0.baseAddress!, count: $0.count) }
        count += elements.count
    }

    /// Element `index`, which must be below `count` (the scanner's own numbers).
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Deinitializes the elements and frees the memory; the buffer is not used again.
    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
