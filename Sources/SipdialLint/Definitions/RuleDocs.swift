/// The documentation of a rule, in the order `--explain` prints it.
package struct RuleDocs: Sendable {
    package var what: String
    package var why: String
    package var example: String?
    package var useInstead: String?
    /// The error codes a platform's debugger shows for the mistake (Twilio's 13214):
    /// `--explain 13214` finds the rule.
    package var codes: [String] = []
}
