import Testing

@testable import SipdialLint

/// The model evaluates the common XPath shapes without libxml2's tree; on every rule
/// example it must select exactly what libxml2's XPath selects.
@Suite struct SelectorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let expression: String
        let example: RuleExample
        var testDescription: String { "\(rule): \(expression)" }
    }

    static let cases: [Case] = TestSupport.catalog.rules.flatMap { rule -> [Case] in
        guard let select = rule.select else { return [] }
        let expressions = select.string.map { [$0] } ?? (select.mapping ?? []).compactMap { $0.value.string }
        return expressions.flatMap { expression in
            (rule.valid + rule.invalid).map { Case(rule: rule.id, expression: expression, example: $0) }
        }
    }

    @Test func builtInSelectorsNeedNoXPathTree() throws {
        for item in Self.cases {
            let selector = try Selector(item.expression, file: "test", mark: YAMLMark(line: 1, column: 1))
            #expect(!selector.needsTree, "\(item.expression) is not evaluated on the model")
        }
    }

    @Test(arguments: cases)
    func modelAndLibxml2SelectTheSameElements(_ item: Case) throws {
        guard case .success(let parsed) = XMLParser.parse(item.example.bytes, needsTree: true) else { return }
        let model = try Selector(item.expression, file: "test", mark: YAMLMark(line: 1, column: 1))
        let xpath = try Selector(item.expression, file: "test", mark: YAMLMark(line: 1, column: 1), forceXPath: true)
        #expect(model.select(in: parsed)?.map(\.index) == xpath.select(in: parsed)?.map(\.index))
    }

    @Test func otherExpressionsFallBackToXPath() throws {
        let selector = try Selector("//Dial[count(Sip) > 2]", file: "test", mark: YAMLMark(line: 1, column: 1))
        #expect(selector.needsTree)
        guard
            case .success(let parsed) = XMLParser.parse(
                Array("<Response><Dial><Sip/><Sip/><Sip/></Dial><Dial><Sip/></Dial></Response>".utf8))
        else {
            Issue.record("does not parse")
            return
        }
        #expect(selector.select(in: parsed)?.map(\.index) == [1])
    }

    /// An XPath that compares every element with every other is stopped at its operation
    /// limit on a document of a few thousand elements, and says so.
    @Test func anExpensiveXPathIsStoppedAtItsOperationLimit() throws {
        let selector = try Selector("//*[count(//*[count(//*) > 0]) > 0]", file: "test", mark: YAMLMark(line: 1, column: 1))
        let body = String(repeating: "<Dial><Sip>sip:a@example.com</Sip></Dial>", count: 700)
        guard case .success(let parsed) = XMLParser.parse(Array("<Response>\(body)</Response>".utf8), needsTree: true) else {
            Issue.record("does not parse")
            return
        }
        #expect(selector.select(in: parsed) == nil)
        let cheap = try Selector("//Dial[count(Sip) > 0]", file: "test", mark: YAMLMark(line: 1, column: 1))
        #expect(cheap.select(in: parsed)?.count == 700)
    }
}
