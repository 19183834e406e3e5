import Testing

@testable import SipdialLint

/// One example of one element of a built-in dialect file.
struct ElementExampleCase: CustomTestStringConvertible, Sendable {
    let dialect: String
    let element: String
    let number: Int
    /// nil: a valid example (nothing may be reported).
    let rule: String?
    let example: RuleExample

    var testDescription: String { "\(dialect) <\(element)> \(rule.map { "invalid (\($0))" } ?? "valid") #\(number)" }

    /// The examples of each built-in dialect's file.
    static let examplesByDialect: [String: [ElementExamples]] = {
        var all: [String: [ElementExamples]] = [:]
        for name in TestSupport.catalog.dialectNames {
            let file = TestSupport.catalog.dialects[name]!.file
            do {
                guard let root = try YAMLParser.parse(try TestSupport.read(file)) else { continue }
                all[name] = try DialectFileReader.examples(root, file: file)
            } catch {
                fatalError("\(file) does not read: \(error)")
            }
        }
        return all
    }()

    static let all: [ElementExampleCase] = examplesByDialect.keys.sorted().flatMap { dialect in
        examplesByDialect[dialect]!.flatMap { examples in
            examples.valid.enumerated().map {
                ElementExampleCase(dialect: dialect, element: examples.element, number: $0.offset + 1, rule: nil, example: $0.element)
            }
                + examples.invalid.enumerated().map {
                    ElementExampleCase(
                        dialect: dialect, element: examples.element, number: $0.offset + 1, rule: $0.element.rule,
                        example: $0.element.example)
                }
        }
    }
}

@Suite struct DialectExampleTests {
    /// A valid example lints with no diagnostic at all; in an invalid one, its rule reports
    /// exactly at the marks, and no other rule reports anything.
    @Test(arguments: ElementExampleCase.all)
    func example(_ item: ElementExampleCase) throws {
        let diagnostics = try TestSupport.lint(item.example.bytes, dialect: item.dialect)
        if case .failure(let problem) = XMLParser.parse(item.example.bytes) {
            Issue.record("the example is not well-formed XML: \(problem.message)")
        }
        guard let rule = item.rule else {
            #expect(diagnostics.isEmpty, "valid example reports: \(diagnostics.map { "\($0.rule): \($0.message)" })")
            return
        }
        #expect(TestSupport.catalog.rule(rule) != nil, "unknown rule \(rule)")
        #expect(!item.example.expectedOffsets.isEmpty, "an invalid example marks where its rule reports, with ↓")
        let own = diagnostics.filter { $0.rule == rule }
        #expect(
            own.map(\.range.start).sorted() == item.example.expectedOffsets.sorted(),
            "\(rule) lands at \(own.map { "\($0.range.start): \($0.message)" })")
        let others = diagnostics.filter { $0.rule != rule }
        #expect(others.isEmpty, "other rules report: \(others.map { "\($0.rule): \($0.message)" })")
    }

    /// Every verb and noun (an element whose name starts with a capital letter; SSML tags
    /// are lower case) has at least one valid and one invalid example.
    @Test(arguments: TestSupport.catalog.dialectNames)
    func everyVerbAndNounHasExamples(_ dialect: String) throws {
        let declared = try #require(TestSupport.catalog.dialects[dialect]).elements.keys.filter { $0.first?.isUppercase == true }
        let examples = ElementExampleCase.examplesByDialect[dialect] ?? []
        for name in declared.sorted() {
            let own = examples.first { $0.element == name }
            #expect((own?.valid.count ?? 0) >= 1, "<\(name)> of \(dialect) has no valid example")
            #expect((own?.invalid.count ?? 0) >= 1, "<\(name)> of \(dialect) has no invalid example")
        }
    }
}
