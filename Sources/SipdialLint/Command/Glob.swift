/// Glob patterns as `.gitignore` users expect: `*` and `?` within one path segment,
/// `**` across segments, `[abc]` classes; a pattern without `/` matches a name at
/// any depth.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        return match(Array(pattern.utf8)[...], Array(path.utf8)[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern
        var t = text
        while let first = p.first {
            if first == UInt8(ascii: "*") {
                if p.dropFirst().first == 0x2A {
                    // "**": any number of segments; "**/" may also match nothing.
                    var rest = p.dropFirst(2)
                    if rest.first == 0x2F { rest = rest.dropFirst() }
                    var index = t.startIndex
                    while true {
                        if match(rest, t[index...]) { return true }
                        if index == t.endIndex { return false }
                        index += 1
                    }
                }
                let rest = p.dropFirst()
                var index = t.startIndex
                while true {
                    if match(rest, t[index...]) { return true }
                    if index == t.endIndex || t[index] == 0x2F { return false }
                    index += 1
                }
            }
            guard let character = t.first else { return false }
            if first == UInt8(ascii: "?") {
                if character == 0x2F { return false }
            } else if first == UInt8(ascii: "["), let close = p.dropFirst().firstIndex(of: 0x5D) {
                var set = p[(p.startIndex + 1)..<close]
                let negate = set.first == 0x21
                if negate { set = set.dropFirst() }
                var found = false
                var index = set.startIndex
                while index < set.endIndex {
                    if index + 2 < set.endIndex, set[index + 1] == 0x2D {
                        if (set[index]...set[index + 2]).contains(character) { found = true }
                        index += 3
                    } else {
                        if set[index] == character { found = true }
                        index += 1
                    }
                }
                if found == negate { return false }
                p = p[(close + 1)...]
                t = t.dropFirst()
                continue
            } else if first != character {
                return false
            }
            p = p.dropFirst()
            t = t.dropFirst()
        }
        return t.isEmpty
    }
}
