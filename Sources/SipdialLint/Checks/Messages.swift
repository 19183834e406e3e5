enum Messages {
    /// A value quoted in a message, shortened when long.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var short = String(String.UnicodeScalarView(scalars.prefix(limit - 1)))
        short += "…"
        return short
    }

    /// A character as a message names it: "a space", "a tab", "a line break", or quoted.
    static func character(_ character: String) -> String {
        switch character {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\n", "\r", "\r\n": return "a line break"
        default: return "\"\(character)\""
        }
    }
}
