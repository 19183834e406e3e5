#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes LSP's base protocol: `Content-Length: N\r\n\r\n` and N bytes of JSON.
package struct MessageWriter {
    /// Writes all the bytes; false when they could not be written (the client is gone).
    package typealias Sink = ([UInt8]) -> Bool

    private let sink: Sink

    package init(sink: @escaping Sink) {
        self.sink = sink
    }

    /// Writes to a file descriptor (the server's standard output).
    package init(descriptor: Int32) {
        self.init { bytes in
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
    }

    /// One message, framed. False when it could not be written.
    @discardableResult
    package func send(_ message: JSONValue) -> Bool {
        let body = message.serialized
        var framed = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed += body
        return sink(framed)
    }
}

/// write(2), by a name no member shadows.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
