/// The documentation of a rule, in the order `--explain` prints it.
public struct RuleDocs: Sendable {
    public var what: String
    public var why: String
    public var example: String?
    public var useInstead: String?
}
