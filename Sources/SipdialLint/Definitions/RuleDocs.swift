/// The documentation of a rule, in the order `--explain` prints it.
package struct RuleDocs: Sendable {
    package var what: String
    package var why: String
    package var example: String?
    package var useInstead: String?
}
