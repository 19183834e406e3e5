#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Names that most documents use (the dialects' element and attribute names), made
/// once per run: the scanner shares their strings instead of making new ones for each
/// document. Read-only once made, so threads share it.
package final class KnownNames: Sendable {
    private let names: [String]
    private let spellings: [[UInt8]]
    /// The numbers of the names, by a key of their length and first byte.
    private let buckets: [[Int]]

    package init<Names: Sequence>(_ candidates: Names) where Names.Element == String {
        var names: [String] = []
        var spellings: [[UInt8]] = []
        var buckets = [[Int]](repeating: [], count: 256)
        // Each name once, in the order given (numbers are internal: no sort needed); a
        // repeated name is found in its bucket, without hashing every name.
        candidates: for name in candidates where !name.isEmpty {
            let spelling = Array(name.utf8)
            let key = Self.key(spelling.count, spelling[0])
            for number in buckets[key] where spellings[number] == spelling { continue candidates }
            buckets[key].append(names.count)
            names.append(name)
            spellings.append(spelling)
        }
        self.names = names
        self.spellings = spellings
        self.buckets = buckets
    }

    /// The element and attribute names of these dialects.
    package convenience init(dialects: [Dialect]) {
        self.init(dialects.flatMap(\.vocabulary))
    }

    private static func key(_ length: Int, _ first: UInt8) -> Int {
        (length &* 31 &+ Int(first)) & 255
    }

    /// The shared string of the name spelled `count` bytes from `start`, if known.
    func name(_ start: UnsafePointer<UInt8>, count: Int) -> String? {
        guard count > 0 else { return nil }
        for number in buckets[Self.key(count, start[0])] where spellings[number].count == count {
            if spellings[number].withUnsafeBufferPointer({ memcmp($0.baseAddress!, start, count) == 0 }) { return names[number] }
        }
        return nil
    }
}
