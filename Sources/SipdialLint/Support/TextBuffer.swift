#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output text built up as UTF-8 bytes: appending to a byte array costs a copy, where
/// appending to a `String` costs several times that (reporters print thousands of lines).
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    mutating func append(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    mutating func append(_ number: Int) {
        guard number != 0 else {
            bytes.append(0x30)
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        if number < 0 { bytes.append(0x2D) }
        var value = number.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while value > 0 {
                buffer[count] = UInt8(value % 10) + 0x30
                value /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
