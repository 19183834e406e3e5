#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output to the standard streams without Foundation: written with write(2) on the
/// descriptors, so nothing is buffered and no C `FILE` global is shared. A write that
/// fails or stops short is a failure of the run: `emit` makes it exit status 2.
package enum Console {
    @discardableResult
    package static func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in writeAll(1, buffer) } == nil
    }

    @discardableResult
    package static func writeError(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in writeAll(2, buffer) } == nil
    }

    /// Writes what a run prints and returns the status to exit with: the run's own, or 2
    /// when standard output could not be written in full (a full disk, a closed
    /// descriptor, a reader gone while SIGPIPE is ignored), with the reason on standard
    /// error, or when standard error could not be written. A full disk never turns CI
    /// green. While SIGPIPE keeps its default action, a reader gone ends the process by
    /// the signal, as the shell expects.
    package static func emit(_ output: DriverOutput) -> Int32 {
        var status = output.status
        let bytes = output.standardOutputBytes
        var failure = bytes.withUnsafeBufferPointer { buffer in writeAll(1, buffer) }
        // Some file systems report a failed write only when the file is closed.
        if failure == nil, !bytes.isEmpty, close(1) != 0, errno != EINTR { failure = reason(errno) }
        if let failure {
            status = 2
            writeError("sipdial-lint: error: cannot write the report to standard output: \(failure)\n")
        }
        if !output.standardError.isEmpty, !writeError(output.standardError) { status = 2 }
        return status
    }

    /// Makes sure descriptors 0, 1 and 2 are open before anything else is: a closed one
    /// is opened on /dev/null the wrong way round (standard output read-only), so that
    /// using it still fails as a closed one does (EBADF), and no file the run opens can
    /// take its number and receive the report.
    package static func reserveStandardDescriptors() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if opened >= 0, opened != descriptor { close(opened) }
        }
    }

    /// The text of an `errno` value ("No space left on device").
    static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// Writes the whole buffer, through interrupted and short writes (waiting when the
    /// descriptor is non-blocking and full); returns why it could not, or nil.
    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        guard var address = buffer.baseAddress else { return nil }
        var left = buffer.count
        while left > 0 {
            let written = Glibc.write(descriptor, address, left)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                return reason(code)
            }
            if written == 0 { return "the write stopped short" }
            address += written
            left -= written
        }
        return nil
    }
}
