import Foundation
import Testing

@testable import SipdialLint

/// Paths are compared normalized (a file named twice is linted once); most paths are
/// already normal and come back unchanged without being rebuilt.
@Suite struct PathTests {
    @Test(arguments: [
        ("a/b.xml", "a/b.xml"), ("/a/b.xml", "/a/b.xml"), ("a/.../b.xml", "a/.../b.xml"), (".hidden/b.xml", ".hidden/b.xml"),
        ("./a/b.xml", "a/b.xml"), ("a//b.xml", "a/b.xml"), ("a/./b.xml", "a/b.xml"), ("a/../b.xml", "b.xml"),
        ("a/b/", "a/b"), ("a/..", "."), (".", "."), ("/", "/"), ("/../a", "/a"), ("../a", "../a"), ("a/.", "a"),
    ])
    func normalize(_ path: String, _ expected: String) {
        #expect(Path.normalize(path) == expected)
    }
}

/// A path is its bytes; it is shown as UTF-8 with each invalid byte as `\xFF`.
@Suite struct FilePathTests {
    @Test(
        arguments: [
            ([0x61, 0xFF, 0x2E, 0x78], "a\\xFF.x"),
            (Array("é€𝄞.xml".utf8), "é€𝄞.xml"),
            ([0xE2, 0x82, 0x61], "\\xE2\\x82a"), // a sequence cut short
            ([0xC0, 0xAF], "\\xC0\\xAF"), // an overlong "/"
            ([0xED, 0xA0, 0x80], "\\xED\\xA0\\x80"), // a surrogate
            ([0xF4, 0x90, 0x80, 0x80], "\\xF4\\x90\\x80\\x80"), // past U+10FFFF
            ([0xF0, 0x9F, 0x98], "\\xF0\\x9F\\x98"),
            ([0x80, 0x41, 0xEF, 0xBF, 0xBD], "\\x80A\u{FFFD}"),
            ([0x5C, 0x78, 0x46, 0x46], "\\xFF"), // a name may spell the escape itself
        ] as [([UInt8], String)])
    func display(_ bytes: [UInt8], _ shown: String) {
        #expect(FilePath(bytes: bytes).display == shown)
        #expect(FilePath(bytes: [0x64, 0xFF]).appending(bytes).display == FilePath(bytes: [0x64, 0xFF, 0x2F] + bytes).display)
    }

    @Test func pathsAreTheSameByTheirBytesNotTheirDisplay() {
        let escaped = FilePath("\\xFF")
        let byte = FilePath(bytes: [0xFF])
        #expect(escaped.display == byte.display && escaped != byte)
        #expect(Set([escaped, byte, FilePath(bytes: Array("\\xFF".utf8))]).count == 2)
        #expect(FilePath("a/").appending([0x62]) == FilePath("a/b") && FilePath("a").appending([0x62]) == FilePath("a/b"))
    }

    @Test(arguments: [
        "a/b.xml", "/a/b.xml", "a/.../b.xml", ".hidden/b.xml", "./a/b.xml", "a//b.xml", "a/./b.xml", "a/../b.xml", "a/b/", "a/..", ".",
        "/", "/../a", "../a", "a/.", "", "//", "a/b/../../..",
    ])
    func normalizesAsTextPathsDo(_ path: String) {
        #expect(FilePath(path).normalized.bytes == Array(Path.normalize(path).utf8), "\(path)")
        // An invalid byte is kept as it is.
        let withZ = Array(Path.normalize(path + "/Z").utf8)
        #expect(FilePath(bytes: Array(path.utf8) + [0x2F, 0xFF]).normalized.bytes == withZ.dropLast() + [0xFF])
    }
}

/// Directories are listed in byte order with the kinds the directory gives, and every
/// file, whatever its size, is read whole.
@Suite struct FileSystemTests {
    @Test func listingIsInByteOrderWithKinds() throws {
        let directory = try HostileInputTests.scratch("listing")
        defer { try? FileManager.default.removeItem(at: directory) }
        let names = ["abcdefgh1.xml", "abcdefgh.xml", "abcdefgh0.xml", "ab.xml", "a.xml", "B.xml", "é.xml", "abcdefgh0.xmm"]
        for name in names {
            try "<Response/>".write(toFile: directory.appendingPathComponent(name).path, atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.xml").path, withDestinationPath: "a.xml")
        let listing = try FileSystem.listing(of: directory.path)
        let expected = (names + ["sub", "link.xml"]).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(listing.map(\.name) == expected)
        for entry in listing {
            let kind = entry.kind ?? FileSystem.kind(of: directory.appendingPathComponent(entry.name).path, followLinks: false)
            #expect(kind == (entry.name == "sub" ? .directory : entry.name == "link.xml" ? .other : .file), "\(entry.name)")
        }
        // The link to a file is linted like the file; the directory's .xml files come in order.
        let inputs = Runner.inputs(for: [FilePath(directory.path)], standardInputName: nil).map { input -> String in
            guard case .file(let path) = input else { return "?" }
            return String(path.display.dropFirst(directory.path.count + 1))
        }
        #expect(inputs == expected.filter { $0.hasSuffix(".xml") })
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 100_000])
    func filesAreReadWhole(_ size: Int) throws {
        let directory = try HostileInputTests.scratch("read-\(size)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = directory.appendingPathComponent("f.xml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try FileSystem.readFile(path, limit: .document) == bytes)
    }

    @Test func aFileThatSaysItIsEmptyIsReadToItsEnd() throws {
        // /proc files give a size of 0 and are read in pieces.
        let read = try FileSystem.readFile("/proc/self/maps", limit: .document)
        #expect(read.count > 0)
        #expect(read.last == 0x0A)
    }
}

/// Text lines worked out beside the linting are the lines the reporter would write.
@Suite struct TextLinesTests {
    @Test func renderedLinesMatchTheReportersOwn() throws {
        let bytes = Array("<Response>\n<Dial><Sip codecs=\"pcmu\">alice@example.com</Sip><Number>1</Number></Dial></Response>".utf8)
        let linter = try Linter(catalog: RuleCatalog.builtin(), settings: LintSettings())
        let report = Runner.locate(linter.lint(bytes), in: bytes, path: "a.xml")
        #expect(report.diagnostics.count >= 3)
        for color in [false, true] {
            var options = ReportOptions()
            options.color = color
            options.showSource = !color
            var rendered = report
            rendered.text = TextReporter.lines(of: report.diagnostics, options: options)
            let plain = TextReporter().render(RunResult(reports: [report, report], filesChecked: 2), options: options)
            let early = TextReporter().render(RunResult(reports: [rendered, rendered], filesChecked: 2), options: options)
            #expect(plain == early)
            #expect(plain.contains("[sip-codecs]"))
            // Once rendered, the diagnostics may go; their counts, summary and exit status stay.
            var textOnly = rendered
            textOnly.keepTextOnly()
            #expect(textOnly.diagnostics.isEmpty && textOnly.counts == report.counts)
            let kept = RunResult(reports: [textOnly, textOnly], filesChecked: 2)
            #expect(TextReporter().render(kept, options: options) == plain)
            let full = RunResult(reports: [report, report], filesChecked: 2)
            for level in [Severity.error, .warning, .info] {
                #expect(
                    Runner.exitStatus(kept, failLevel: level, maxWarnings: 0) == Runner.exitStatus(full, failLevel: level, maxWarnings: 0))
            }
        }
    }
}

/// A document with very many distinct names is linted the same, without a table for
/// every pair of element and attribute names.
@Suite struct ManyNamesTests {
    @Test func manyNamesKeepAttributeChecks() throws {
        var text = "<Response>"
        for number in 0..<300 { text += "<E\(number) a\(number)=\"1\"/>" }
        text += "<Dial timeout=\"x\"><Sip codecs=\"PCMU\" bogus=\"1\">sip:a@example.com</Sip></Dial></Response>"
        let rules = try TestSupport.lint(text).map(\.rule)
        #expect(rules.contains("unknown-attribute"))
        #expect(rules.contains("attribute-value"))
        #expect(300 * 300 > LintContext.largestPairTable)
    }
}
