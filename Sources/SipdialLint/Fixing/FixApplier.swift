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

    /// The most times a document is linted to try its fixes: about 16 MB of linting in
    /// all, and from 8 to 300 times. Fixes that keep failing are split in halves, and
    /// thousands of them would otherwise mean thousands of lints of the whole document;
    /// what was fixed when the budget runs out is kept.
    static func lintBudget(for size: Int) -> Int {
        min(300, max(8, (16 << 20) / max(size, 1)))
    }

    package static func fix(_ bytes: [UInt8], with linter: Linter, unsafe: Bool, threads: Int = 1) -> Outcome {
        var current = (bytes: bytes, lint: linter.check(bytes, threads: threads))
        var fixed = 0
        var budget = lintBudget(for: bytes.count)
        for _ in 0..<maximumPasses {
            // The fixes to make, in document order, leaving out those that overlap one before.
            var chosen: [Fix] = []
            var claimed: [Edit] = []
            for diagnostic in current.lint.diagnostics {
                guard let fix = diagnostic.fix, fix.isSafe || unsafe, !fix.edits.isEmpty else { continue }
                if claim(fix, in: &claimed) { chosen.append(fix) }
            }
            guard !chosen.isEmpty else { break }
            let base = current
            var accepted: [Fix] = []
            var best: (bytes: [UInt8], lint: (diagnostics: [Diagnostic], problem: ByteRange?))?
            func attempt(_ group: ArraySlice<Fix>) {
                guard budget > 0 else { return }
                budget -= 1
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
            // What was fixed when the budget ran out is kept.
            if budget == 0 { break }
        }
        return Outcome(bytes: current.bytes, fixed: fixed, diagnostics: current.lint.diagnostics)
    }

    /// Claims the bytes a fix edits, unless a fix claimed before touches them (see
    /// `Edit.overlaps`). `claimed` is kept in document order and never overlaps itself, so
    /// only the neighbours of each edit's place need a look.
    static func claim(_ fix: Fix, in claimed: inout [Edit]) -> Bool {
        for edit in fix.edits {
            let place = claimed.partitionPoint { $0.range.start >= edit.range.start }
            let neighbours = claimed[max(0, place - 1)..<min(claimed.count, place + 1)]
            if neighbours.contains(where: edit.overlaps) { return false }
        }
        for edit in fix.edits {
            claimed.insert(edit, at: claimed.partitionPoint { $0.range.start >= edit.range.start })
        }
        return true
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
        // Both lists of diagnostics are in document order: each is swept beside the edits.
        var next = 0
        for diagnostic in base.diagnostics {
            var offset = diagnostic.range.start
            while next < edits.count, edits[next].range.end <= offset { next += 1 }
            if next < edits.count, edits[next].range.start < offset { offset = edits[next].range.start }
            counts[Place(rule: diagnostic.rule, offset: offset), default: 0] += 1
        }
        var mapping = OffsetMapping(edits: edits)
        for diagnostic in result.diagnostics {
            let place = Place(rule: diagnostic.rule, offset: mapping.original(diagnostic.range.start))
            guard let left = counts[place], left > 0 else { return false }
            counts[place] = left - 1
        }
        return true
    }

    /// Offsets in a fixed document taken back to the document's, for offsets that come in
    /// document order (a sweep beside the edits).
    struct OffsetMapping {
        let edits: [Edit]
        var next = 0
        /// The edits before `next` add this many bytes.
        var shift = 0

        init(edits: [Edit]) { self.edits = edits }

        /// Inside an edit's new text, the edit's start.
        mutating func original(_ offset: Int) -> Int {
            while next < edits.count {
                let edit = edits[next]
                let start = edit.range.start + shift
                if offset < start { break }
                if offset < start + edit.text.utf8.count || (offset == start && edit.range.count > 0) { return edit.range.start }
                shift += edit.text.utf8.count - edit.range.count
                next += 1
            }
            return offset - shift
        }
    }
}
