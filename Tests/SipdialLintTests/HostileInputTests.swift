import Foundation
import Testing

@testable import SipdialLint

#if canImport(Glibc)
    import Glibc
#endif

/// Untrusted input: each hostile document gets a clear diagnostic with file, line and
/// column, within a time limit and 1 GiB of memory, leaves its file untouched, and does
/// not stop the run: all of them are linted in one run mixed with good files.
@Suite(.serialized) struct HostileInputTests {
    static let slow = ProcessInfo.processInfo.environment["SIPDIAL_SLOW"] == "1"

    /// A scratch directory under .build (never beside the user's files).
    static func scratch(_ name: String) throws -> URL {
        let url = TestSupport.root.appendingPathComponent(".build/hostile-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let secret = "TOP-SECRET-\(UInt32.random(in: 100_000...999_999))"

    /// name → (bytes, the rule it must get, or nil for a clean file).
    static func hostileFiles(in directory: URL) -> [(String, [UInt8], String?)] {
        var files: [(String, [UInt8], String?)] = []
        func add(_ name: String, _ text: String, _ rule: String?) { files.append((name, Array(text.utf8), rule)) }
        let secretPath = directory.appendingPathComponent("secret.txt").path
        add(
            "billion-laughs.xml",
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <Response><Say>&lol9;</Say></Response>
            """, "xml-doctype")
        add(
            "external-entity-file.xml", "<!DOCTYPE r [<!ENTITY s SYSTEM \"file://\(secretPath)\">]><Response><Say>&s;</Say></Response>",
            "xml-doctype")
        add("external-dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Response SYSTEM \"file://\(secretPath)\">\n<Response/>", "xml-doctype")
        add(
            "nesting-10000.xml",
            "<Response>" + String(repeating: "<Say>", count: 10_000) + String(repeating: "</Say>", count: 10_000) + "</Response>",
            "xml-syntax")
        add(
            "nesting-100000.xml",
            "<Response>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</Response>",
            "xml-syntax")
        var generator = SystemRandomNumberGenerator()
        files.append(("random-1mb.xml", (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }, nil))
        files.append(("utf16.xml", [0xFF, 0xFE] + Array("<Response/>".utf8).flatMap { [$0, 0] }, "xml-encoding"))
        files.append(
            (
                "bad-utf8-in-sip.xml",
                Array("<Response><Dial><Sip>sip:jos".utf8) + [0xE9] + Array("@example.com</Sip></Dial></Response>".utf8), "xml-encoding"
            ))
        files.append(("nul-bytes.xml", Array("<Response><Say>a".utf8) + [0, 0, 0] + Array("</Say></Response>".utf8), "xml-syntax"))
        add("empty.xml", "", "xml-syntax")
        add("whitespace.xml", " \n\t\r\n ", "xml-syntax")
        add("crlf.xml", "<Response>\r\n<Dial>\r\n<Sip codecs=\"G711\">sip:a@example.com</Sip>\r\n</Dial>\r\n</Response>\r\n", "sip-codecs")
        add(
            "single-line-5mb.xml",
            "<Response>" + String(repeating: "<Say>hello</Say>", count: 320_000)
                + "<Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>", "sip-codecs")
        add(
            "sip-1000.xml", "<Response><Dial>" + String(repeating: "<Sip>sip:a@example.com</Sip>", count: 1000) + "</Dial></Response>",
            "sip-max-count")
        add(
            "attribute-1mb.xml",
            "<Response><Dial><Sip url=\"https://example.com/" + String(repeating: "a", count: 1_000_000)
                + "\" codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>", "sip-codecs")
        // 200,000 distinct element and attribute names: names are found by hash, not by a
        // scan of the names met so far (that took minutes), and nothing is reserved per name.
        // (Inside one unknown element, which is reported once: what it holds is not described.)
        add(
            "distinct-names-200000.xml",
            "<Response><Extension>" + (0..<200_000).map { "<e\($0) a\($0)=\"1\"/>" }.joined()
                + "</Extension><Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>", "sip-codecs")
        // 20,000 distinct unknown verbs: each is reported, its hint worked out once.
        add(
            "unknown-verbs-20000.xml", "<Response>" + (0..<20_000).map { "<Verb\($0)/>" }.joined() + "</Response>",
            "unknown-element")
        add("good-1.xml", "<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>", nil)
        add("good-2.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Say>hi</Say></Response>\n", nil)
        return files
    }

    @Test func hostileFilesAreReportedAndTheRunGoesOn() throws {
        let directory = try Self.scratch("battery")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.secret.write(to: directory.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let files = Self.hostileFiles(in: directory)
        var stamps: [String: (Data, Date)] = [:]
        for (name, bytes, _) in files {
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            stamps[name] = (Data(bytes), try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date)
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("directory.xml"), withIntermediateDirectories: true)
        let unreadable = directory.appendingPathComponent("no-permission.xml")
        try Data("<Response/>".utf8).write(to: unreadable)
        chmod(unreadable.path, 0)

        // Named paths (a directory named like a file, a missing file) and the directory itself, in one run.
        let arguments = [
            "--format", "json", "--dialect", "signalwire", directory.path,
            directory.appendingPathComponent("directory.xml").path, directory.appendingPathComponent("missing.xml").path,
        ]
        let started = Date()
        let run = try Self.runAsUnprivileged(arguments)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 60, "took \(elapsed) s")
        #expect(run.status == 2, "an unreadable path makes the status 2")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]], "\(run.stderr)")
        func rules(of name: String) -> [String] {
            items.filter { ($0["path"] as? String)?.hasSuffix("/" + name) == true }.compactMap { $0["rule"] as? String }
        }
        for (name, _, rule) in files {
            if let rule {
                #expect(rules(of: name).contains(rule), "\(name): \(rules(of: name))")
            } else if name.hasPrefix("good") {
                #expect(rules(of: name).isEmpty, "\(name): \(rules(of: name))")
            } else {
                #expect(!rules(of: name).isEmpty, "\(name) gets a diagnostic")
            }
            for item in items where (item["path"] as? String)?.hasSuffix("/" + name) == true {
                #expect((item["line"] as? Int ?? 0) >= 1 && (item["column"] as? Int ?? 0) >= 1)
                #expect(!(item["message"] as? String ?? "").isEmpty)
            }
        }
        #expect(rules(of: "directory.xml").isEmpty, "a directory named x.xml is searched, not read")
        #expect(rules(of: "missing.xml") == ["io-error"])
        if getuid() == 0 && !Self.canDropPrivileges {
            // root reads any file; where "nobody" cannot reach the build, the case cannot be shown.
        } else {
            #expect(rules(of: "no-permission.xml") == ["io-error"], "\(rules(of: "no-permission.xml"))")
        }
        #expect(!run.stdout.contains(Self.secret) && !run.stderr.contains(Self.secret), "a file's contents leaked")
        #expect(run.peakKiB < 1_048_576, "peak memory \(run.peakKiB) KiB")
        for (name, (data, date)) in stamps {
            let url = directory.appendingPathComponent(name)
            #expect(try Data(contentsOf: url) == data, "\(name) was changed")
            #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == date)
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(
            after == (files.map(\.0) + ["secret.txt", "directory.xml", "no-permission.xml"]).sorted(), "nothing is written beside the files"
        )
    }

    @Test func crlfLinesAreCountedRight() throws {
        let diagnostics = try TestSupport.located(
            "<Response>\r\n<Dial>\r\n<Sip codecs=\"G711\">sip:a@example.com</Sip>\r\n</Dial>\r\n</Response>\r\n")
        #expect(diagnostics.map(\.start) == [SourcePosition(line: 3, column: 14)])
    }

    @Test(.enabled(if: HostileInputTests.slow, "set SIPDIAL_SLOW=1 (make test-slow)"))
    func document100MBFinishesInBoundedMemory() throws {
        let directory = try Self.scratch("big")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("big-100mb.xml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        handle.write(Data("<Response>\n".utf8))
        let block = Data(
            String(repeating: "<Dial timeout=\"30\"><Sip codecs=\"PCMU\">sip:alice@example.com;transport=tcp</Sip></Dial>\n", count: 10_000)
                .utf8)
        while try handle.offset() < 100_000_000 { handle.write(block) }
        handle.write(Data("<Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>\n".utf8))
        try handle.close()
        let started = Date()
        let run = try Self.runAsUnprivileged(["--format", "json", url.path])
        #expect(Date().timeIntervalSince(started) < 300)
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"rule\": \"sip-codecs\""))
        #expect(run.peakKiB < 1_048_576, "peak memory \(run.peakKiB) KiB for 100 MB")
    }

    // MARK: - Files that are not regular files, and files without end

    /// Runs the built linter in `directory` (a scratch directory), without a config
    /// unless the arguments name one.
    static func lint(_ arguments: [String], in directory: URL) throws -> GoldenTests.Run {
        let relative = String(directory.path.dropFirst(TestSupport.root.path.count + 1))
        return try GoldenTests.run(arguments, directory: relative)
    }

    @Test func aFIFOOrDeviceNamedOnTheCommandLineIsAnIOErrorAndIsNeverOpened() throws {
        let directory = try Self.scratch("fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("fifo.xml").path, 0o600) == 0)
        #expect(mkfifo(directory.appendingPathComponent("fifo.yml").path, 0o600) == 0)
        #expect(symlink("/dev/null", directory.appendingPathComponent("null.xml").path) == 0)
        try Data("<Response/>".utf8).write(to: directory.appendingPathComponent("good.xml"))

        // No writer holds the FIFOs open: a blocking open would wait for ever.
        let run = try Self.lint(["--no-config", "--format", "gnu", "fifo.xml", "null.xml", "/dev/null", "good.xml"], in: directory)
        #expect(run.status == 2, "\(run.transcript)")
        #expect(run.stdout.contains("fifo.xml:1:1: error: cannot read \"fifo.xml\": a named pipe (FIFO), not a regular file"))
        #expect(run.stdout.contains("cannot read \"null.xml\": a symbolic link to a character device, not a regular file"))
        #expect(run.stdout.contains("cannot read \"/dev/null\": a character device, not a regular file"))
        #expect(!run.stdout.contains("good.xml"), "\(run.stdout)")

        let config = try Self.lint(["--config", "fifo.yml", "good.xml"], in: directory)
        #expect(config.status == 2)
        #expect(
            config.stderr.contains("fifo.yml:1:1: cannot read the config file: a named pipe (FIFO), not a regular file"), "\(config.stderr)"
        )
        // A FIFO where the config is looked for is that config, not passed over for a parent's.
        try FileManager.default.moveItem(
            at: directory.appendingPathComponent("fifo.yml"), to: directory.appendingPathComponent(".sipdial-lint.yml"))
        let found = try Self.lint(["good.xml"], in: directory)
        #expect(found.status == 2 && found.stderr.contains("a named pipe (FIFO), not a regular file"), "\(found.transcript)")

        let fifo = directory.appendingPathComponent("fifo.xml").path
        #expect(throws: FileError.self) { try FileSystem.readFile(fifo, limit: .configuration) }
        #expect(FileSystem.target(of: fifo) == .unlintable("a named pipe (FIFO), not a regular file"))
    }

    /// Every entry named `*.xml` found in a directory is linted or reported: none is
    /// passed over without a word.
    @Test func everyXMLEntryFoundInADirectoryIsLintedOrReported() throws {
        let directory = try Self.scratch("walk")
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        try Data("<Response/>".utf8).write(to: directory.appendingPathComponent("good.xml"))
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        #expect(symlink("missing.xml", path("dangling.xml")) == 0)
        #expect(mkfifo(path("fifo.xml"), 0o600) == 0)
        #expect(mkfifo(path("fifo.txt"), 0o600) == 0)
        #expect(symlink("/dev/null", path("null.xml")) == 0)
        #expect(symlink("loop.xml", path("loop.xml")) == 0)
        #expect(symlink("good.xml", path("link.xml")) == 0)
        #expect(symlink("sub", path("sub-link.xml")) == 0)
        #expect(symlink(".", path("sub/up.xml")) == 0)
        let socketMade = Self.bindSocket(at: path("sock.xml"))

        let run = try Self.lint(["--no-config", "--format", "gnu", "."], in: directory)
        #expect(run.status == 2, "\(run.transcript)")
        var expected = [
            "./dangling.xml:1:1: error: cannot read \"./dangling.xml\": a symbolic link to a missing file [io-error]",
            "./fifo.xml:1:1: error: cannot read \"./fifo.xml\": a named pipe (FIFO), not a regular file [io-error]",
            "./loop.xml:1:1: error: cannot read \"./loop.xml\": a symbolic link that loops (too many levels of links) [io-error]",
            "./null.xml:1:1: error: cannot read \"./null.xml\": a symbolic link to a character device, not a regular file [io-error]",
        ]
        if socketMade { expected.append("./sock.xml:1:1: error: cannot read \"./sock.xml\": a socket, not a regular file [io-error]") }
        #expect(run.stdout.split(separator: "\n").map(String.init) == expected)
        // The link to good.xml is linted (clean) and the links to directories are not followed.
        let json = try Self.lint(["--no-config", "--format", "json", "--select", "io-error", "good.xml", "."], in: directory)
        #expect(json.status == 2 && !json.stdout.contains("sub") && !json.stdout.contains("\"good.xml\""), "\(json.stdout)")

        // An excluded entry is left out, whatever it is.
        try Data("exclude: [\"fifo.xml\", \"dangling.xml\", \"loop.xml\", \"null.xml\", \"sock.xml\"]\n".utf8)
            .write(to: directory.appendingPathComponent(".sipdial-lint.yml"))
        let excluded = try Self.lint(["--format", "gnu", "."], in: directory)
        #expect(excluded.status == 0 && excluded.stdout.isEmpty, "\(excluded.transcript)")
    }

    /// Links to directories in a --rules directory are not followed: two links to "."
    /// made the walk endless. A *.yml that is not a regular file is an error, and so is
    /// one rule file more than the limit.
    @Test func theRulesDirectoryWalkIsBounded() throws {
        let rules = try Self.scratch("rules-walk")
        defer { try? FileManager.default.removeItem(at: rules) }
        func path(_ name: String) -> String { rules.appendingPathComponent(name).path }
        try DialectFileTests.plivo.write(toFile: path("plivo.yml"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        #expect(symlink(".", path("a")) == 0)
        #expect(symlink(".", path("b.yml")) == 0)
        #expect(symlink("..", path("sub/up")) == 0)
        var catalog = try RuleCatalog.builtin()
        try catalog.addDirectory(rules.path)
        #expect(catalog.dialects["plivo"] != nil)

        #expect(mkfifo(path("sub/fifo.yml"), 0o600) == 0)
        var withFIFO = try RuleCatalog.builtin()
        do {
            try withFIFO.addDirectory(rules.path)
            Issue.record("a FIFO named *.yml was passed over")
        } catch {
            #expect(error.description == path("sub/fifo.yml") + ":1:1: cannot read: a named pipe (FIFO), not a regular file")
        }
        unlink(path("sub/fifo.yml"))

        for name in ["x.yml", "y.yaml"] { try Data().write(to: rules.appendingPathComponent(name)) }
        for (maximum, over) in [(2, true), (3, false)] {
            var capped = try RuleCatalog.builtin()
            do {
                try capped.addDirectory(rules.path, maximumFiles: maximum)
                Issue.record("an empty rule file was loaded")
            } catch {
                let message = "more than \(maximum) rule and dialect files, the limit for a --rules directory"
                #expect(error.message.hasPrefix(message) == over, "\(error.description)")
            }
        }
        #expect(RuleCatalog.maximumRuleFiles == 10_000)
    }

    /// Binds a Unix socket at `path`; false when the path is too long for a socket's address.
    static func bindSocket(at path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in raw.copyBytes(from: bytes) }
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        } == 0
    }

    /// File names are bytes: a name that is not UTF-8 is opened by its bytes and shown
    /// with `\xFF` for each invalid byte, and it is told from a name with U+FFFD in its
    /// place (which is how Swift would decode it): each is linted once, under its own name.
    @Test func aFileNameThatIsNotUTF8IsLintedUnderItsOwnName() throws {
        let directory = try Self.scratch("bytes")
        let evil = Array("evil".utf8) + [0xFF] + Array(".xml".utf8)
        let evilPath = FilePath(directory.path).appending(evil)
        defer {
            _ = evilPath.withCString { unlink($0) }
            try? FileManager.default.removeItem(at: directory)
        }
        let codecs = "<Response><Dial><Sip codecs=\"G711\">sip:a@example.com</Sip></Dial></Response>"
        let descriptor = evilPath.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0)
        #expect(Array(codecs.utf8).withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) } == codecs.utf8.count)
        close(descriptor)
        #expect(evilPath.display == directory.path + "/evil\\xFF.xml")

        // Alone, it is linted, not "no such file".
        let alone = try Self.lint(["--no-config", "--format", "gnu", "."], in: directory)
        #expect(alone.status == 1, "\(alone.transcript)")
        #expect(alone.stdout == "./evil\\xFF.xml:1:30: error: unknown codec \"G711\"; allowed: PCMU, PCMA, G722, G729, OPUS [sip-codecs]\n")

        // Beside the name Swift would have read it as, a dangling link and a FIFO; the
        // directory named twice: each file is linted or reported once.
        try Data(codecs.utf8).write(to: directory.appendingPathComponent("evil\u{FFFD}.xml"))
        #expect(symlink("missing.xml", directory.appendingPathComponent("dangling.xml").path) == 0)
        #expect(mkfifo(directory.appendingPathComponent("fifo.xml").path, 0o600) == 0)
        let run = try Self.lint(["--no-config", "--format", "gnu", ".", "./"], in: directory)
        #expect(run.status == 2, "\(run.transcript)")
        #expect(
            run.stdout.split(separator: "\n").map(String.init) == [
                "./dangling.xml:1:1: error: cannot read \"./dangling.xml\": a symbolic link to a missing file [io-error]",
                "./evil\\xFF.xml:1:30: error: unknown codec \"G711\"; allowed: PCMU, PCMA, G722, G729, OPUS [sip-codecs]",
                "./evil\u{FFFD}.xml:1:30: error: unknown codec \"G711\"; allowed: PCMU, PCMA, G722, G729, OPUS [sip-codecs]",
                "./fifo.xml:1:1: error: cannot read \"./fifo.xml\": a named pipe (FIFO), not a regular file [io-error]",
            ], "\(run.stdout)")
        let json = try Self.lint(["--no-config", "--format", "json", "."], in: directory)
        #expect(json.stdout.contains("{\"path\": \"./evil\\\\xFF.xml\", \"line\": 1, \"column\": 30,"), "\(json.stdout)")
        #expect(json.stdout.contains("{\"path\": \"./evil\u{FFFD}.xml\", \"line\": 1, \"column\": 30,"), "\(json.stdout)")

        // Runner.inputs keeps the bytes: the two names are two inputs, and two spellings of one are one.
        let inputs = Runner.inputs(for: [FilePath(directory.path), FilePath(directory.path + "/./")], standardInputName: nil)
        #expect(inputs.count == 4)
        let files = inputs.compactMap { input -> [UInt8]? in
            guard case .file(let path) = input else { return nil }
            return path.bytes
        }
        #expect(files == [Array((directory.path + "/evil\u{FFFD}.xml").utf8), evilPath.bytes])
    }

    @Test func aReadStopsAtItsLimit() throws {
        let directory = try Self.scratch("limit")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("f.xml").path
        try Data(repeating: 0x20, count: 1000).write(to: URL(fileURLWithPath: file))
        #expect(try FileSystem.readFile(file, limit: ReadLimit(bytes: 1000, for: "tests")).count == 1000)
        do {
            _ = try FileSystem.readFile(file, limit: ReadLimit(bytes: 999, for: "tests"))
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.message == "larger than 999 bytes, the limit for tests")
        }
        #expect(ReadLimit.configuration.exceeded.message == "larger than 4 MB, the limit for config files")
        #expect(ReadLimit.document.exceeded.message == "larger than 2048 MB, the limit for documents")

        // A pipe (as standard input is) gives no size: it is read up to the limit, and
        // the rest stays unread.
        for (limit, fits) in [(1000, true), (999, false), (100, false)] {
            var ends: [Int32] = [0, 0]
            try #require(pipe(&ends) == 0)
            defer { close(ends[0]) }
            let written = [UInt8](repeating: 0x41, count: 1000).withUnsafeBytes { Glibc.write(ends[1], $0.baseAddress, $0.count) }
            close(ends[1])
            #expect(written == 1000)
            do {
                let read = try FileSystem.read(ends[0], expected: 0, regular: false, limit: ReadLimit(bytes: limit, for: "tests"))
                #expect(fits && read.count == 1000, "limit \(limit)")
            } catch {
                #expect(!fits, "limit \(limit): \(error.message)")
                var rest = [UInt8](repeating: 0, count: 2000)
                let left = rest.withUnsafeMutableBytes { Glibc.read(ends[0], $0.baseAddress, $0.count) }
                #expect(left >= 1000 - limit - 64, "read \(1000 - left) bytes for a limit of \(limit)")
            }
        }
    }

    /// /proc/self/pagemap says it is empty and reads on for hundreds of gigabytes.
    @Test(.enabled(if: FileSystem.kind(of: "/proc/self/pagemap") == .file))
    func aFileWithoutEndStopsAtTheLimit() throws {
        let directory = try Self.scratch("pagemap")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(symlink("/proc/self/pagemap", directory.appendingPathComponent("x.xml").path) == 0)
        do {
            _ = try FileSystem.readFile(directory.appendingPathComponent("x.xml").path, limit: ReadLimit(bytes: 1 << 20, for: "tests"))
            Issue.record("read to the end of /proc/self/pagemap")
        } catch {
            // Where pagemap cannot be read at all, the error says so instead.
            #expect(error.message == "larger than 1 MB, the limit for tests" || error.message == "permission denied", "\(error.message)")
        }
        try Data("<Response/>".utf8).write(to: directory.appendingPathComponent("good.xml"))
        #expect(symlink("/proc/self/pagemap", directory.appendingPathComponent(".sipdial-lint.yml").path) == 0)
        let config = try Self.lint(["good.xml"], in: directory)
        #expect(config.status == 2)
        #expect(config.stderr.contains("cannot read the config file: larger than 4 MB, the limit for config files"), "\(config.stderr)")
        let rules = directory.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: false)
        #expect(symlink("/proc/self/pagemap", rules.appendingPathComponent("rule.yml").path) == 0)
        let ruled = try Self.lint(["--no-config", "--rules", "rules", "good.xml"], in: directory)
        #expect(ruled.status == 2)
        #expect(ruled.stderr.contains("cannot read: larger than 4 MB, the limit for rule and dialect files"), "\(ruled.stderr)")
        // As a document: a file that says it is empty is read no further than 16 MB.
        let document = try Self.lint(["--no-config", "x.xml"], in: directory)
        #expect(document.status == 2)
        #expect(
            document.stdout.contains("larger than 16 MB, the limit for files that do not say their size (as those of /proc do)")
                || document.stdout.contains("permission denied") || document.stdout.contains("Invalid argument"),
            "\(document.stdout)")
    }

    // MARK: - Running the binary

    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
        var peakKiB: Int
    }

    /// Whether, as root, the linter can be run as "nobody": setpriv exists, and "nobody"
    /// can reach the binary and the scratch files (a clone under /root, say, is not reachable).
    static let canDropPrivileges: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            let directory = try? scratch("probe")
        else { return false }
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("probe.xml")
        guard (try? Data("<Response/>".utf8).write(to: file)) != nil else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", GoldenTests.executable, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs the built linter; as root, through setpriv as "nobody", so that file
    /// permissions apply. Peak memory is the child's maximum resident set.
    static func runAsUnprivileged(_ arguments: [String]) throws -> Run {
        let process = Process()
        if canDropPrivileges {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", GoldenTests.executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: GoldenTests.executable)
            process.arguments = arguments
        }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        final class Box: @unchecked Sendable { var data = Data() }
        let err = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            err.data = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Run(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err.data, as: UTF8.self),
            status: process.terminationStatus, peakKiB: usage.ru_maxrss)
    }
}
