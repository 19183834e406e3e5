/// `list`: the attribute is a list of items from `allowed`, split by `separator`
/// (`,` or `space`). Without `attribute`, every attribute the dialect types `events` is
/// checked, against the events its type lists, or else `allowed`. Kinds: `unknown`, `case` (right word, wrong case), `empty`,
/// `duplicate`, `separator` (the other dialect's separator; `fixed` is the value with the
/// items joined by the right one).
struct ListCheck: Check {
    static let type = CheckType(
        "list", values: ["attribute", "value", "allowed", "element", "separator"],
        kindValues: [
            "separator": ["wrong", "fixed"], "unknown": ["item", "suggestion", "hint"], "case": ["item", "suggestion"], "empty": ["item"],
            "duplicate": ["item"],
        ], parameters: ["attribute", "allowed", "separator", "unique"],
        kinds: ["unknown", "case", "empty", "duplicate", "separator"]
    ) { parameters throws(DefinitionError) in
        let separator = try parameters.string("separator") ?? ","
        guard separator == "," || separator == "space" else {
            throw parameters.error("separator", "separator must be \",\" or space")
        }
        return ListCheck(
            attribute: try parameters.string("attribute"), allowed: try parameters.requiredStrings("allowed"),
            bySpace: separator == "space", unique: try parameters.bool("unique", default: true))
    }

    let attribute: String?
    let allowed: [String]
    let bySpace: Bool
    let unique: Bool
    private let allowedBytes: [[UInt8]]

    init(attribute: String?, allowed: [String], bySpace: Bool, unique: Bool) {
        self.attribute = attribute
        self.allowed = allowed
        self.bySpace = bySpace
        self.unique = unique
        self.allowedBytes = allowed.map { Array($0.utf8) }
    }

    /// Whether a byte separates items: the list's own separator, or with `either` (a list
    /// written with the other separator, and its fix) a comma or a space alike.
    private func separates(_ byte: UInt8, either: Bool) -> Bool {
        either ? byte == 0x2C || Text.isXMLSpace(byte) : bySpace ? Text.isXMLSpace(byte) : byte == 0x2C
    }

    /// True when the value has nothing to report; allocates nothing. With `eitherSeparator`,
    /// commas and spaces both separate items (the separator is reported on its own).
    private func isClean(_ bytes: UnsafeBufferPointer<UInt8>, allowedBytes: [[UInt8]], eitherSeparator: Bool = false) -> Bool {
        // The allowed items seen so far, one bit each (a list of more than 64 is
        // left to the slow path).
        if unique && allowedBytes.count > 64 { return false }
        var seen: UInt64 = 0
        var start = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            let byte: UInt8 = atEnd ? 0 : bytes[index]
            if bySpace && byte == 0x2C && !eitherSeparator { return false }
            let separator = atEnd || separates(byte, either: eitherSeparator)
            if separator {
                let item = Text.trimmed(start..<index, in: bytes)
                if item.isEmpty {
                    if !bySpace && !eitherSeparator { return false } // an empty item (the slow path reports it)
                } else {
                    for inner in item where Text.isXMLSpace(bytes[inner]) { return false }
                    guard let number = allowedBytes.firstIndex(where: { $0.elementsEqual(bytes[item]) }) else { return false }
                    if unique {
                        if seen & (1 << UInt64(number)) != 0 { return false }
                        seen |= 1 << UInt64(number)
                    }
                }
                start = index + 1
            }
            index += 1
        }
        return true
    }

    func run(_ element: XMLElement, in context: LintContext, report: (Finding) -> Void) {
        guard let attribute else {
            element.forEachAttribute(in: context, typed: { $0 == .events }) { index in
                guard case .events(let own) = context.attributeType(of: element, at: index) else { return }
                let found = element.attributes[index]
                if let own {
                    check(found, of: element, allowed: own, allowedBytes: own.map { Array($0.utf8) }, in: context, report: report)
                } else {
                    check(found, of: element, allowed: allowed, allowedBytes: allowedBytes, in: context, report: report)
                }
            }
            return
        }
        guard let found = element.attribute(attribute), !context.isTemplate(found) else { return }
        check(found, of: element, allowed: allowed, allowedBytes: allowedBytes, in: context, report: report)
    }

    private func check(
        _ found: XMLAttribute, of element: XMLElement, allowed: [String], allowedBytes: [[UInt8]], in context: LintContext,
        report: (Finding) -> Void
    ) {
        guard !context.document.withValue(of: found, { isClean($0, allowedBytes: allowedBytes) }) else { return }
        let value = context.value(of: found)
        let bytes = Array(value.utf8)
        var values: MessageValues = [
            "attribute": found.name, "value": Messages.excerpt(value), "allowed": Text.list(allowed),
            "element": element.name, "separator": bySpace ? "spaces" : "commas",
        ]
        func at(_ range: Range<Int>) -> ByteRange { context.range(in: found, range) }
        // The value with its items joined by the right separator, in place of the whole value.
        func separated() -> Finding {
            // The items in one pass: each run of commas and spaces becomes one separator.
            var fixed: [UInt8] = []
            fixed.reserveCapacity(bytes.count)
            var pending = false
            for byte in bytes {
                if separates(byte, either: true) {
                    pending = !fixed.isEmpty
                } else {
                    if pending { fixed.append(bySpace ? 0x20 : 0x2C) }
                    pending = false
                    fixed.append(byte)
                }
            }
            values["fixed"] = String(decoding: fixed, as: UTF8.self)
            return Finding(ByteRange(0, 0), kind: "separator", values, fixRanges: [found.valueRange])
        }

        // The other separator: commas where spaces belong, or spaces between items where
        // commas belong. The items are then checked as if split by either, so that what
        // is wrong with them is reported now, not only once the separator is fixed.
        var wrongSeparator = false
        if bySpace, let comma = bytes.firstIndex(of: 0x2C) {
            values["wrong"] = "commas"
            var finding = separated()
            finding.range = at(comma..<(comma + 1))
            report(finding)
            wrongSeparator = true
        }
        if !bySpace {
            let pieces = Text.split(bytes[...], on: { $0 == 0x2C })
            for piece in pieces {
                let inner = Text.trimmed(piece, in: bytes)
                if let space = inner.first(where: { Text.isXMLSpace(bytes[$0]) }) {
                    values["wrong"] = "spaces"
                    var finding = separated()
                    finding.range = at(space..<(space + 1))
                    report(finding)
                    wrongSeparator = true
                    break
                }
            }
        }
        values["wrong"] = nil
        // The items are what the separator fix keeps: most often all allowed, once each.
        if wrongSeparator, context.document.withValue(of: found, { isClean($0, allowedBytes: allowedBytes, eitherSeparator: true) }) {
            return
        }
        // The allowed items seen so far, by their number in `allowed` (one bit each, or a
        // set past 64): an allowed item costs no string (most are allowed).
        var seenBits: UInt64 = 0
        var seenMore: Set<Int> = []
        func firstSight(_ number: Int) -> Bool {
            guard number < 64 else { return seenMore.insert(number).inserted }
            defer { seenBits |= 1 << UInt64(number) }
            return seenBits & (1 << UInt64(number)) == 0
        }
        let pieces = Text.split(bytes[...]) { separates($0, either: wrongSeparator) }
        for (number, piece) in pieces.enumerated() {
            let inner = Text.trimmed(piece, in: bytes)
            let known = inner.isEmpty ? nil : allowedBytes.firstIndex { $0.elementsEqual(bytes[inner]) }
            if let known, !unique || firstSight(known) { continue }
            let item = String(decoding: bytes[inner], as: UTF8.self)
            var itemValues = values
            itemValues["item"] = Messages.excerpt(item)
            if inner.isEmpty {
                if bySpace || wrongSeparator { continue } // runs of spaces are one separator
                let place =
                    number < pieces.count - 1 ? piece.upperBound..<(piece.upperBound + 1) : (piece.lowerBound - 1)..<piece.lowerBound
                report(Finding(at(max(0, place.lowerBound)..<max(1, place.upperBound)), kind: "empty", itemValues))
                continue
            }
            if known == nil {
                if let right = allowed.first(where: { Text.asciiLowercased($0) == Text.asciiLowercased(item) }) {
                    itemValues["suggestion"] = right
                    report(Finding(at(inner), kind: "case", itemValues))
                } else {
                    let nearest = Text.nearest(to: item, in: allowed)
                    itemValues["suggestion"] = nearest ?? ""
                    itemValues["hint"] = nearest.map { " (did you mean \"\($0)\"?)" } ?? ""
                    report(Finding(at(inner), kind: "unknown", itemValues))
                }
                continue
            }
            // Allowed, and seen before.
            report(Finding(at(inner), kind: "duplicate", itemValues))
        }
    }
}
