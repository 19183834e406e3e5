/// Glob patterns as `.gitignore` users expect: `*` and `?` within one path segment,
/// `**` across segments, `[abc]` classes; a pattern without `/` matches a name at
/// any depth.
///
/// A pattern is compiled to a row of steps, and the path's bytes are read once while
/// the set of steps that could be reached so far is carried along: time is at most the
/// pattern's length times the path's, without backtracking or recursion, however many
/// stars a pattern from a hostile repository's config has.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        return matches(steps: compile(Array(pattern.utf8)), Array(path.utf8))
    }

    /// One step of a compiled pattern: what the next byte of the path may be.
    private enum Step {
        /// This byte.
        case byte(UInt8)
        /// `?`: any byte but "/".
        case segmentByte
        /// `[...]`: a byte of the set (negation already applied).
        case set(ByteSet)
        /// `*`: none or more bytes, none of them "/".
        case segmentRun
        /// `**`: none or more bytes, any.
        case anyRun
        /// `**/`: none or more whole segments, each with its "/".
        case segments

        var isRun: Bool {
            switch self {
            case .segmentRun, .anyRun, .segments: return true
            default: return false
            }
        }
    }

    /// A set of bytes, one bit each.
    private struct ByteSet {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        func contains(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return words.0 & bit != 0
            case 1: return words.1 & bit != 0
            case 2: return words.2 & bit != 0
            default: return words.3 & bit != 0
            }
        }

        mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }

        mutating func invert() {
            words = (~words.0, ~words.1, ~words.2, ~words.3)
        }
    }

    private static let star = UInt8(ascii: "*")
    private static let slash = UInt8(ascii: "/")

    private static func compile(_ pattern: [UInt8]) -> [Step] {
        var steps: [Step] = []
        var index = 0
        while index < pattern.count {
            let byte = pattern[index]
            if byte == star {
                if index + 1 < pattern.count, pattern[index + 1] == star {
                    // "**/" matches "", "a/", "a/b/"…, never the "x" of "x/" (so "**/a.xml"
                    // leaves "xa.xml"); "**" elsewhere matches any bytes.
                    index += 2
                    if index < pattern.count, pattern[index] == slash {
                        index += 1
                        steps.append(.segments)
                    } else {
                        steps.append(.anyRun)
                    }
                } else {
                    index += 1
                    steps.append(.segmentRun)
                }
            } else if byte == UInt8(ascii: "?") {
                index += 1
                steps.append(.segmentByte)
            } else if byte == UInt8(ascii: "["), let close = pattern[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) {
                // A class ends at the first "]"; without one, "[" is itself.
                var member = index + 1
                let negated = member < close && pattern[member] == UInt8(ascii: "!")
                if negated { member += 1 }
                var set = ByteSet()
                while member < close {
                    if member + 2 < close, pattern[member + 1] == UInt8(ascii: "-") {
                        // A range written backwards ("z-a") holds nothing.
                        if pattern[member] <= pattern[member + 2] {
                            for value in pattern[member]...pattern[member + 2] { set.insert(value) }
                        }
                        member += 3
                    } else {
                        set.insert(pattern[member])
                        member += 1
                    }
                }
                if negated { set.invert() }
                steps.append(.set(set))
                index = close + 1
            } else {
                index += 1
                steps.append(.byte(byte))
            }
        }
        return steps
    }

    /// Whether the path's bytes take the steps from the first to past the last.
    /// `live[k]`: step `k` can be reached with the bytes read so far (`live[count]`:
    /// all steps taken).
    private static func matches(steps: [Step], _ path: [UInt8]) -> Bool {
        var live = [Bool](repeating: false, count: steps.count + 1)
        var next = live
        // `**/` steps inside a segment: reachable, but not yet past (see below).
        var insideSegment: [Int] = []
        live[0] = true
        skipRuns(steps, &live)
        for byte in path {
            for index in next.indices { next[index] = false }
            insideSegment.removeAll(keepingCapacity: true)
            for index in steps.indices where live[index] {
                switch steps[index] {
                case .byte(let expected):
                    if byte == expected { next[index + 1] = true }
                case .segmentByte:
                    if byte != slash { next[index + 1] = true }
                case .set(let set):
                    if set.contains(byte) { next[index + 1] = true }
                case .segmentRun:
                    if byte != slash { next[index] = true }
                case .anyRun:
                    next[index] = true
                case .segments:
                    // Past the segments at each "/"; inside one, only after the run skips.
                    if byte == slash { next[index] = true } else { insideSegment.append(index) }
                }
            }
            skipRuns(steps, &next)
            for index in insideSegment { next[index] = true }
            guard next.contains(true) else { return false }
            swap(&live, &next)
        }
        return live[steps.count]
    }

    /// A run may match nothing: the step after a reachable run is reachable too (in
    /// one pass from the front, which also carries through runs in a row). A `**/`
    /// step reached from before it, or after a "/", may match nothing from there; one
    /// that has read part of a segment must read on to a "/", so it is marked reachable
    /// only after this pass.
    private static func skipRuns(_ steps: [Step], _ live: inout [Bool]) {
        for index in steps.indices where live[index] && steps[index].isRun { live[index + 1] = true }
    }
}
