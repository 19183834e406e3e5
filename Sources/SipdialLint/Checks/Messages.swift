enum Messages {
    /// A value quoted in a message, shortened when long.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var short = String(String.UnicodeScalarView(scalars.prefix(limit - 1)))
        short += "…"
        return short
    }
}
