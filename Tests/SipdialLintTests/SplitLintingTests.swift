import Testing

@testable import SipdialLint

/// A large document is linted on several threads, each taking whole subtrees of the
/// root: the diagnostics must be exactly those of one thread.
@Suite struct SplitLintingTests {
    /// The broken SignalWire example's `<Dial>` blocks, repeated past the split threshold,
    /// with a suppression comment in the middle.
    static func largeDocument() throws -> [UInt8] {
        let example = try TestSupport.read("examples/signalwire/broken.xml")
        let body = try #require(
            example.range(of: "<Response>").flatMap { open in
                example.range(of: "</Response>").map { close in example[open.upperBound..<close.lowerBound] }
            })
        var text = "<Response>"
        for copy in 0..<500 {
            if copy == 250 { text += "<!-- sipdial-lint-disable-next-line dial-caller-id -->" }
            text += body
        }
        return Array((text + "</Response>\n").utf8)
    }

    static func model(_ bytes: [UInt8]) throws -> XMLDocument {
        guard case .success(let parsed) = XMLParser.parse(bytes, needsTree: false) else { throw ParseFailure() }
        return parsed.model
    }

    struct ParseFailure: Error {}

    @Test func splitRunsGiveTheDiagnosticsOfOneRun() throws {
        let bytes = try Self.largeDocument()
        let model = try Self.model(bytes)
        #expect(model.elements.count >= Linter.elementsWorthSplitting)
        let two = Linter.split(model, into: 2)
        #expect(two.count == 2 && two.first?.lowerBound == 0 && two.last?.upperBound == model.elements.count)
        #expect(zip(two, two.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(Linter.split(model, into: 1).count == 1)

        let linter = try Linter(catalog: TestSupport.catalog, settings: LintSettings())
        let alone = linter.lint(bytes, threads: 1)
        #expect(alone.count > 5_000)
        #expect(alone.contains { $0.rule == "unused-suppression" } == false, "the suppression is used")
        for threads in [2, 3] {
            #expect(linter.lint(bytes, threads: threads) == alone, "\(threads) threads")
        }
    }

    /// A large document that is not well-formed: libxml2's verdict wins, whether the
    /// model was scanned after it or beside it.
    @Test(arguments: ["</Dial>", "<Sip>&bad;</Sip>", "<Dial a=\"1\" a=\"2\"/>", "<Dial><Sip></Dial>", "<"])
    func brokenLargeDocumentsGiveTheSameProblem(_ breakage: String) throws {
        var bytes = try Self.largeDocument()
        #expect(bytes.count >= XMLParser.bytesWorthOverlapping)
        let dial = Array("<Dial".utf8)
        let middle = try #require((bytes.count / 2..<bytes.count).first { bytes[$0...].starts(with: dial) })
        bytes.insert(contentsOf: Array(breakage.utf8), at: middle)
        let linter = try Linter(catalog: TestSupport.catalog, settings: LintSettings())
        let alone = linter.lint(bytes, threads: 1)
        #expect(alone.count == 1 && alone.first?.rule == "xml-syntax", "\(alone.map(\.message))")
        #expect(linter.lint(bytes, threads: 2) == alone)
    }

    @Test func smallDocumentsAreNotSplit() throws {
        let model = try Self.model(Array(try TestSupport.read("examples/signalwire/broken.xml").utf8))
        #expect(Linter.split(model, into: 4) == [0..<model.elements.count])
    }
}
