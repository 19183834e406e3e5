import Testing

@testable import SipdialLint

/// The line diff behind `--diff`: its script turns the old lines into the new ones, and
/// is as short as the longest common subsequence allows.
@Suite struct UnifiedDiffTests {
    /// A small generator, the same on every run.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func lcs(_ a: [Int], _ b: [Int]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...max(1, b.count) where j <= b.count {
                let above = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = above
            }
        }
        return row[b.count]
    }

    @Test func scriptsAreRightAndShortest() {
        var random = Random(state: 7)
        for _ in 0..<2_000 {
            let a = (0..<random.next(12)).map { _ in random.next(4) }
            let b = (0..<random.next(12)).map { _ in random.next(4) }
            let lines = { (values: [Int]) in values.map { ArraySlice(Array("\($0)\n".utf8)) } }
            let script = UnifiedDiff.script(lines(a), lines(b))
            var i = 0
            var j = 0
            var made: [Int] = []
            for operation in script {
                switch operation {
                case .keep:
                    #expect(i < a.count && j < b.count && a[i] == b[j], "\(a) → \(b): keeps a line that differs")
                    made.append(a[min(i, a.count - 1)])
                    i += 1
                    j += 1
                case .remove: i += 1
                case .add:
                    made.append(b[min(j, b.count - 1)])
                    j += 1
                }
            }
            #expect(i == a.count && j == b.count && made == b, "\(a) → \(b): \(script)")
            #expect(script.count { $0 == .keep } == Self.lcs(a, b), "\(a) → \(b): not the shortest script")
        }
    }

    /// Thousands of changed lines take memory in proportion to the file, not its square.
    @Test func manyChangedLines() {
        let old = (0..<20_000).map { _ in "<Dial record=\"TRUE\">1</Dial>\n" }.joined()
        let new = (0..<20_000).map { _ in "<Dial record=\"true\">1</Dial>\n" }.joined()
        let diff = UnifiedDiff.render(old: Array(old.utf8), new: Array(new.utf8), path: "x.xml")
        #expect(diff.count { $0 == UInt8(ascii: "\n") } == 2 + 1 + 40_000)
    }
}
