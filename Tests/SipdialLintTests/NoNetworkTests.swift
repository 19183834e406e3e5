import Foundation
import Testing

@testable import SipdialLint

#if canImport(Glibc)
    import Glibc
#endif

/// No input makes the linter open a connection, and no output carries a referenced
/// file's contents.
@Suite(.serialized) struct NoNetworkTests {
    /// A non-blocking TCP listener on a loopback port chosen by the kernel.
    final class Listener {
        let descriptor: Int32
        let port: UInt16

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.descriptor = descriptor
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
            }
            guard bound == 0, listen(descriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            self.port = UInt16(bigEndian: address.sin_port)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }

        /// How many connections arrived.
        func connections() -> Int {
            var count = 0
            while true {
                let client = accept(descriptor, nil, nil)
                if client < 0 { return count }
                close(client)
                count += 1
            }
        }

        deinit { close(descriptor) }
    }

    @Test func noInputOpensAConnection() throws {
        let listener = try Listener()
        #expect(listener.connections() == 0)
        let url = "http://127.0.0.1:\(listener.port)"
        let documents = [
            "<!DOCTYPE Response SYSTEM \"\(url)/dtd\"><Response/>",
            "<!DOCTYPE r [<!ENTITY e SYSTEM \"\(url)/entity\">]><Response>&e;</Response>",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"\(url)/pe\"> %p;]><Response/>",
            "<Response xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(url)/xinclude\"/></Response>",
            "<?xml-stylesheet href=\"\(url)/style\"?><Response/>",
            "<Response xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x \(url)/xsd\"/>",
            "<Response><Dial action=\"\(url)/action\"><Sip url=\"\(url)/screen\">sip:a@127.0.0.1:\(listener.port)</Sip></Dial></Response>",
        ]
        for document in documents {
            for dialect in ["signalwire", "restcomm", "twilio"] {
                _ = try TestSupport.lint(document, dialect: dialect)
            }
        }
        let directory = try HostileInputTests.scratch("network")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, document) in documents.enumerated() {
            try document.write(to: directory.appendingPathComponent("doc\(index).xml"), atomically: true, encoding: .utf8)
        }
        for format in ["text", "json", "sarif"] {
            _ = try HostileInputTests.runAsUnprivileged(["--format", format, directory.path])
        }
        usleep(200_000)
        #expect(listener.connections() == 0, "the linter connected to the loopback listener")

        // The test can fail: a real connection is seen.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = listener.port.bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        close(probe)
        usleep(50_000)
        #expect(connected == 0 && listener.connections() == 1)
    }

    @Test func noOutputCarriesAReferencedFile() throws {
        let directory = try HostileInputTests.scratch("disclosure")
        defer { try? FileManager.default.removeItem(at: directory) }
        let secretFile = directory.appendingPathComponent("secret.txt")
        try HostileInputTests.secret.write(to: secretFile, atomically: true, encoding: .utf8)
        let documents = [
            "<!DOCTYPE r [<!ENTITY s SYSTEM \"file://\(secretFile.path)\">]><Response><Say>&s;</Say></Response>",
            "<!DOCTYPE r [<!ENTITY s SYSTEM \"\(secretFile.path)\">]><Response><Dial><Sip>&s;</Sip></Dial></Response>",
            "<Response xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Dial><Sip><xi:include href=\"\(secretFile.path)\" parse=\"text\"/></Sip></Dial></Response>",
            "<!DOCTYPE Response SYSTEM \"\(secretFile.path)\"><Response/>",
        ]
        for (index, document) in documents.enumerated() {
            try document.write(to: directory.appendingPathComponent("doc\(index).xml"), atomically: true, encoding: .utf8)
        }
        for format in OutputFormat.allCases.map(\.rawValue) {
            let run = try HostileInputTests.runAsUnprivileged(["--format", format, "--dialect", "twilio", directory.path])
            #expect(
                !run.stdout.contains(HostileInputTests.secret) && !run.stderr.contains(HostileInputTests.secret),
                "\(format) output leaks the file")
            #expect(run.stdout.contains("doc0.xml"), "\(format) output reports the documents")
        }
    }
}
