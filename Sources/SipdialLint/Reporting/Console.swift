#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output to the standard streams without Foundation: written with write(2) on the
/// descriptors, so nothing is buffered and no C `FILE` global is shared.
package enum Console {
    package static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in writeAll(1, buffer) }
    }

    package static func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in writeAll(1, buffer) }
    }

    package static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in writeAll(2, buffer) }
    }

    /// Nothing is buffered: kept for callers that flush before exiting.
    package static func flush() {}

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) {
        guard var address = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            let written = Glibc.write(descriptor, address, left)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            address += written
            left -= written
        }
    }
}
