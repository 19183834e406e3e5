/// Applies the fixes of a document's diagnostics, pass after pass, until nothing is left
/// to fix or a pass changes nothing. In each pass the fixes that do not overlap are made
/// together; a set of fixes whose result is worse (not well-formed where the document
/// was, a parse that stops earlier, or any diagnostic the document did not have) is split
/// in halves and each half tried again, so that one bad fix does not hold back the rest
/// and is itself left out. Bytes outside the edits are copied as they are.
package enum FixApplier {
    /// What fixing a document came to.
    package struct Outcome: Sendable {
        /// The document after the fixes (the same bytes when none was made).
        package var bytes: [UInt8]
        /// How many fixes were made.
        package var fixed: Int
        /// What is left: the diagnostics of `bytes`.
        package var diagnostics: [Diagnostic]
    }

    /// The most passes over one document (each fix of a pass may uncover another, such
    /// as the next raw "&" once the parser gets past the first).
    static let maximumPasses = 100

    package static func fix(_ bytes: [UInt8], with linter: Linter, unsafe: Bool, threads: Int = 1) -> Outcome {
        var current = (bytes: bytes, lint: linter.check(bytes, threads: threads))
        var fixed = 0
        for _ in 0..<maximumPasses {
            // The fixes to make, in document order, leaving out those that overlap one before.
            var chosen: [Fix] = []
            for diagnostic in current.lint.diagnostics {
                guard let fix = diagnostic.fix, fix.isSafe || unsafe, !fix.edits.isEmpty else { continue }
                if !chosen.contains(where: { $0.overlaps(fix) }) { chosen.append(fix) }
            }
            guard !chosen.isEmpty else { break }
            let base = current
            var accepted: [Fix] = []
            var best: (bytes: [UInt8], lint: (diagnostics: [Diagnostic], problem: ByteRange?))?
            func attempt(_ group: ArraySlice<Fix>) {
                let trial = accepted + group
                let edits = trial.flatMap(\.edits).sorted { $0.range < $1.range }
                let result = Fix.apply(edits, to: base.bytes)
                let lint = linter.check(result, threads: threads)
                if isBetter(lint, than: base.lint, edits: edits) {
                    accepted = trial
                    best = (result, lint)
                } else if group.count > 1 {
                    let middle = group.startIndex + group.count / 2
                    attempt(group[..<middle])
                    attempt(group[middle...])
                }
            }
            attempt(chosen[...])
            guard let made = best else { break }
            current = made
            fixed += accepted.count
        }
        return Outcome(bytes: current.bytes, fixed: fixed, diagnostics: current.lint.diagnostics)
    }

    /// Whether a fixed document is better than the document: it parses further (where the
    /// document did not parse), or it has fewer diagnostics and none the document did not
    /// have. Diagnostics are matched by rule and place: a place in the fixed
    /// document is taken back through the edits to the document's (a place inside an
    /// edit, on either side, to the edit's start), and messages are not compared (they
    /// quote values the fix changed).
    static func isBetter(
        _ result: (diagnostics: [Diagnostic], problem: ByteRange?), than base: (diagnostics: [Diagnostic], problem: ByteRange?),
        edits: [Edit]
    ) -> Bool {
        if let stopped = base.problem {
            // Where the parser stopped, moved by the edits before it: the fixed document
            // must get past it (what lay beyond was never checked, so it is not "new").
            guard let now = result.problem else { return true }
            let shift = edits.filter { $0.range.end <= stopped.start }.reduce(0) { $0 + $1.text.utf8.count - $1.range.count }
            return now.start > stopped.start + shift
        }
        guard result.problem == nil, result.diagnostics.count < base.diagnostics.count else { return false }
        struct Place: Hashable {
            let rule: String
            let offset: Int
        }
        var counts: [Place: Int] = [:]
        for diagnostic in base.diagnostics {
            var offset = diagnostic.range.start
            if let edit = edits.first(where: { $0.range.start < offset && offset < $0.range.end }) { offset = edit.range.start }
            counts[Place(rule: diagnostic.rule, offset: offset), default: 0] += 1
        }
        for diagnostic in result.diagnostics {
            let place = Place(rule: diagnostic.rule, offset: original(diagnostic.range.start, edits: edits))
            guard let left = counts[place], left > 0 else { return false }
            counts[place] = left - 1
        }
        return true
    }

    /// An offset in the fixed document as an offset in the document: inside an edit's
    /// new text, the edit's start.
    static func original(_ offset: Int, edits: [Edit]) -> Int {
        var shift = 0
        for edit in edits {
            let start = edit.range.start + shift
            if offset < start { break }
            if offset < start + edit.text.utf8.count || (offset == start && edit.range.count > 0) { return edit.range.start }
            shift += edit.text.utf8.count - edit.range.count
        }
        return offset - shift
    }
}
