/// A unified diff of two versions of one file, line by line (Myers' algorithm on the
/// lines between the common start and end), with three lines of context: what `--diff`
/// prints, in the form `git apply` and `patch -p1` read. Line ends are part of each line,
/// so a CRLF file's diff keeps its CRs, and a last line without a newline is marked.
package enum UnifiedDiff {
    static let context = 3

    /// The diff of `old` against `new`, as `a/PATH` and `b/PATH`; empty when they are equal.
    package static func render(old: [UInt8], new: [UInt8], path: String) -> [UInt8] {
        guard old != new else { return [] }
        let a = lines(old)
        let b = lines(new)
        var out: [UInt8] = []
        // Without "." and empty segments ("./a.xml" is "a.xml": git apply refuses "a/./a.xml");
        // an absolute path without its first "/", for `git apply --directory=/` or `patch -p1` run at "/".
        let normal = Path.normalize(path)
        let name = normal.hasPrefix("/") ? String(normal.dropFirst()) : normal
        out += "--- a/\(name)\n+++ b/\(name)\n".utf8
        let operations = script(a, b)
        for hunk in hunks(operations) {
            out += "@@ -\(range(hunk.startA, hunk.endA - hunk.startA)) +\(range(hunk.startB, hunk.endB - hunk.startB)) @@\n".utf8
            var i = hunk.startA
            var j = hunk.startB
            for operation in operations[hunk.operations] {
                switch operation {
                case .keep:
                    append(" ", a[i], to: &out)
                    i += 1
                    j += 1
                case .remove:
                    append("-", a[i], to: &out)
                    i += 1
                case .add:
                    append("+", b[j], to: &out)
                    j += 1
                }
            }
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        // Lines are 1-based; an empty range names the line before it.
        count == 1 ? "\(start + 1)" : "\(count == 0 ? start : start + 1),\(count)"
    }

    private static func append(_ mark: String, _ line: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out += mark.utf8
        out += line
        if line.last != 0x0A { out += "\n\\ No newline at end of file\n".utf8 }
    }

    /// The lines of a text, each with its line end.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            lines.append(bytes[start..<end])
            start = end
        }
        return lines
    }

    enum Operation { case keep, remove, add }

    /// The edit script turning `a` into `b`: lines are numbered (equal lines, equal
    /// numbers); a line found on one side only is removed or added, as GNU diff does,
    /// and the others are compared by Myers' algorithm in linear space (the middle
    /// snake, halving the problem), so that a long file with many changed lines needs
    /// memory in proportion to its length, and little time when, as after fixes, its
    /// changed lines are new.
    static func script(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        func number(_ line: ArraySlice<UInt8>) -> Int {
            if let known = numbers[line] { return known }
            numbers[line] = numbers.count
            return numbers.count - 1
        }
        let x = a.map(number)
        let y = b.map(number)
        var inA = [Bool](repeating: false, count: numbers.count)
        var inB = [Bool](repeating: false, count: numbers.count)
        for line in x { inA[line] = true }
        for line in y { inB[line] = true }
        // Only lines both sides have can be kept: the others are left out of the search.
        let keptA = x.indices.filter { inB[x[$0]] }
        let keptB = y.indices.filter { inA[y[$0]] }
        var shared: [Operation] = []
        diff(ArraySlice(keptA.map { x[$0] }), ArraySlice(keptB.map { y[$0] }), into: &shared)
        // The script of the shared lines, with the one-sided lines put back in their places.
        var operations: [Operation] = []
        operations.reserveCapacity(x.count + y.count)
        var (i, j, p, q) = (0, 0, 0, 0)
        for operation in shared {
            switch operation {
            case .keep:
                operations += repeatElement(.remove, count: keptA[p] - i)
                operations += repeatElement(.add, count: keptB[q] - j)
                operations.append(.keep)
                (i, j, p, q) = (keptA[p] + 1, keptB[q] + 1, p + 1, q + 1)
            case .remove:
                operations += repeatElement(.remove, count: keptA[p] + 1 - i)
                (i, p) = (keptA[p] + 1, p + 1)
            case .add:
                operations += repeatElement(.add, count: keptB[q] + 1 - j)
                (j, q) = (keptB[q] + 1, q + 1)
            }
        }
        operations += repeatElement(.remove, count: x.count - i)
        operations += repeatElement(.add, count: y.count - j)
        return operations
    }

    private static func diff(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>, into operations: inout [Operation]) {
        var a = a
        var b = b
        // The common start and end are kept as they are.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[a.startIndex + prefix] == b[b.startIndex + prefix] { prefix += 1 }
        operations += repeatElement(.keep, count: prefix)
        a = a.dropFirst(prefix)
        b = b.dropFirst(prefix)
        var suffix = 0
        while suffix < a.count, suffix < b.count, a[a.endIndex - 1 - suffix] == b[b.endIndex - 1 - suffix] { suffix += 1 }
        a = a.dropLast(suffix)
        b = b.dropLast(suffix)
        if a.isEmpty {
            operations += repeatElement(.add, count: b.count)
        } else if b.isEmpty {
            operations += repeatElement(.remove, count: a.count)
        } else if let (x, y) = middle(a, b), x + y > 0, x + y < a.count + b.count {
            diff(a.prefix(x), b.prefix(y), into: &operations)
            diff(a.dropFirst(x), b.dropFirst(y), into: &operations)
        } else {
            operations += repeatElement(.remove, count: a.count)
            operations += repeatElement(.add, count: b.count)
        }
        operations += repeatElement(.keep, count: suffix)
    }

    /// Where a shortest edit script of `a` into `b` can be cut in two: the middle snake,
    /// found by searching from both ends at once (Myers 1986, section 4b).
    private static func middle(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>) -> (Int, Int)? {
        let n = a.count
        let m = b.count
        let (a0, b0) = (a.startIndex, b.startIndex)
        let most = (n + m + 1) / 2
        let offset = most
        let length = 2 * most + 2
        var forward = [Int](repeating: -1, count: length)
        var backward = [Int](repeating: -1, count: length)
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = n - m
        let front = delta % 2 != 0
        var (k1start, k1end, k2start, k2end) = (0, 0, 0, 0)
        for d in 0..<most {
            var k1 = -d + k1start
            while k1 <= d - k1end {
                let index = offset + k1
                var x1 = k1 == -d || (k1 != d && forward[index - 1] < forward[index + 1]) ? forward[index + 1] : forward[index - 1] + 1
                var y1 = x1 - k1
                while x1 < n, y1 < m, a[a0 + x1] == b[b0 + y1] {
                    x1 += 1
                    y1 += 1
                }
                forward[index] = x1
                if x1 > n {
                    k1end += 2
                } else if y1 > m {
                    k1start += 2
                } else if front {
                    let other = offset + delta - k1
                    if other >= 0, other < length, backward[other] != -1, x1 >= n - backward[other] { return (x1, y1) }
                }
                k1 += 2
            }
            var k2 = -d + k2start
            while k2 <= d - k2end {
                let index = offset + k2
                var x2 = k2 == -d || (k2 != d && backward[index - 1] < backward[index + 1]) ? backward[index + 1] : backward[index - 1] + 1
                var y2 = x2 - k2
                while x2 < n, y2 < m, a[a0 + n - x2 - 1] == b[b0 + m - y2 - 1] {
                    x2 += 1
                    y2 += 1
                }
                backward[index] = x2
                if x2 > n {
                    k2end += 2
                } else if y2 > m {
                    k2start += 2
                } else if !front {
                    let other = offset + delta - k2
                    if other >= 0, other < length, forward[other] != -1 {
                        let x1 = forward[other]
                        let y1 = offset + x1 - other
                        if x1 >= n - x2 { return (x1, y1) }
                    }
                }
                k2 += 2
            }
        }
        return nil
    }

    /// The hunks of a script: line ranges of `a` and `b` around each change, with
    /// `context` lines either side, merged where they touch.
    struct Hunk {
        var startA: Int
        var endA: Int
        var startB: Int
        var endB: Int
        /// Its operations in the script.
        var operations: Range<Int>
    }

    static func hunks(_ script: [Operation]) -> [Hunk] {
        var hunks: [Hunk] = []
        var i = 0
        var j = 0
        var index = 0
        while index < script.count {
            guard script[index] != .keep else {
                i += 1
                j += 1
                index += 1
                continue
            }
            // A change starts here: take context before it, then changes and short runs of
            // kept lines until a run of kept lines longer than twice the context.
            let startA = max(0, i - context)
            let startB = max(0, j - context)
            var endIndex = index
            var endA = i
            var endB = j
            var kept = 0
            while endIndex < script.count {
                switch script[endIndex] {
                case .keep:
                    kept += 1
                    endA += 1
                    endB += 1
                case .remove:
                    kept = 0
                    endA += 1
                case .add:
                    kept = 0
                    endB += 1
                }
                endIndex += 1
                if kept > 2 * context { break }
            }
            // Leave off kept lines past the context.
            let extra = max(0, kept - context)
            endA -= extra
            endB -= extra
            hunks.append(
                Hunk(startA: startA, endA: endA, startB: startB, endB: endB, operations: (index - (i - startA))..<(endIndex - extra)))
            i = endA
            j = endB
            index = endIndex - extra
        }
        return hunks
    }
}
