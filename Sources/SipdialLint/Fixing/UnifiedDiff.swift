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
        // As git names them: an absolute path without its first "/".
        let name = path.hasPrefix("/") ? String(path.dropFirst()) : path
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

    /// The edit script turning `a` into `b`: the common start and end kept, Myers'
    /// shortest script for the lines between.
    static func script(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while a.count - suffix > prefix, b.count - suffix > prefix, a[a.count - suffix - 1] == b[b.count - suffix - 1] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        return Array(repeating: .keep, count: prefix) + myers(x, y) + Array(repeating: .keep, count: suffix)
    }

    /// Myers' O(ND) shortest edit script.
    private static func myers(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
        let n = a.count
        let m = b.count
        if n == 0 { return Array(repeating: .add, count: m) }
        if m == 0 { return Array(repeating: .remove, count: n) }
        let max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        search: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) {
                    x = v[max + k + 1]
                } else {
                    x = v[max + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[max + k] = x
                if x >= n && y >= m { break search }
            }
        }
        // Back through the trace, from the end.
        var operations: [Operation] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[max + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                operations.append(.keep)
                x -= 1
                y -= 1
            }
            if d > 0 {
                operations.append(x == previousX ? .add : .remove)
                x = previousX
                y = previousY
            }
        }
        return operations.reversed()
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
