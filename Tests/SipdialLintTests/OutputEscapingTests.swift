import Foundation
import Testing

@testable import SipdialLint

/// An XML report read back with the linter's own parser, which libxml2 holds to XML 1.0
/// (FoundationXML's reader leaks under LeakSanitizer).
struct ReadBackXML {
    let document: SipdialLint.XMLDocument

    init(_ text: String) throws {
        guard case .success(let parsed) = XMLParser.parse(Array(text.utf8), needsTree: false) else {
            throw ReadBackError()
        }
        document = parsed.model
    }

    struct ReadBackError: Error {}

    func first(_ name: String) -> XMLElement? { document.elements(named: name).first }

    func attribute(_ element: XMLElement?, _ name: String) -> String? {
        element?.attribute(name).map(document.value(of:))
    }

    func text(_ element: XMLElement) -> String { String(decoding: document.decodedText(of: element).bytes, as: UTF8.self) }
}

/// No input can forge an output line or a GitHub workflow command, or drive a terminal:
/// each format escapes the values, paths, rule ids and source lines it prints.
@Suite struct OutputEscapingTests {
    /// (text, as the text and gnu formats show it)
    static let forms: [(String, String)] = [
        ("plain é ↓ 😀 #x [y] #[z] # #[", "plain é ↓ 😀 #x [y] #[z] # #["),
        ("y\n::error file=a,line=1::pwned", "y\\n::error file=a,line=1::pwned"),
        ("a\r\nb\tc", "a\\r\\nb\\tc"),
        ("\u{1B}]52;c;cHduZWQ=\u{7}\u{1B}[2J", "\\u{1B}]52;c;cHduZWQ=\\u{07}\\u{1B}[2J"),
        ("\u{0}\u{0B}\u{0C}\u{7F}", "\\u{00}\\u{0B}\\u{0C}\\u{7F}"),
        ("\u{80}\u{85}\u{9B}2J\u{9D}0;t\u{9F}\u{A0}", "\\u{80}\\u{85}\\u{9B}2J\\u{9D}0;t\\u{9F}\u{A0}"),
        ("a\u{2028}b\u{2029}c", "a\\u{2028}b\\u{2029}c"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}exe.txt", "\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}exe.txt"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}", "\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{200E}\\u{200F}\\u{61C}"),
        ("\u{2010}\u{2030}\u{2070}\u{200B}", "\u{2010}\u{2030}\u{2070}\u{200B}"),
        ("x ##[add-mask]secret ###[error]y", "x ##\\u{5B}add-mask]secret ###\\u{5B}error]y"),
    ]

    @Test(arguments: forms.indices)
    func textShowsEveryControlEscaped(_ index: Int) {
        let (raw, shown) = Self.forms[index]
        #expect(Text.escaped(raw) == shown)
        #expect(Text.escaped(shown) == shown, "escaping twice changes nothing more")
        #expect(!Text.escaped(raw).unicodeScalars.contains(where: Text.isUnsafe))
    }

    /// The byte scan that lets most text through untouched agrees with the escaping, for
    /// every character up to U+2FFF alone, after "##", before "[" and at several places
    /// in longer text (read eight bytes at a time).
    @Test func theFastPathMissesNothing() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let around = [0, 7, 8, 13].map { String(repeating: "a", count: $0) + String(scalar) + String(repeating: "b", count: 9) }
            for text in [String(scalar), "##" + String(scalar), String(scalar) + "[", "#" + String(scalar) + "#["] + around {
                #expect(Text.needsEscaping(text) == (Text.escaped(text, column: 1).text != text), "U+\(Text.hex(value, width: 4))")
            }
        }
        #expect(Text.needsEscaping("x##[y") && !Text.needsEscaping("x# #[y") && !Text.needsEscaping("é…↓😀"))
        for offset in 0..<20 {
            let before = String(repeating: "a", count: offset)
            #expect(Text.needsEscaping(before + "##[" + before) && !Text.needsEscaping(before + "#a#[" + before))
            #expect(Text.needsEscaping(before + "…\u{202E}" + before) && !Text.needsEscaping(before + "…\u{2030}" + before))
        }
    }

    @Test func theCaretCountsTheEscapedText() {
        let line = "<Say>\u{1B}[2J\ta</Say>"
        let (shown, column) = Text.escaped(line, column: 11) // the "a"
        #expect(shown == "<Say>\\u{1B}[2J\\ta</Say>")
        #expect(Array(shown.unicodeScalars)[column - 1] == "a")
        #expect(Text.escaped("ab", column: 3).column == 3, "a column after the end stays after it")
        #expect(Text.escaped("\ta", column: 1).column == 1)
    }

    // A report made of hostile text, as a file name, a config's rule id and a value can make it.

    static let path = "calls/e\u{1B}[31mvil\n::error file=a,line=1::pwned.xml"
    static let rule = "rule\u{1B}[2J\n::warning::x"
    static let message =
        "callerId \"y\n::error file=a,line=1::pwned\" \r::warning::x \u{9B}2J \u{9D}0;t\u{7} \u{202E}fdp.exe "
        + "\u{2066}\u{2069}\u{200E}\u{200F} \u{2028}::notice::y\u{2029}\u{85}::notice::z ##[add-mask]s %0A 100% a,b:c"
    static let sourceLine = "<Say a=\"\u{9B}\u{202E}\u{2028}\">\u{1B}]52;c;cHduZWQ=\u{7}\u{1B}[2J x</Say>"

    static var result: RunResult {
        let start = SourcePosition(line: 3, column: 7)
        let column = offset(of: "x", in: sourceLine)! + 1
        let diagnostic = LocatedDiagnostic(
            path: path, rule: rule, severity: .error, message: message, start: start, end: SourcePosition(line: 3, column: 9),
            sourceLine: sourceLine, sourceColumn: column)
        return RunResult(reports: [FileReport(path: path, diagnostics: [diagnostic, diagnostic])], filesChecked: 1)
    }

    /// The offset, in characters, of the first `scalar` of `text`.
    static func offset(of scalar: Unicode.Scalar, in text: String) -> Int? {
        text.unicodeScalars.firstIndex(of: scalar).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) }
    }

    static func render(_ format: OutputFormat, showSource: Bool = false) -> String {
        var options = ReportOptions()
        options.showSource = showSource
        options.catalog = TestSupport.catalog
        return format.reporter.render(result, options: options)
    }

    /// The lines as any reader may split them: a terminal, an editor, GitHub's runner.
    static func lines(_ text: String) -> [String] {
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        var lines: [String] = [""]
        for scalar in text.unicodeScalars {
            if breaks.contains(scalar) { lines.append("") } else { lines[lines.count - 1].unicodeScalars.append(scalar) }
        }
        return lines
    }

    @Test(arguments: [(OutputFormat.text, false), (.text, true), (.gnu, false)])
    func textLinesAreNeverForged(_ format: OutputFormat, _ showSource: Bool) {
        let output = Self.render(format, showSource: showSource)
        let lines = Self.lines(output)
        #expect(lines.last == "", "the output ends with a line break")
        #expect(!output.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) }, "\(output)")
        #expect(!output.contains("##["))
        for line in lines.dropLast() {
            #expect(!line.trimmingCharacters(in: .whitespaces).hasPrefix("::"), "\(line)")
            #expect(line.hasPrefix("calls/") || line.hasPrefix("  ") || line.hasPrefix("1 error") || line.hasPrefix("2 errors"), "\(line)")
        }
        let shownPath = "calls/e\\u{1B}[31mvil\\n::error file=a,line=1::pwned.xml"
        let shownRule = "rule\\u{1B}[2J\\n::warning::x"
        #expect(lines[0] == "\(shownPath):3:7: error: \(Text.escaped(Self.message)) [\(shownRule)]")
        #expect(lines[0].contains("\\u{202E}fdp.exe \\u{2066}\\u{2069}\\u{200E}\\u{200F} \\u{2028}::notice::y\\u{2029}\\u{85}::notice::z"))
        if showSource {
            #expect(lines.count == 8)
            #expect(lines[1] == "  <Say a=\"\\u{9B}\\u{202E}\\u{2028}\">\\u{1B}]52;c;cHduZWQ=\\u{07}\\u{1B}[2J x</Say>")
            // The caret is under the "x", counted in the escaped text.
            let caret = Self.offset(of: "^", in: lines[2])
            #expect(caret != nil && caret == Self.offset(of: "x", in: lines[1]))
        }
    }

    /// GitHub's runner, as it reads a line: `::name k=v,k=v::data` after leading white
    /// space, with its unescaping; or a legacy `##[name]` anywhere in the line.
    static func workflowCommand(_ line: String) -> (name: String, properties: [String: String], data: String)? {
        func unescape(_ text: Substring, _ pairs: [(String, String)]) -> String {
            pairs.reduce(String(text)) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        let data = [("%0D", "\r"), ("%0A", "\n"), ("%25", "%")]
        let property = [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")]
        if let legacy = line.range(of: "##[") {
            return (String(line[legacy.upperBound...].prefix { $0 != "]" && $0 != " " }), [:], "")
        }
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("::"), let end = trimmed.dropFirst(2).range(of: "::") else { return nil }
        let info = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<end.lowerBound]
        let name = info.prefix { $0 != " " }
        var properties: [String: String] = [:]
        for pair in info.dropFirst(name.count).split(separator: ",") {
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if parts.count == 2 { properties[String(parts[0])] = unescape(parts[1], property) }
        }
        return (String(name), properties, unescape(trimmed[end.upperBound...], data))
    }

    @Test func githubCommandsAreTheReportsAlone() {
        let output = Self.render(.github)
        #expect(!output.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) }, "\(output)")
        let lines = Self.lines(output)
        #expect(lines.count == 3 && lines.last == "")
        for line in lines.dropLast() {
            let command = Self.workflowCommand(line)
            #expect(command?.name == "error", "\(line)")
            // GitHub's escaping brings back the line breaks, inside the one annotation;
            // the other controls are shown as the text format shows them.
            #expect(command?.properties["file"] == "calls/e\\u{1B}[31mvil\n::error file=a,line=1::pwned.xml")
            #expect(command?.properties["title"] == "sipdial-lint rule\\u{1B}[2J\n::warning::x")
            #expect(command?.properties["line"] == "3" && command?.properties["col"] == "7")
            #expect(
                command?.data
                    == "callerId \"y\n::error file=a,line=1::pwned\" \r::warning::x \\u{9B}2J \\u{9D}0;t\\u{07} \\u{202E}fdp.exe "
                    + "\\u{2066}\\u{2069}\\u{200E}\\u{200F} \\u{2028}::notice::y\\u{2029}\\u{85}::notice::z ##\\u{5B}add-mask]s %0A 100% a,b:c"
            )
        }
    }

    /// What an XML parser reads back: the text itself, but for the characters XML 1.0
    /// forbids, which are shown as the text format shows them.
    static func readBack(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" {
                out += "\\u{" + Text.hex(scalar.value, width: 2) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test(arguments: [OutputFormat.checkstyle, .junit])
    func xmlReportsAreWellFormed(_ format: OutputFormat) throws {
        let output = Self.render(format)
        #expect(!output.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) }, "raw in the file: \(output)")
        #expect(!output.contains("##["))
        let xml = try ReadBackXML(output)
        switch format {
        case .checkstyle:
            let file = try #require(xml.first("file"))
            #expect(xml.attribute(file, "name") == Self.readBack(Self.path))
            let error = try #require(xml.first("error"))
            #expect(xml.attribute(error, "message") == Self.readBack(Self.message))
            #expect(xml.attribute(error, "source") == "sipdial-lint." + Self.readBack(Self.rule))
        default:
            let testCase = try #require(xml.first("testcase"))
            #expect(xml.attribute(testCase, "name") == Self.readBack(Self.path))
            let failure = try #require(xml.first("failure"))
            #expect(xml.attribute(failure, "type") == Self.readBack(Self.rule))
            #expect(xml.attribute(failure, "message") == "3:7 " + Self.readBack(Self.message))
            #expect(xml.text(failure).hasPrefix(Self.readBack(Self.path) + ":3:7: error: "))
        }
    }

    @Test func jsonRoundTripsEveryCharacter() throws {
        let output = Self.render(.json)
        #expect(!output.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) }, "raw in the file: \(output)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items.first?["path"] as? String == Self.path)
        #expect(items.first?["message"] as? String == Self.message)
        #expect(items.first?["rule"] as? String == Self.rule)
        #expect((items.first?["message"] as? String)?.contains("\u{2028}::notice::y\u{2029}") == true)
    }

    @Test func sarifRoundTripsEveryCharacter() throws {
        let output = Self.render(.sarif)
        #expect(!output.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) }, "raw in the file")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect((result["message"] as? [String: Any])?["text"] as? String == Self.message)
        #expect(result["ruleId"] as? String == Self.rule)
    }

    @Test(arguments: [
        (["--x\u{1B}[2J\n::error::x"], "unknown option \"--x\\u{1B}[2J\\n::error::x\""),
        (["--format", "\u{1B}]52;c;eA==\u{7}", "x.xml"], "unknown format \"\\u{1B}]52;c;eA==\\u{07}\""),
        (["--explain", "a\u{202E}b\r::error::x"], "unknown rule \"a\\u{202E}b\\r::error::x\""),
    ])
    func usageErrorsAreEscaped(_ arguments: [String], _ shown: String) {
        let output = Driver.run(arguments: arguments)
        #expect(output.status == 2)
        #expect(output.standardError.hasPrefix("sipdial-lint: error: " + shown), "\(output.standardError)")
        #expect(!output.standardError.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) })
        #expect(Self.lines(output.standardError).allSatisfy { !$0.hasPrefix("::") })
    }

    @Test func configErrorsAreEscaped() throws {
        let directory = try HostileInputTests.scratch("config-escape")
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("c\u{1B}[2J.yml")
        try Data("dialect: \"\\e]52;c;eA==\\a\\u2028::error::x\"\n".utf8).write(to: config)
        let output = Driver.run(arguments: ["--config", config.path, "x.xml"])
        #expect(output.status == 2)
        #expect(output.standardError.contains("c\\u{1B}[2J.yml:1:10: "), "\(output.standardError)")
        #expect(output.standardError.contains("unknown dialect \"\\u{1B}]52;c;eA==\\u{07}\\u{2028}::error::x\""), "\(output.standardError)")
        #expect(!output.standardError.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) })
    }
}

/// The same through the built command, on documents and a file name made to forge lines.
@Suite struct EscapingRunTests {
    static let forgedLine = "Tests/Fixtures/terminal/forged-line.xml"
    static let controlsInValues = "Tests/Fixtures/terminal/c1-and-bidi.xml"

    /// Checks what a run printed in `format`: no raw control but the line breaks, no line a
    /// reader could take for a workflow command, and, for the XML and JSON formats, a
    /// document that parses with `path` in it as a parser reads it back.
    static func check(_ run: GoldenTests.Run, format: String, path: String) throws {
        let output = run.stdout
        #expect(run.status == 1, "\(run.stderr)")
        #expect(!output.unicodeScalars.contains { $0 != "\n" && Text.isUnsafe($0) }, "\(output)")
        #expect(!output.contains("##["))
        let lines = OutputEscapingTests.lines(output).dropLast()
        switch format {
        case "text", "gnu":
            for line in lines {
                #expect(!line.hasPrefix(":") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("::"), "\(line)")
                #expect(line.hasPrefix(Text.escaped(path) + ":") || line.hasSuffix(" in 1 file"), "\(line)")
            }
        case "github":
            for line in lines {
                let command = OutputEscapingTests.workflowCommand(line)
                #expect(command?.name == "error", "\(line)")
                // GitHub's own escaping brings back the line breaks; the rest is shown escaped.
                let file = Text.escaped(path).replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\r", with: "\r")
                #expect(command?.properties["file"] == file, "\(line)")
            }
        case "checkstyle":
            let xml = try ReadBackXML(output)
            #expect(xml.attribute(xml.first("file"), "name") == OutputEscapingTests.readBack(path))
        case "junit":
            let xml = try ReadBackXML(output)
            #expect(xml.attribute(xml.first("testcase"), "name") == OutputEscapingTests.readBack(path))
        default:
            let items = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
            #expect(!items.isEmpty && items.allSatisfy { $0["path"] as? String == path })
        }
    }

    @Test(arguments: ["text", "gnu", "github"])
    func aLineBreakInAValueStartsNoLine(_ format: String) throws {
        let run = try GoldenTests.run(["--format", format, Self.forgedLine])
        try Self.check(run, format: format, path: Self.forgedLine)
        #expect(run.stdout.contains("::error file=a,line=1::pwned"), "the value is still shown")
    }

    @Test(arguments: ["text", "gnu", "github", "checkstyle", "junit", "json"])
    func controlsSeparatorsAndBidiInValuesAreEscaped(_ format: String) throws {
        let run = try GoldenTests.run(["--format", format, Self.controlsInValues])
        try Self.check(run, format: format, path: Self.controlsInValues)
    }

    @Test(arguments: ["text", "gnu", "github", "checkstyle", "junit", "json"])
    func aFileNameWithControlsIsEscaped(_ format: String) throws {
        let directory = try HostileInputTests.scratch("file-name-\(format)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = "e\u{1B}[31mvil\u{7F}\n::error file=a,line=1::pwned\r\u{202E}lmx.xml"
        try Data(contentsOf: TestSupport.root.appendingPathComponent(Self.forgedLine))
            .write(to: directory.appendingPathComponent(name))
        let path = directory.path + "/" + name
        // Found in the directory, and named on the command line.
        try Self.check(GoldenTests.run(["--format", format, directory.path]), format: format, path: path)
        try Self.check(GoldenTests.run(["--format", format, path]), format: format, path: path)
    }
}
